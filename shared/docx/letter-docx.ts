import { AlignmentType, Paragraph, TextRun } from 'docx';
import { type LetterText, letterTitleLines, signatureIndents } from '../letters/text';
import type { LetterType } from '../model/letter';
import {
  BODY_LINE_TWIPS,
  FONT_SIZE,
  GOV_FONTS,
  govBody,
  govDocument,
  govFont,
  govSection,
  govTitle,
} from './gov-style';

/**
 * A letter of a request in the official layout (GB/T 9704-2012, as the report: gov-style.ts): title in
 * 小标宋 二号 broken after the agency's name, the 文号 centred under it, the addressee flush left,
 * the body 仿宋 三号 with two-character indents, then 落款 with room for the seal: the date 右空四字
 * and the agency's name centred over it (7.3.5.1: the seal overlaps both; three blank lines leave
 * that room; signatureIndents in shared/letters/text.ts).
 */
export function buildLetterDocument(text: LetterText, type: LetterType): ReturnType<typeof govDocument> {
  const titleLines = letterTitleLines(text.title, type);
  const line = (
    t: string,
    alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
    right = 0,
    keepNext = false,
  ) =>
    new Paragraph({
      alignment,
      spacing: { line: BODY_LINE_TWIPS, lineRule: 'exact', before: 0, after: 0 },
      indent: right ? { right } : undefined,
      keepNext,
      children: [new TextRun({ text: t, font: govFont(GOV_FONTS.body), size: FONT_SIZE.san })],
    });
  const oneChar = FONT_SIZE.san * 10;
  const sign = signatureIndents(text.signer, text.date);
  const children = [
    govTitle(titleLines),
    line(text.number ?? '（草稿，未编号）', AlignmentType.CENTER),
    govBody('', { indent: false }),
    govBody(text.addressee, { indent: false }),
    // The last paragraph, the seal's room and the 落款 stay on one page: a 落款 alone on a page,
    // without text above it, is what GB/T 9704 (7.3.5.4, 此页无正文) tells to avoid.
    // latinWrap: a long 索引号 (11341702486344515H/2025-00013) may break inside, so the justified
    // line before it is not stretched letter by letter (Word and WPS honour it; LibreOffice does not).
    ...text.paragraphs.map((p, i) =>
      govBody(p, { keepNext: i === text.paragraphs.length - 1, latinWrap: true }),
    ),
    govBody('', { indent: false, keepNext: true }),
    govBody('', { indent: false, keepNext: true }),
    govBody('', { indent: false, keepNext: true }),
    line(text.signer, AlignmentType.RIGHT, Math.round(sign.signer * oneChar), true),
    line(text.date, AlignmentType.RIGHT, Math.round(sign.date * oneChar)),
  ];
  return govDocument({ title: text.title, sections: [govSection(children)] });
}
