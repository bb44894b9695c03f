import type { ReportDoc } from '../model/settings';
import type { ReportFormat } from './format-types';
import { type Cell, type ReportModel, readModel } from './model';
import { renderText } from './placeholders';

/**
 * 定稿: the numbers and texts of a year are frozen in a ReportDoc snapshot. Later edits to the
 * year's records make a fresh computation differ; diffReport lists the differences cell by cell.
 */

export interface CellDiff {
  key: string;
  before: string;
  after: string;
  /** Records now behind the cell that were not when finalised, and the reverse. */
  added: string[];
  removed: string[];
}

export interface TextDiff {
  section: string;
  before: string;
  after: string;
}

export interface ReportDiff {
  cells: CellDiff[];
  texts: TextDiff[];
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/** Cells whose printed value or records differ; keys present on one side only count as differing. */
export function diffCells(before: Record<string, Cell>, after: Record<string, Cell>): CellDiff[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const diffs: CellDiff[] = [];
  for (const key of keys) {
    const b = before[key];
    const a = after[key];
    if (b && a && b.text === a.text && sameIds(b.ids, a.ids)) continue;
    const bIds = new Set(b?.ids ?? []);
    const aIds = new Set(a?.ids ?? []);
    diffs.push({
      key,
      before: b?.text ?? '',
      after: a?.text ?? '',
      added: [...aIds].filter((x) => !bIds.has(x)),
      removed: [...bIds].filter((x) => !aIds.has(x)),
    });
  }
  return diffs.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/**
 * The published report (snapshot) against a fresh computation with the current texts: the texts
 * are compared as printed, so a linked figure that changed shows up in both lists.
 */
export function diffReport(
  snapshot: ReportDoc,
  fresh: ReportModel,
  texts: Record<string, string>,
): ReportDiff | null {
  const frozen = readModel(snapshot.model);
  if (!frozen) return null;
  const sections = new Set([...Object.keys(snapshot.texts), ...Object.keys(texts)]);
  const textDiffs: TextDiff[] = [];
  for (const section of sections) {
    const before = renderText(snapshot.texts[section] ?? '', frozen.cells);
    const after = renderText(texts[section] ?? '', fresh.cells);
    if (before !== after) textDiffs.push({ section, before, after });
  }
  return { cells: diffCells(frozen.cells, fresh.cells), texts: textDiffs };
}

/** The latest finalised snapshot of a year, if any. */
export function findSnapshot(snapshots: readonly ReportDoc[], year: number): ReportDoc | null {
  let best: ReportDoc | null = null;
  for (const s of snapshots) {
    if (s.year !== year || !s.finalisedAt) continue;
    if (!best || (best.finalisedAt ?? '') < s.finalisedAt) best = s;
  }
  return best;
}

export type FinaliseResult = { ok: true; doc: ReportDoc } | { ok: false; blocking: ReportModel['checks'] };

/**
 * Freeze a year. Refused while any error-level check stands (a failed 勾稽 identity, a blank 表二
 * figure…): a published report must not carry them. `finalisedAt` is passed in (no clock in shared/).
 */
export function finaliseReport(
  model: ReportModel,
  format: ReportFormat,
  texts: Record<string, string>,
  finalisedAt: string,
  textChecks: ReportModel['checks'] = [],
  /** 落款日期 frozen with the snapshot (the edge passes the chosen date, else its local today). */
  signDate: string | null = null,
): FinaliseResult {
  const blocking = [...model.checks, ...textChecks].filter((c) => c.severity === 'error');
  if (blocking.length > 0) return { ok: false, blocking };
  const frozen: ReportModel = { ...model, checks: [] };
  return {
    ok: true,
    doc: {
      year: model.year,
      formatVersion: format.version,
      texts: { ...texts },
      model: frozen,
      finalisedAt,
      signDate,
      updatedAt: finalisedAt,
    },
  };
}

/**
 * The 落款日期 to print: the officer's choice; else the finalised snapshot's (it keeps its date); else
 * the local day it was finalised (older snapshots stored no date); else today. Local days are
 * computed at the edge (no time zone in shared/).
 */
export function resolveSignDate(input: {
  chosen: string | null | undefined;
  snapshotSignDate: string | null | undefined;
  finalisedLocalDate: string | null | undefined;
  today: string;
}): string {
  return input.chosen || input.snapshotSignDate || input.finalisedLocalDate || input.today;
}
