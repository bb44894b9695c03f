// A PDF's text with positions → lines. The document object is pdf.js's (opened at the edge: Node
// uses the legacy build, the renderer its worker); only the few methods used are typed here.
import { type DocLine, linesFromItems, type PositionedItem } from './lines';

export interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
export interface PdfPageLike {
  getViewport(params: { scale: number }): { height: number };
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup?(): unknown;
}
export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
}

export async function linesFromPdf(doc: PdfDocumentLike): Promise<DocLine[]> {
  const lines: DocLine[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PositionedItem[] = [];
    for (const raw of content.items) {
      const it = raw as PdfTextItem;
      if (typeof it.str !== 'string' || !it.transform) continue;
      items.push({
        str: it.str,
        x: it.transform[4] ?? 0,
        y: it.transform[5] ?? 0,
        width: it.width ?? 0,
        // Vertical text and rotated items report height 0: the font size is the matrix's scale.
        height: it.height || Math.abs(it.transform[3] ?? 0) || 10,
      });
    }
    lines.push(...linesFromItems(items, n, height));
    page.cleanup?.();
  }
  return lines;
}

/** A PDF without text (a scan) gives no lines: say so rather than report an empty report. */
export const SCANNED_PDF = '这个PDF没有可读取的文字（可能是扫描件）。请取得文字版PDF或Word文件后再检查。';

/**
 * The lines of an opened pdf.js document, which is then released (both edges, Node and browser, open
 * it their own way). A scan gives no lines: refused with SCANNED_PDF.
 */
export async function readPdfLines(doc: PdfDocumentLike & { destroy(): Promise<void> }): Promise<DocLine[]> {
  try {
    const lines = await linesFromPdf(doc);
    if (lines.length === 0) throw new Error(SCANNED_PDF);
    return lines;
  } finally {
    await doc.destroy();
  }
}
