import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { LetterText } from '../letters/text';
import { LETTER_NAMES } from '../letters/templates';
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
 * the body 仿宋 三号 with two-character indents, then 落款 right-aligned with room for the seal above
 * the date (7.3.5.1: the seal overlaps the agency name and date; three blank lines leave that room).
 */
export function buildLetterDocument(text: LetterText, type: LetterType): ReturnType<typeof govDocument> {
  const name = LETTER_NAMES[type];
  const titleLines =
    text.title.endsWith(name) && text.title !== name
      ? [text.title.slice(0, text.title.length - name.length), name]
      : [text.title];
  const line = (t: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], right = 0) =>
    new Paragraph({
      alignment,
      spacing: { line: BODY_LINE_TWIPS, lineRule: 'exact', before: 0, after: 0 },
      indent: right ? { right } : undefined,
      children: [new TextRun({ text: t, font: govFont(GOV_FONTS.body), size: FONT_SIZE.san })],
    });
  const fourChars = 4 * FONT_SIZE.san * 10;
  const children = [
    govTitle(titleLines),
    line(text.number ?? '（草稿，未编号）', AlignmentType.CENTER),
    govBody('', { indent: false }),
    govBody(text.addressee, { indent: false }),
    ...text.paragraphs.map((p) => govBody(p)),
    govBody('', { indent: false }),
    govBody('', { indent: false }),
    govBody('', { indent: false }),
    line(text.signer, AlignmentType.RIGHT, fourChars),
    line(text.date, AlignmentType.RIGHT, fourChars),
  ];
  return govDocument({ title: text.title, sections: [govSection(children)] });
}
