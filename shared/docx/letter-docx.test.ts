import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildLetterDocument } from './letter-docx';

describe('letter .docx', () => {
  it('prints title, 文号, addressee, body, remedy, closing, 落款 and date in order, A4 with the official fonts', async () => {
    const doc = buildLetterDocument(
      {
        title: '某县教育局政府信息公开申请答复书',
        number: '某教信答〔2025〕3号',
        addressee: '张三：',
        paragraphs: ['正文一。', '救济。', '特此告知。'],
        signer: '某县教育局',
        date: '2025年3月10日',
      },
      'answer',
    );
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
      .map(([, p = '']) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t = '']) => t).join(''))
      .filter(Boolean);
    expect(paragraphs).toEqual([
      '某县教育局政府信息公开申请答复书',
      '某教信答〔2025〕3号',
      '张三：',
      '正文一。',
      '救济。',
      '特此告知。',
      '某县教育局',
      '2025年3月10日',
    ]);
    expect(xml).toContain('<w:br/>'); // the title breaks after the agency's name
    expect(xml).toContain('仿宋_GB2312');
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});
