import { AlignmentType, LineRuleType, Paragraph, TextRun } from 'docx';
import type { GuideContent } from '../catalogue/guide-content';
import {
  BODY_LINE_TWIPS,
  FONT_SIZE,
  GOV_FONTS,
  govBody,
  govDocument,
  govFont,
  govHeading,
  govSection,
  govTitle,
} from './gov-style';

/**
 * The guide (政府信息公开指南) as a Word document in Chinese government document typography
 * (GB/T 9704-2012 via gov-style.ts): A4, official margins, 二号小标宋 title, 三号仿宋 body,
 * 一、 headings 黑体, （一） headings 楷体, "— 1 —" page numbers. Paragraphs the officer must
 * still complete (an empty profile field) are highlighted so they are not missed.
 */

function todoBody(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { firstLine: 2 * FONT_SIZE.san * 10, firstLineChars: 200 },
    children: [
      new TextRun({ text, font: govFont(GOV_FONTS.body), size: FONT_SIZE.san, highlight: 'yellow' }),
    ],
  });
}

export function buildGuideDocument(content: GuideContent): ReturnType<typeof govDocument> {
  const children: Paragraph[] = [govTitle(content.title)];
  for (const b of content.blocks) {
    if (b.kind === 'heading') children.push(govHeading(b.text, b.level));
    else if (b.kind === 'todo') children.push(todoBody(b.text));
    else children.push(govBody(b.text));
  }
  return govDocument({ title: content.title, sections: [govSection(children)] });
}
