/**
 * Node edge of 年报体检: a file's bytes → lines (pdf.js legacy build for PDF, the .docx XML, or
 * text), then the pure extraction in shared/report-check. Used by the CLI and the benchmark.
 */
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractReport } from '../../shared/report-check/extract';
import { type DocLine, linesFromText } from '../../shared/report-check/lines';
import type { ParsedReport } from '../../shared/report-check/model';
import { linesFromDocx } from '../../shared/report-check/read-docx';
import { type PdfDocumentLike, readPdfLines } from '../../shared/report-check/read-pdf';

// CJK fonts that are not embedded need pdf.js's predefined CMaps to give Unicode text.
const CMAPS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

export const READABLE = ['.pdf', '.docx', '.txt'];

export async function linesFromFile(name: string, bytes: Uint8Array): Promise<DocLine[]> {
  const ext = extname(name).toLowerCase();
  if (ext === '.pdf') {
    const task = pdfjs.getDocument({
      // pdf.js refuses a Node Buffer and detaches what it is given: pass a copy.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      cMapUrl: CMAPS,
      cMapPacked: true,
      useSystemFonts: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    return readPdfLines(doc as unknown as PdfDocumentLike & { destroy(): Promise<void> });
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
