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

/**
 * Why a dropped file gives no report: not a kind 年报体检 reads, or a file its reader could not open
 * (the message is pdf.js's or the zip reader's, in English: the page shows it apart, as technical detail).
 */
export class ReportFileError extends Error {
  constructor(
    readonly code: 'unsupported' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

async function linesOf(name: string, bytes: Uint8Array): Promise<DocLine[]> {
  if (name.endsWith('.pdf')) return pdfLines(bytes);
  if (name.endsWith('.docx')) return linesFromDocx(bytes);
  if (name.endsWith('.txt')) return linesFromText(new TextDecoder().decode(bytes));
  throw new ReportFileError('unsupported', `not a .pdf, .docx or .txt file: ${name}`);
}

export interface ReadReport {
  report: ParsedReport;
  fullText: string;
}

export async function readReportFile(file: File): Promise<ReadReport> {
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lines: DocLine[];
  try {
    lines = await linesOf(name, bytes);
  } catch (e) {
    if (e instanceof ReportFileError) throw e;
    throw new ReportFileError('unreadable', e instanceof Error ? e.message : String(e));
  }
  const report = extractReport(lines);
  if (!report.body) report.body = file.name.replace(/\.[^.]+$/, '').replace(/\d{4}年?.*$/, '') || null;
  return { report, fullText: lines.map((l) => lineText(l)).join('\n') };
}
