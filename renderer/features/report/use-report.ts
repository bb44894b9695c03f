import { useMemo } from 'react';
import { formatForYear } from '../../../shared/report/formats';
import { useSettings } from '../../app/session';
import { useTablesQuery } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { REPORT_TABLES, type ReportState, reportQuery, reportStateOf } from './report-reads';

/**
 * Live report of a year: recomputed whenever any record, figure or text changes. Reads only the
 * records the year's report needs (report-reads.ts), outside Dexie's live-query tracking
 * (use-table-writes.ts: 30,000 records at county scale); drawn at once when a first visit's reads
 * (report-reads.ts prefetch) or a later visit's kept ones are in.
 */
export function useReport(year: number): ReportState | null | 'noFormat' {
  const settings = useSettings();
  const { querier, deps } = reportQuery(year, settings.baselines);
  const loaded = useTablesQuery(db.name, REPORT_TABLES, querier, deps);
  // Until the new year's records are read, nothing (not last year's records under this year's title).
  const stores = loaded?.year === year ? loaded.stores : undefined;
  const format = formatForYear(year);
  return useMemo(() => {
    if (!format) return 'noFormat';
    if (!stores) return null;
    return reportStateOf(stores, year, settings, format);
  }, [stores, year, settings, format]);
}
