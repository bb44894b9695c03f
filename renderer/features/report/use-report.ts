import { useMemo } from 'react';
import type { AppSettings, ReportDoc } from '../../../shared/model';
import { computeAnnualReport, previousTexts, type ReportStores } from '../../../shared/report/compute';
import { draftTexts } from '../../../shared/report/draft';
import type { ReportFormat, TextSectionId } from '../../../shared/report/format-types';
import { formatForYear } from '../../../shared/report/formats';
import type { ReportModel } from '../../../shared/report/model';
import type { PreviousTexts } from '../../../shared/report/prose-checks';
import { findSnapshot } from '../../../shared/report/snapshot';
import { useSettings } from '../../app/session';
import { baselinesFor } from '../../components/open-year';
import { useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { keptUntilWrite } from '../../db/repositories/kept-reads';
import { FIGURE_TABLES, loadReportStoresForYear } from '../../db/repositories/report-data';

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
const REPORT_TABLES = [...FIGURE_TABLES, 'reportDrafts'];

/**
 * Live report of a year: recomputed whenever any record, figure or text changes. Reads only the
 * records the year's report needs (issue 8: ten years of records would take seconds on every change).
 */
export function useReport(year: number): ReportState | null | 'noFormat' {
  const settings = useSettings();
  // Outside Dexie's live-query tracking (use-table-writes.ts: 30,000 records at county scale).
  const loaded = useTablesQuery(
    db.name,
    REPORT_TABLES,
    async () => {
      const [stores, baselines] = await Promise.all([
        // Kept until one of the tables is written: a later visit does not read the year again.
        keptUntilWrite(db, REPORT_TABLES, `report:${year}`, () => loadReportStoresForYear(db, year)),
        baselinesFor(settings.baselines, year),
      ]);
      return { year, stores: { ...stores, baselines } };
    },
    [year, settings.baselines],
  );
  // Until the new year's records are read, nothing (not last year's records under this year's title).
  const stores = loaded?.year === year ? loaded.stores : undefined;
  const format = formatForYear(year);
  return useMemo(() => {
    if (!format) return 'noFormat';
    if (!stores) return null;
    return reportStateOf(stores, year, settings, format);
  }, [stores, year, settings, format]);
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
