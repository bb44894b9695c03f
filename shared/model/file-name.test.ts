import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name';

describe('safeFileName (issue 14)', () => {
  it.each([
    ['测试市/测试局2025年政府信息公开工作年度报告.docx', '测试市_测试局2025年政府信息公开工作年度报告.docx'],
    ['测试市\\测试局目录.xlsx', '测试市_测试局目录.xlsx'],
    ['a:b*c?d"e<f>g|h.csv', 'a_b_c_d_e_f_g_h.csv'],
    ['tab\there\u0001.json', 'tab_here_.json'],
    ['trailing dots...', 'trailing dots'],
    ['trailing space.docx  ', 'trailing space.docx'],
    ['CON', '_CON'],
    ['con.docx', '_con.docx'],
    ['Com1.txt', '_Com1.txt'],
    ['LPT9', '_LPT9'],
    ['NUL .docx', '_NUL .docx'],
    ['CONSOLE.docx', 'CONSOLE.docx'],
    ['', '公开台账'],
    ['...', '公开台账'],
    ['关于测试的通知.docx', '关于测试的通知.docx'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('keeps the extension and cuts a long name to at most 200 UTF-8 bytes on a character boundary', () => {
    const name = safeFileName(`${'测'.repeat(300)}.docx`);
    expect(name.endsWith('.docx')).toBe(true);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
    expect(name).not.toContain('\uFFFD');
  });
});
