import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { signatureIndents } from '../letters/text';
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
    // Body paragraphs let a long 索引号 break inside (Word's “allow Latin text to wrap mid-word”).
    expect(xml).toMatch(/<w:wordWrap w:val="0"\/>(?:(?!<\/w:p>)[\s\S])*正文一。/);
    // The last paragraph goes with the 落款 (never a 落款 alone on a page).
    expect(xml).toMatch(/<w:keepNext\/>(?:(?!<\/w:p>)[\s\S])*特此告知。/);
    expect(xml).toMatch(/<w:keepNext\/>(?:(?!<\/w:p>)[\s\S])*>某县教育局</);
    expect(xml).toContain('仿宋_GB2312');
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('落款 of a sealed letter (GB/T 9704-2012 7.3.5.1): the date 右空四字, the name centred over it', async () => {
    const doc = buildLetterDocument(
      {
        title: '某县教育局政府信息公开申请答复书',
        number: null,
        addressee: '张三：',
        paragraphs: ['正文。'],
        signer: '某县教育局',
        date: '2025年3月10日',
      },
      'answer',
    );
    const xml = strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))['word/document.xml']!);
    const rightOf = (text: string) =>
      new RegExp(`<w:ind w:right="(\\d+)"/>(?:(?!</w:p>)[\\s\\S])*<w:t[^>]*>${text}</w:t>`).exec(xml)?.[1];
    // 16 pt = 320 twips a character; the date is 6.5 characters wide, the name 5: 4 + 0.75 characters.
    expect(rightOf('2025年3月10日')).toBe('1280');
    expect(rightOf('某县教育局')).toBe('1520');
  });
});

describe('signatureIndents', () => {
  it('centres the name over the date; a long name keeps 右空二字 and the date is centred under it', () => {
    expect(signatureIndents('某县教育局', '2025年3月10日')).toEqual({ signer: 4.75, date: 4 });
    expect(signatureIndents('某县住房和城乡建设局政府信息公开办公室', '2025年3月10日')).toEqual({
      signer: 2,
      date: 8.25,
    });
  });
});
