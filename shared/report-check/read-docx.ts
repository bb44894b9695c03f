// A .docx (Word or WPS) → lines: body paragraphs in order, each table row as one line of cells.
// Reads word/document.xml directly (fflate unzips); merged cells follow the grid: a gridSpan cell
// is one cell, a vMerge continuation is an empty cell (its label was printed in the first row).
import { strFromU8, unzipSync } from 'fflate';
import type { DocLine } from './lines';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');

/** The visible text of a piece of WordprocessingML: w:t runs, tabs and breaks. */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    out += m[1] !== undefined ? decode(m[1]) : m[0] === '<w:tab/>' ? '\t' : '';
  }
  return out;
}

/** Top-level elements of `xml` with the given tag, nested ones of the same tag kept inside. */
function children(xml: string, tag: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${tag}[\\s>/]|</${tag}>`, 'g');
  let depth = 0;
  let start = -1;
  for (const m of xml.matchAll(open)) {
    const at = m.index ?? 0;
    if (m[0].startsWith('</')) {
      depth--;
      if (depth === 0 && start >= 0) {
        out.push(xml.slice(start, at + m[0].length));
        start = -1;
      }
    } else {
      // A self-closing element (<w:p/>) opens and closes at once.
      const close = xml.indexOf('>', at);
      const selfClosing = xml.charAt(close - 1) === '/';
      if (depth === 0) start = at;
      if (selfClosing) {
        if (depth === 0) out.push(xml.slice(at, close + 1));
        if (depth === 0) start = -1;
      } else depth++;
    }
  }
  return out;
}

function tableLines(tbl: string): DocLine[] {
  const lines: DocLine[] = [];
  for (const tr of children(tbl, 'w:tr')) {
    const cells = children(tr, 'w:tc').map((tc) => {
      const paragraphs = children(tc, 'w:p').map(textOf);
      return { text: paragraphs.join('').trim() };
    });
    lines.push({ cells, tableRow: true });
  }
  return lines;
}

export function linesFromDocxXml(documentXml: string): DocLine[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml;
  const lines: DocLine[] = [];
  const blocks = /<w:p[\s>/]|<w:tbl>/g;
  let at = 0;
  while (at < body.length) {
    blocks.lastIndex = at;
    const m = blocks.exec(body);
    if (!m) break;
    const tag = m[0].startsWith('<w:tbl') ? 'w:tbl' : 'w:p';
    const [el] = children(body.slice(m.index), tag);
    if (!el) break;
    if (tag === 'w:tbl') lines.push(...tableLines(el));
    else {
      const text = textOf(el).trim();
      if (text) lines.push({ cells: [{ text }], tableRow: false });
    }
    at = m.index + el.length;
  }
  return lines;
}

/** Bytes of a .docx → lines; throws with a message the user can act on when it is no .docx. */
export function linesFromDocx(bytes: Uint8Array): DocLine[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch {
    throw new Error('不是有效的 .docx 文件（无法解压）。旧版 .doc 请先在 Word/WPS 中另存为 .docx。');
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('.docx 中没有正文（word/document.xml）。');
  return linesFromDocxXml(strFromU8(xml));
}
