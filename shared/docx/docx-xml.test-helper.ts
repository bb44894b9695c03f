import { strFromU8, unzipSync } from 'fflate';

/** Reads a .docx for tests: parts as text, and tables as grids rebuilt from gridSpan/vMerge. */

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files))
    if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = strFromU8(data);
  return out;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join('');
}

export interface XmlCell {
  text: string;
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
}

/** Tables of a document.xml (top-level only), each a list of rows of <w:tc>. */
export function tablesOf(documentXml: string): XmlCell[][][] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => {
        const body = tc[1] ?? '';
        const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(body);
        const vm = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(body);
        return {
          text: textOf(body),
          gridSpan: span ? Number(span[1]) : 1,
          vMerge: vm ? (vm[1] === 'restart' ? 'restart' : 'continue') : null,
        };
      }),
    ),
  );
}

/** The table as a full grid of texts: a gridSpan repeats its text, a vMerge continuation takes the text above. */
export function gridOf(rows: XmlCell[][]): string[][] {
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    const line: string[] = [];
    for (const cell of row) {
      for (let i = 0; i < cell.gridSpan; i++) {
        const above = grid[r - 1]?.[line.length];
        line.push(cell.vMerge === 'continue' ? (above ?? '?') : cell.text);
      }
    }
    grid.push(line);
  });
  return grid;
}
