import {
  AlignmentType,
  Document,
  Footer,
  type ISectionOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

/**
 * Chinese government document typography (党政机关公文格式 GB/T 9704-2012), generic: any document
 * the app writes in the official layout (annual report, catalogue) builds on these helpers.
 * The official fonts are named, not shipped (not free to redistribute); Word/WPS on the officer's
 * PC supply them, other readers substitute.
 */

export const twipsFromMm = (mm: number) => Math.round((mm * 1440) / 25.4);

/** A4, 210 × 297 mm. */
export const A4 = { width: twipsFromMm(210), height: twipsFromMm(297) } as const;

/** GB/T 9704-2012 5.2.1: 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm → bottom 35 mm, right 26 mm. */
export const GOV_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/** Width of the text block (版心) in twips. */
export const TEXT_WIDTH = A4.width - twipsFromMm(GOV_MARGINS_MM.left) - twipsFromMm(GOV_MARGINS_MM.right);

export const GOV_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  /** Latin letters and Arabic numerals. */
  latin: 'Times New Roman',
} as const;

/** Chinese font sizes (号) in half-points, as docx `size` expects. */
export const FONT_SIZE = {
  er: 44, // 二号 22 pt: title
  san: 32, // 三号 16 pt: body
  si: 28, // 四号 14 pt: page number
  xiaoSi: 24, // 小四 12 pt
  wu: 21, // 五号 10.5 pt
  xiaoWu: 18, // 小五 9 pt
} as const;

/** 5.2.2: 22 lines in the 225 mm block → a fixed line pitch of about 28.95 pt. */
export const BODY_LINE_TWIPS = 579;

export function govFont(eastAsia: string) {
  return { eastAsia, ascii: GOV_FONTS.latin, hAnsi: GOV_FONTS.latin, cs: GOV_FONTS.latin, hint: 'eastAsia' };
}

const exactLine = { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** First-line indent of two characters at 三号. */
const indent2 = { firstLine: 2 * FONT_SIZE.san * 10, firstLineChars: 200 };

/**
 * 7.3.1 标题: 二号小标宋, centred. A long title should break where the meaning breaks (e.g. after
 * the agency's name), not where the line happens to end: pass the lines.
 */
export function govTitle(text: string | readonly string[]): Paragraph {
  const lines = typeof text === 'string' ? [text] : text;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: BODY_LINE_TWIPS },
    children: lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          font: govFont(GOV_FONTS.title),
          size: FONT_SIZE.er,
        }),
    ),
  });
}

/** 正文: 三号仿宋, first line indented two characters, justified. */
export function govBody(
  text: string,
  options: { indent?: boolean; bold?: boolean; keepNext?: boolean; latinWrap?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLine,
    indent: options.indent === false ? undefined : indent2,
    ...(options.keepNext ? { keepNext: true, keepLines: true } : {}),
    // <w:wordWrap w:val="0"/>: Word's “allow Latin text to wrap in the middle of a word”.
    ...(options.latinWrap ? { wordWrap: true } : {}),
    children: [new TextRun({ text, font: govFont(GOV_FONTS.body), size: FONT_SIZE.san, bold: options.bold })],
  });
}

/** 结构层次序数 7.3.3: 第一层 “一、” 黑体, 第二层 “（一）” 楷体, both 三号 and indented like the body. */
export function govHeading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLine,
    indent: indent2,
    keepNext: true,
    children: [
      new TextRun({
        text,
        font: govFont(level === 1 ? GOV_FONTS.heading1 : GOV_FONTS.heading2),
        size: FONT_SIZE.san,
      }),
    ],
  });
}

/** A caption line in the body font without indent (e.g. a table's title), centred. */
export function govCaption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exactLine,
    keepNext: true,
    children: [new TextRun({ text, font: govFont(GOV_FONTS.body), size: FONT_SIZE.san })],
  });
}

/** YYYY-MM-DD → 2026年1月20日 (7.3.5.3: Arabic numerals, no leading zeros). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 7.3.5: issuing body and date at the end, right-aligned, 右空四字 (four characters from the right). */
export function govSignature(issuer: string, date: string): Paragraph[] {
  const right = { right: 4 * FONT_SIZE.san * 10 };
  const line = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exactLine,
      indent: right,
      children: [new TextRun({ text, font: govFont(GOV_FONTS.body), size: FONT_SIZE.san })],
    });
  return [govBody('', { indent: false }), line(issuer), line(chineseDate(date))];
}

/** 7.5 页码: 四号半角宋体, “— 1 —”; 单页码居右空一字, 双页码居左空一字. */
function pageNumberParagraph(side: 'odd' | 'even'): Paragraph {
  const oneChar = FONT_SIZE.si * 10;
  return new Paragraph({
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
    children: [
      new TextRun({
        children: ['— ', PageNumber.CURRENT, ' —'],
        font: govFont(GOV_FONTS.pageNumber),
        size: FONT_SIZE.si,
      }),
    ],
  });
}

/** A section with A4 paper, the official margins and the page-number footers. */
export function govSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height },
        margin: {
          top: twipsFromMm(GOV_MARGINS_MM.top),
          bottom: twipsFromMm(GOV_MARGINS_MM.bottom),
          left: twipsFromMm(GOV_MARGINS_MM.left),
          right: twipsFromMm(GOV_MARGINS_MM.right),
          header: twipsFromMm(15),
          // The number's dash line sits about 7 mm under the text block.
          footer: twipsFromMm(22),
        },
      },
    },
    footers: {
      default: new Footer({ children: [pageNumberParagraph('odd')] }),
      even: new Footer({ children: [pageNumberParagraph('even')] }),
    },
    children,
  };
}

/** A document in the official style: default run font 仿宋 三号, odd/even page-number footers. */
export function govDocument(options: {
  title: string;
  creator?: string;
  sections: ISectionOptions[];
}): Document {
  return new Document({
    title: options.title,
    creator: options.creator ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: govFont(GOV_FONTS.body), size: FONT_SIZE.san },
          paragraph: { spacing: exactLine },
        },
      },
    },
    sections: options.sections,
  });
}
