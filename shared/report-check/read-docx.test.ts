import { describe, expect, it } from 'vitest';
import { linesFromDocxXml } from './read-docx';

const tc = (text: string, props = '') =>
  `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe('linesFromDocxXml', () => {
  it('reads paragraphs and table rows in order, a gridSpan cell once and a vMerge continuation as empty', () => {
    const xml = `<w:document><w:body>
      <w:p><w:r><w:t xml:space="preserve">三、收到和处理政府信息公开申请情况</w:t></w:r></w:p>
      <w:tbl><w:tr>${tc('三、本年度办理结果', '<w:vMerge w:val="restart"/>')}${tc('（一）予以公开', '<w:gridSpan w:val="2"/>')}${tc('3')}</w:tr>
      <w:tr>${tc('', '<w:vMerge/>')}${tc('（三）不予公开')}${tc('1.属于国家秘密')}${tc('0')}</w:tr></w:tbl>
      <w:p/><w:p><w:r><w:t>A&amp;B</w:t></w:r><w:r><w:tab/><w:t>&#x4E00;</w:t></w:r></w:p>
    </w:body></w:document>`;
    const lines = linesFromDocxXml(xml);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['三、收到和处理政府信息公开申请情况'],
      ['三、本年度办理结果', '（一）予以公开', '3'],
      ['', '（三）不予公开', '1.属于国家秘密', '0'],
      ['A&B\t一'],
    ]);
    expect(lines[1]?.tableRow).toBe(true);
  });
});
