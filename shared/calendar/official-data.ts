import bundled from 'chinese-days/dist/chinese-days.json';
import bundledPackage from 'chinese-days/package.json';
import { type DateString, isValidDate, yearOf } from '../model/dates';
import { fnv1a32 } from './hash';

/**
 * The official working-day table (国务院办公厅 annual holiday notices) as data with a version.
 * Source: the chinese-days package's bundled JSON (MIT), 2004–2026. We only read its data; its
 * date functions use the process time zone and are wrong west of UTC (TOOLCHAIN.md), so all
 * arithmetic is ours, on `YYYY-MM-DD` strings.
 */
export interface OfficialDayName {
  zh: string;
  en: string;
}

export interface OfficialCalendarData {
  /** e.g. `chinese-days@1.5.7#1a2b3c4d`: source + content hash, shown in every derivation. */
  version: string;
  source: string;
  firstYear: number;
  lastYear: number;
  /** Official rest days (holidays incl. the weekend days inside a holiday block), by date. */
  holidays: ReadonlyMap<DateString, OfficialDayName>;
  /** 调休 make-up working days (weekend days that are working days), by date. */
  workdays: ReadonlyMap<DateString, OfficialDayName>;
}

/** chinese-days stores "English name,中文名,days" per date. */
function parseName(raw: string): OfficialDayName {
  const [en = '', zh = ''] = raw.split(',');
  return { zh: zh.trim(), en: en.trim() };
}

function toMap(table: Record<string, string>): Map<DateString, OfficialDayName> {
  const map = new Map<DateString, OfficialDayName>();
  for (const date of Object.keys(table).sort()) {
    const raw = table[date];
    if (raw !== undefined && isValidDate(date)) map.set(date, parseName(raw));
  }
  return map;
}

/** Canonical text of a table, so equal data always hashes equal regardless of key order. */
export function canonicalTableText(
  holidays: ReadonlyMap<DateString, OfficialDayName>,
  workdays: ReadonlyMap<DateString, OfficialDayName>,
): string {
  const lines: string[] = [];
  for (const [d, n] of [...holidays].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`H ${d} ${n.zh}`);
  for (const [d, n] of [...workdays].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`W ${d} ${n.zh}`);
  return lines.join('\n');
}

/** Build a versioned table from chinese-days-shaped data (also used by tests with small tables). */
export function makeOfficialData(
  source: string,
  table: { holidays: Record<string, string>; workdays: Record<string, string> },
): OfficialCalendarData {
  const holidays = toMap(table.holidays);
  const workdays = toMap(table.workdays);
  const years = [...holidays.keys(), ...workdays.keys()].map(yearOf);
  return {
    version: `${source}#${fnv1a32(canonicalTableText(holidays, workdays))}`,
    source,
    firstYear: years.length ? Math.min(...years) : 0,
    lastYear: years.length ? Math.max(...years) : -1,
    holidays,
    workdays,
  };
}

export const OFFICIAL_CALENDAR: OfficialCalendarData = makeOfficialData(
  `chinese-days@${bundledPackage.version}`,
  bundled,
);
