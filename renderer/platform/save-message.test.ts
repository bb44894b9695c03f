import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { savedMessage } from './save-message';

describe('the message after a save', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });

  it('says where the file was saved when the app wrote it (Electron, or the browser’s save picker)', () => {
    const t = i18n.getFixedT('zh-CN', 'report');
    expect(savedMessage(t, { ok: true, path: 'D:\\报告.docx', bytes: 10 }, 'export.saved')).toBe(
      '已保存到 D:\\报告.docx',
    );
  });

  it('does not claim a browser download was saved: it was handed to the browser', () => {
    const zh = i18n.getFixedT('zh-CN', 'report');
    const text = savedMessage(zh, { ok: true, path: '报告.xlsx', bytes: 10, download: true }, 'export.saved');
    expect(text).toContain('已交给浏览器保存：报告.xlsx');
    expect(text).not.toMatch(/已下载|已保存到/);
    const en = i18n.getFixedT('en', 'report');
    expect(
      savedMessage(en, { ok: true, path: 'r.xlsx', bytes: 1, download: true }, 'export.saved'),
    ).toContain('Handed to the browser to save: r.xlsx');
  });
});
