import { FORMAT_2021 } from './format-2021';
import type { ReportFormat } from './format-types';

/**
 * Every report format the app knows, oldest first. The 2019 trial format (国办公开办函〔2019〕60号)
 * can be added here for old years; a future revision is a new entry with `firstYear`, and the
 * previous entry gets its `lastYear`.
 */
export const REPORT_FORMATS: readonly ReportFormat[] = [FORMAT_2021];

/** The format that applies to a reporting year, or null when none does (e.g. before 2021). */
export function formatForYear(year: number): ReportFormat | null {
  return (
    REPORT_FORMATS.find((f) => year >= f.firstYear && (f.lastYear === null || year <= f.lastYear)) ?? null
  );
}

export function formatByVersion(version: string): ReportFormat | null {
  return REPORT_FORMATS.find((f) => f.version === version) ?? null;
}

/** Years the app can report on, for a year picker: from the first format's year to `lastYear`. */
export function reportableYears(lastYear: number): number[] {
  const first = Math.min(...REPORT_FORMATS.map((f) => f.firstYear));
  const years: number[] = [];
  for (let y = lastYear; y >= first; y--) if (formatForYear(y)) years.push(y);
  return years;
}
