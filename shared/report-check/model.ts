// What a published annual report is reduced to, and what the checks say about it. The JSON form
// of both is the `check-report --json` output (docs/report-check.md documents every key and code).
import type { SectionId } from './keys';

export type CellValue = number | null;
export type TableCells = Record<string, Record<string, CellValue>>;

export type ReportFormatId = '2021' | '2019' | 'unknown';

export interface ParsedReport {
  /** 机关名称 as printed in the title (or null when the title could not be read). */
  body: string | null;
  year: number | null;
  format: ReportFormatId;
  title: string;
  tables: {
    /** row → column → value; rows and columns as found (2019 trial columns included). */
    table2: TableCells;
    /** row → column (natural … other, total) → value; null = blank, "/" or unreadable. */
    table3: TableCells;
    /** block (review, suitDirect, suitAfterReview) → column (upheld … pending, total) → value. */
    table4: TableCells;
  };
  /** Prose of each section (table text left out); '' when the section was not found. */
  sections: Record<SectionId, string>;
  /** Section titles as printed (null = not found). */
  sectionTitles: Record<SectionId, string | null>;
  /** Evidence: cell key (`t3:received:natural`) → the text as printed; row key (`t3:received`) → label. */
  printed: Record<string, string>;
  /** What the reader could not place (shown as info findings). */
  notes: string[];
  /** 表二 fee header said （单位：元） instead of 万元. */
  feeUnitYuan?: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable code, e.g. `t3.identity` (docs/report-check.md). */
  code: string;
  severity: Severity;
  /** 'table2' | 'table3' | 'table4', or null for a finding about prose / the whole report. */
  table: string | null;
  /** Row key (table) or section id (prose); null when the finding concerns the whole table/report. */
  row: string | null;
  column: string | null;
  /** In Chinese, saying what to do. */
  message: string;
  /** The printed text the finding rests on, quoted. */
  evidence: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function emptySections<T>(value: T): Record<SectionId, T> {
  return {
    overview: value,
    proactive: value,
    requests: value,
    appeals: value,
    problems: value,
    other: value,
  };
}
