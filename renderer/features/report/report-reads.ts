import type { AppSettings, ReportDoc } from '../../../shared/model';
import { computeAnnualReport, previousTexts, type ReportStores } from '../../../shared/report/compute';
import { draftTexts } from '../../../shared/report/draft';
import type { ReportFormat, TextSectionId } from '../../../shared/report/format-types';
import { formatForYear } from '../../../shared/report/formats';
import type { ReportModel } from '../../../shared/report/model';
import type { PreviousTexts } from '../../../shared/report/prose-checks';
import { findSnapshot } from '../../../shared/report/snapshot';
import { currentSettings, todayLocal } from '../../app/session';
import { baselinesFor, keptOpenYear, prefetchOpenYear } from '../../components/open-year';
import { keptQueryResult, runTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { keptUntilWrite } from '../../db/repositories/kept-reads';
import { FIGURE_TABLES, loadReportStoresForYear } from '../../db/repositories/report-data';
import { IDLE_READ_AHEAD_MAX } from '../requests/request-reads';

/**
 * The report page's reads and its computed report, apart from its components (issue 17): a first
 * visit from the menu begins them as the address changes (routes.tsx readBeforeVisit), idle time
 * after the start reads them at a bureau's size, and the page is then drawn once, with its figures,
 * rather than a spinner, the year's records read and the report computed and drawn in one task.
 */

export interface ReportState {
  settings: AppSettings;
  stores: ReportStores;
  format: ReportFormat;
  model: ReportModel;
  /** The latest finalised snapshot of the year, if any. */
  snapshot: ReportDoc | null;
  /** Saved texts (draft, else the snapshot's), or null when nothing was saved yet. */
  savedTexts: Record<string, string> | null;
  /** 落款日期 saved with the draft (null = today at export, or the snapshot's once finalised). */
  savedSignDate: string | null;
  /** A fresh draft from the current data. */
  generated: Record<TextSectionId, string>;
  previous: PreviousTexts | null;
}

/** What the report is computed from: a write to any of them computes it again. */
export const REPORT_TABLES = [...FIGURE_TABLES, 'reportDrafts'];

/**
 * The report's read of `year` (useTablesQuery's querier and inputs): only the records the year's
 * report needs (issue 8: ten years of records would take seconds on every change), with last years'
 * figures typed in at first run when the app holds no records of the year before.
 */
export function reportQuery(year: number, baselines: AppSettings['baselines']) {
  return {
    querier: async () => {
      const [stores, ofYear] = await Promise.all([
        // Kept until one of the tables is written: a later visit does not read the year again.
        keptUntilWrite(db, REPORT_TABLES, `report:${year}`, () => loadReportStoresForYear(db, year)),
        baselinesFor(baselines, year),
      ]);
      return { year, stores: { ...stores, baselines: ofYear } };
    },
    deps: [year, baselines],
  };
}

/** The year the page shows: the address's, else the year being closed (`open`), else last year. */
export function reportYearOf(query: URLSearchParams, open: number | undefined, today: string): number {
  return Number(query.get('year')) || open || Number(today.slice(0, 4)) - 1;
}

/**
 * A first visit of 年度报告 (or a start straight into it, or idle time): the year's records read and
 * its report computed, kept for the page's first render (the computation is kept per read:
 * reportStateOf), each in a task before the page is drawn rather than inside its render.
 */
export async function prefetch(settings: AppSettings, today: string, query: URLSearchParams): Promise<void> {
  const year = reportYearOf(query, (await prefetchOpenYear(settings, today)).year, today);
  const { querier, deps } = reportQuery(year, settings.baselines);
  const loaded = await runTablesQuery(db.name, REPORT_TABLES, querier, deps);
  const format = formatForYear(year);
  if (format) reportStateOf(loaded.stores, year, settings, format);
}

/** The report of this address read (and computed) with no write since: the first visit draws it at once. */
export function keptFor(query: URLSearchParams): boolean {
  const settings = currentSettings();
  const today = todayLocal();
  const open = keptOpenYear(settings, today);
  if (!open && !query.get('year')) return false;
  const year = reportYearOf(query, open?.year, today);
  const { deps } = reportQuery(year, settings.baselines);
  const loaded = keptQueryResult<{ stores: ReportStores }>(db.name, REPORT_TABLES, deps);
  return loaded !== null && computed.has(loaded.value.stores);
}

/**
 * The open year's report read and computed in idle time after the start (routes.tsx
 * preloadRoutesWhenIdle) while the app holds a bureau's ten years (≤ 5,000 publications, counted a
 * key at a time up to one more): the report's first visit from the menu is then drawn as a later one.
 * Not a county's: its year's 20,000 publications take most of a second to read and compute, and a
 * click during that would wait.
 */
export async function idleReadAhead(): Promise<boolean> {
  const keys = await db.publications.limit(IDLE_READ_AHEAD_MAX + 1).primaryKeys();
  return keys.length <= IDLE_READ_AHEAD_MAX;
}

/**
 * The last report computed from each read of the stores (kept until a table is written: the same
 * object on a later visit), for the same year, settings and format: the page opened again draws it
 * without computing the year's tables again (issue 17: at county scale that computation was most of
 * a 284–300 ms task on every visit of the report page).
 */
const computed = new WeakMap<ReportStores, ReportState>();

export function reportStateOf(
  stores: ReportStores,
  year: number,
  settings: AppSettings,
  format: ReportFormat,
): ReportState {
  const kept = computed.get(stores);
  if (kept && kept.model.year === year && kept.settings === settings && kept.format === format) return kept;
  const state = computeReportState(stores, year, settings, format);
  computed.set(stores, state);
  return state;
}

function computeReportState(
  stores: ReportStores,
  year: number,
  settings: AppSettings,
  format: ReportFormat,
): ReportState {
  const model = computeAnnualReport(stores, year, settings.profile, format);
  const snapshot = findSnapshot(stores.reportSnapshots, year);
  const draft = (stores.reportDrafts ?? []).find((d) => d.year === year);
  return {
    settings,
    stores,
    format,
    model,
    snapshot,
    savedTexts: draft?.texts ?? snapshot?.texts ?? null,
    savedSignDate: draft?.signDate ?? null,
    generated: draftTexts(model, format, settings.profile),
    previous: previousTexts(stores, year),
  };
}
