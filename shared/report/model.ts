import { z } from 'zod';

/**
 * The computed report: a flat map of cells keyed by where they sit (`t3:received:natural`), plus
 * the checks. The format (format-types.ts) says how the cells are laid out; the model carries
 * numbers and the record ids behind each one, so every figure can be traced to its records.
 */

/** The store a cell's ids point into. */
export type CellStore = 'publications' | 'requests' | 'consultations' | 'appeals' | 'yearFigures';

export interface Cell {
  /** A count, or money in integer 分; null = a figure the officer has not entered. */
  value: number | null;
  /** As printed: "0" for zero (never blank), "12.34" for 万元. */
  text: string;
  ids: string[];
}

export type CheckSeverity = 'error' | 'warning' | 'info';

export interface ReportCheck {
  /** Stable within a computation (e.g. `identity:natural`), so the UI can key lists. */
  id: string;
  /** i18n key in the `report` namespace (renderer/i18n/locales/<lang>/report.json). */
  key: string;
  severity: CheckSeverity;
  params: Record<string, string | number>;
  /** Records concerned (store + ids) for the link from the check to the register. */
  store: CellStore | null;
  ids: string[];
  /** Cells concerned, to highlight them in the preview. */
  cells: string[];
}

export interface ReportModel {
  formatVersion: string;
  year: number;
  agencyName: string;
  /** 统计期限 */
  periodStart: string;
  periodEnd: string;
  cells: Record<string, Cell>;
  checks: ReportCheck[];
}

/**
 * Check params that hold an instant (ISO, UTC). shared/ reads no time zone, so the edge that shows a
 * check passes its local-time formatter in: the officer reads wall-clock time, never a raw ISO string.
 */
export const INSTANT_PARAMS: readonly string[] = ['finalisedAt'];

export function displayParams(
  params: ReportCheck['params'],
  formatInstant: (iso: string) => string,
): ReportCheck['params'] {
  const out = { ...params };
  for (const p of INSTANT_PARAMS) {
    const v = out[p];
    if (typeof v === 'string' && v !== '') out[p] = formatInstant(v);
  }
  return out;
}

export const t2Key = (row: string, col: string) => `t2:${row}:${col}`;
export const t3Key = (row: string, col: string) => `t3:${row}:${col}`;
export const t4Key = (kind: string, result: string) => `t4:${kind}:${result}`;

/** 表三 row ids other than the outcome codes. */
export const T3_ROWS = {
  received: 'received',
  carriedIn: 'carriedIn',
  resultsTotal: 'resultsTotal',
  carriedOut: 'carriedOut',
} as const;
export const TOTAL = 'total';

/** Which register a cell's ids belong to, from its key. */
export function storeOfKey(key: string): CellStore | null {
  if (key.startsWith('t2:rule:') || key.startsWith('t2:normative:') || key.startsWith('pub:')) {
    return 'publications';
  }
  if (key.startsWith('t2:')) return 'yearFigures';
  if (key.startsWith('t3:') || key.startsWith('req:') || key.startsWith('fee:')) return 'requests';
  if (key.startsWith('t4:') || key.startsWith('appeal:')) return 'appeals';
  if (key.startsWith('cons:')) return 'consultations';
  return null;
}

export function countCell(ids: string[]): Cell {
  return { value: ids.length, text: String(ids.length), ids };
}

export function emptyCell(): Cell {
  return { value: null, text: '', ids: [] };
}

const cellSchema = z.object({
  value: z.number().nullable(),
  text: z.string(),
  ids: z.array(z.string()),
});

/** For reading a snapshot's frozen model (stored as `unknown` in ReportDoc). */
export const reportModelSchema = z.object({
  formatVersion: z.string(),
  year: z.number().int(),
  agencyName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  cells: z.record(z.string(), cellSchema),
  checks: z.array(z.unknown()).default([]),
});

export function readModel(value: unknown): ReportModel | null {
  const parsed = reportModelSchema.safeParse(value);
  return parsed.success ? (parsed.data as ReportModel) : null;
}
