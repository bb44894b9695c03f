/**
 * Browser edge of 年报体检: a dropped File → lines (pdf.js with its worker, bundled by Vite; the
 * .docx XML; text) → the pure extraction in shared/report-check. pdf.js loads only when a PDF comes.
 */
import { extractReport } from '../../../shared/report-check/extract';
import { type DocLine, lineText, linesFromText } from '../../../shared/report-check/lines';
import type { ParsedReport } from '../../../shared/report-check/model';
import { linesFromDocx } from '../../../shared/report-check/read-docx';
import { type PdfDocumentLike, readPdfLines } from '../../../shared/report-check/read-pdf';

async function pdfLines(bytes: Uint8Array): Promise<DocLine[]> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const doc = await pdfjs.getDocument({ data: bytes, disableFontFace: true, verbosity: 0 }).promise;
  return readPdfLines(doc as unknown as PdfDocumentLike & { destroy(): Promise<void> });
}

export interface ReadReport {
  report: ParsedReport;
  fullText: string;
}

export async function readReportFile(file: File): Promise<ReadReport> {
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lines: DocLine[];
  if (name.endsWith('.pdf')) lines = await pdfLines(bytes);
  else if (name.endsWith('.docx')) lines = linesFromDocx(bytes);
  else if (name.endsWith('.txt')) lines = linesFromText(new TextDecoder().decode(bytes));
  else throw new Error('不支持的文件类型：请使用文字版PDF、.docx 或 .txt（旧版 .doc 请先另存为 .docx）。');
  const report = extractReport(lines);
  if (!report.body) report.body = file.name.replace(/\.[^.]+$/, '').replace(/\d{4}年?.*$/, '') || null;
  return { report, fullText: lines.map((l) => lineText(l)).join('\n') };
}
