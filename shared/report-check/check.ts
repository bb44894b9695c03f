// One entry point: every check on a parsed report, with last year's when given.
import { cellChecks, labelChecks, table3Checks, table4Checks } from './check-tables';
import { crossYearChecks, type PreviousReport } from './check-cross';
import { formatChecks } from './check-format';
import { proseChecks } from './check-prose';
import { SECTION_IDS } from './keys';
import { type Finding, type ParsedReport, SEVERITY_RANK, type Severity } from './model';

export interface CheckOptions {
  /** 内容雷同 threshold in percent (default 50). */
  similarityThreshold?: number;
  /** All the report's text, for checks that look beyond the sections (the cited format). */
  fullText?: string;
}

export function checkReport(
  r: ParsedReport,
  previous: PreviousReport | null,
  options: CheckOptions = {},
): Finding[] {
  const fullText = options.fullText ?? [r.title, ...SECTION_IDS.map((id) => r.sections[id])].join('\n');
  const findings = [
    ...formatChecks(r, fullText),
    ...table3Checks(r),
    ...table4Checks(r),
    ...cellChecks(r),
    ...labelChecks(r),
    ...proseChecks(r),
    ...(previous ? crossYearChecks(r, previous, options.similarityThreshold ?? 50) : []),
    ...r.notes.map(
      (note): Finding => ({
        code: 'read.note',
        severity: 'info',
        table: null,
        row: null,
        column: null,
        message: note,
        evidence: '',
      }),
    ),
  ];
  return findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings)
    if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** Finding classes for the summary sheet: the part of the code before the dot. */
export function countByClass(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) {
    const cls = f.code.split('.')[0] ?? f.code;
    out[cls] = (out[cls] ?? 0) + 1;
  }
  return out;
}
