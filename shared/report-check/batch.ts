// A county's batch: results per file, last year's matched by body name, the summary rows and who
// has not submitted. Pure: files are read at the edge (CLI, renderer).
import { countByClass, worstSeverity } from './check';
import type { Finding, ParsedReport, Severity } from './model';
import { normLabel } from './normalise';

export interface FileResult {
  file: string;
  report: ParsedReport | null;
  findings: Finding[];
  /** Why the file could not be read (then report is null). */
  error?: string;
  /** The file last year's report was taken from, when one matched. */
  previousFile?: string | null;
}

/** Body names compared without spaces, brackets or a trailing 办公室/人民政府 variation. */
export function bodyKey(name: string): string {
  return normLabel(name).replace(/[《》“”"]/g, '');
}

/** Last year's report for this one: same body, the year before (or any earlier year if none). */
export function matchPrevious<T extends { report: ParsedReport | null }>(
  report: ParsedReport,
  previous: readonly T[],
): T | null {
  if (!report.body) return null;
  const key = bodyKey(report.body);
  const same = previous.filter((p) => p.report?.body && bodyKey(p.report.body) === key);
  const want = report.year !== null ? report.year - 1 : null;
  return (
    same.find((p) => p.report?.year === want) ??
    same.find((p) => (p.report?.year ?? 0) < (report.year ?? 0)) ??
    null
  );
}

export interface SummaryRow {
  file: string;
  body: string;
  year: number | null;
  format: string;
  errors: number;
  warnings: number;
  infos: number;
  byClass: Record<string, number>;
  worst: Severity | null;
  previousFile: string;
  error: string;
}

export function summaryRows(results: readonly FileResult[]): SummaryRow[] {
  return results.map((r) => ({
    file: r.file,
    body: r.report?.body ?? '',
    year: r.report?.year ?? null,
    format: r.report?.format ?? '',
    errors: r.findings.filter((f) => f.severity === 'error').length,
    warnings: r.findings.filter((f) => f.severity === 'warning').length,
    infos: r.findings.filter((f) => f.severity === 'info').length,
    byClass: countByClass(r.findings),
    worst: worstSeverity(r.findings),
    previousFile: r.previousFile ?? '',
    error: r.error ?? '',
  }));
}

/** Bodies on the list without a report (matched by name, ignoring spaces and bracket styles). */
export function notSubmitted(bodies: readonly string[], results: readonly FileResult[]): string[] {
  const have = new Set(results.flatMap((r) => (r.report?.body ? [bodyKey(r.report.body)] : [])));
  return bodies.filter((b) => b.trim() !== '' && !have.has(bodyKey(b)));
}

/** The `--json` shape of one file (docs/report-check.md). */
export function resultJson(r: FileResult) {
  return {
    file: r.file,
    body: r.report?.body ?? null,
    year: r.report?.year ?? null,
    format: r.report?.format ?? null,
    tables: r.report?.tables ?? null,
    sections: r.report?.sections ?? null,
    findings: r.findings,
    ...(r.error ? { error: r.error } : {}),
    ...(r.previousFile ? { previous: r.previousFile } : {}),
  };
}
