import type { AppealKind, AppealResult, ApplicantType, OutcomeCode, OutcomeGroup } from '../model/taxonomy';

/**
 * A report format is data: section titles, table rows, columns and their exact labels. The
 * computation, the on-screen preview, the .docx and the .xlsx all read the same object, so a new
 * official format (the next 国办公开办函) is a new version in formats.ts, not edits across the code.
 */

/** Ids of the prose sections the officer edits (texts in ReportDoc are keyed by these). */
export type TextSectionId = 'preamble' | 'overview' | 'problems' | 'other';

export type SectionDef =
  | { id: TextSectionId; title: string; content: 'text' }
  | { id: 'proactive'; title: string; content: 'table2' }
  | { id: 'requests'; title: string; content: 'table3' }
  | { id: 'appeals'; title: string; content: 'table4' };

/** Where a 表二 row takes its numbers from. */
export type Table2Source =
  | { kind: 'docKind'; docKind: 'rule' | 'normative' }
  | { kind: 'figure'; field: 'licensing' | 'penalty' | 'enforcement' }
  | { kind: 'money'; field: 'feesFen' };

export interface Table2Block {
  /** e.g. 第二十条第（一）项 */
  heading: string;
  /** The first column's header: 信息内容. */
  labelHeader: string;
  columns: { id: string; label: string }[];
  rows: { id: string; label: string; source: Table2Source }[];
}

export interface Table3Def {
  /** The top-left cell (exact, with the 勾稽 rule). */
  corner: string;
  applicantHeading: string;
  legalHeading: string;
  totalLabel: string;
  /** Applicant columns in order; `legal` ones sit under 法人或其他组织. */
  columns: { id: ApplicantType; label: string; legal: boolean }[];
  received: string;
  carriedIn: string;
  resultsHeading: string;
  groups: {
    id: OutcomeGroup;
    label: string;
    /** Numbered leaf rows; empty when the group is itself a leaf (（一）（二）). */
    items: { id: OutcomeCode; label: string }[];
  }[];
  resultsTotal: string;
  carriedOut: string;
}

export interface Table4Def {
  /** Header rows: the first-level heading groups blocks (行政诉讼 spans two). */
  blocks: { id: AppealKind; heading: string; subheading: string | null }[];
  results: { id: AppealResult; label: string }[];
  totalLabel: string;
}

export interface ReportFormat {
  /** Stored in ReportDoc.formatVersion. */
  version: string;
  /** The notice that defines the format. */
  basis: string;
  /** First and last reporting year the format applies to (null = still current). */
  firstYear: number;
  lastYear: number | null;
  /** `{agency}` and `{year}` are filled in. */
  title: string;
  sections: SectionDef[];
  /** Usual sub-heads of 一、总体情况. */
  overviewSubheads: { id: string; title: string }[];
  table2: { blocks: Table2Block[] };
  table3: Table3Def;
  table4: Table4Def;
}
