/**
 * Node edge of 年报体检: a file's bytes → lines (pdf.js legacy build for PDF, the .docx XML, or
 * text), then the pure extraction in shared/report-check. Used by the CLI and the benchmark.
 */
import { extname } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractReport } from '../../shared/report-check/extract';
import { type DocLine, linesFromText } from '../../shared/report-check/lines';
import type { ParsedReport } from '../../shared/report-check/model';
import { linesFromDocx } from '../../shared/report-check/read-docx';
import { linesFromPdf, type PdfDocumentLike, SCANNED_PDF } from '../../shared/report-check/read-pdf';

export const READABLE = ['.pdf', '.docx', '.txt'];

export async function linesFromFile(name: string, bytes: Uint8Array): Promise<DocLine[]> {
  const ext = extname(name).toLowerCase();
  if (ext === '.pdf') {
    const task = pdfjs.getDocument({
      // pdf.js refuses a Node Buffer and detaches what it is given: pass a copy.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    try {
      const lines = await linesFromPdf(doc as unknown as PdfDocumentLike);
      if (lines.length === 0) throw new Error(SCANNED_PDF);
      return lines;
    } finally {
      await doc.destroy();
    }
  }
  if (ext === '.docx') return linesFromDocx(bytes);
  if (ext === '.txt') return linesFromText(new TextDecoder().decode(bytes));
  throw new Error(`不支持的文件类型 ${ext || '（无扩展名）'}：请使用 PDF、.docx 或 .txt。`);
}

export async function readReportFile(
  name: string,
  bytes: Uint8Array,
): Promise<{ report: ParsedReport; lines: DocLine[] }> {
  const lines = await linesFromFile(name, bytes);
  return { report: extractReport(lines), lines };
}
