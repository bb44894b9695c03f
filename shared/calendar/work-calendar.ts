import { type DateString, weekday, yearOf } from '../model/dates';
import type { CalendarOverride, CalendarYear } from '../model/settings';
import { fnv1a32 } from './hash';
import { OFFICIAL_CALENDAR, type OfficialCalendarData } from './official-data';

/**
 * The working-day calendar (DOMAIN.md §2): official holidays and 调休 make-up days from the bundled
 * table, the officer's per-date overrides on top (they win), and years the officer marked complete.
 * A year is "known" when bundled or marked complete; elsewhere only weekends (and any overrides)
 * count as rest days, and every computation reports that year.
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeupWorkday';
export type DaySource = 'override' | 'official' | 'weekRule';

export interface DayInfo {
  date: DateString;
  working: boolean;
  kind: DayKind;
  source: DaySource;
  /** Official holiday name (zh/en) when the official table names the day; '' otherwise. */
  nameZh: string;
  nameEn: string;
  /** The officer's note on an override (e.g. the notice number). */
  note: string;
  /** False when the day's year is neither bundled nor marked complete (weekends-only fallback). */
  known: boolean;
}

/** The official name of a day in the UI language (Chinese when the table has no English one). */
export function holidayName(day: Pick<DayInfo, 'nameZh' | 'nameEn'>, language: string | undefined): string {
  // No language yet (i18next not started): Chinese, the app's first language.
  return !language || language.startsWith('zh') ? day.nameZh : day.nameEn || day.nameZh;
}

export interface WorkCalendar {
  /** Names the data used: bundled table version + hash of the officer's overrides and years. */
  readonly version: string;
  readonly bundledVersion: string;
  readonly firstBundledYear: number;
  readonly lastBundledYear: number;
  readonly overrides: readonly CalendarOverride[];
  /** Years the officer marked complete, ascending. */
  readonly completeYears: readonly number[];
  isWorkingDay(d: DateString): boolean;
  isKnownYear(y: number): boolean;
  describe(d: DateString): DayInfo;
}

export interface CalendarInput {
  overrides?: readonly CalendarOverride[];
  years?: readonly CalendarYear[];
  /** Defaults to the bundled official table; tests pass smaller tables. */
  official?: OfficialCalendarData;
}

function isWeekend(d: DateString): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

/** Hash of the officer's data, so the version changes whenever an override or year flag changes. */
function officerHash(overrides: readonly CalendarOverride[], completeYears: readonly number[]): string {
  const lines = [...overrides]
    .map((o) => `${o.date} ${o.kind} ${o.note}`)
    .sort()
    .concat(completeYears.map((y) => `complete ${y}`));
  return fnv1a32(lines.join('\n'));
}

export function buildCalendar(input: CalendarInput = {}): WorkCalendar {
  const official = input.official ?? OFFICIAL_CALENDAR;
  // A later entry for the same date wins, matching a keyed store where the last write stays.
  const overrides = new Map<DateString, CalendarOverride>();
  for (const o of input.overrides ?? []) overrides.set(o.date, o);
  const overrideList = [...overrides.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const completeYears = [...new Set((input.years ?? []).filter((y) => y.complete).map((y) => y.year))].sort(
    (a, b) => a - b,
  );
  const complete = new Set(completeYears);
  const isBundledYear = (y: number) => y >= official.firstYear && y <= official.lastYear;
  const isKnownYear = (y: number) => isBundledYear(y) || complete.has(y);

  const describeDay = (d: DateString): DayInfo => {
    const weekend = isWeekend(d);
    const known = isKnownYear(yearOf(d));
    const o = overrides.get(d);
    const officialHoliday = official.holidays.get(d);
    const officialWorkday = official.workdays.get(d);
    const name = officialHoliday ?? officialWorkday;
    const base = { date: d, nameZh: name?.zh ?? '', nameEn: name?.en ?? '', known };
    if (o) {
      const working = o.kind === 'workday';
      const kind: DayKind = working ? (weekend ? 'makeupWorkday' : 'workday') : 'holiday';
      return { ...base, working, kind, source: 'override', note: o.note };
    }
    if (officialWorkday)
      return { ...base, working: true, kind: 'makeupWorkday', source: 'official', note: '' };
    if (officialHoliday) return { ...base, working: false, kind: 'holiday', source: 'official', note: '' };
    return {
      ...base,
      working: !weekend,
      kind: weekend ? 'weekend' : 'workday',
      source: 'weekRule',
      note: '',
    };
  };

  // Each day described once per calendar (issue 17): every count of working days walks the same few
  // hundred days again (each request's, each publication's), and a description parses its date for
  // the weekday and builds an object. A calendar is immutable, so its descriptions are too (frozen:
  // they are shared).
  const described = new Map<DateString, DayInfo>();
  const dayInfo = (d: DateString): DayInfo => {
    let info = described.get(d);
    if (!info) {
      info = Object.freeze(describeDay(d));
      described.set(d, info);
    }
    return info;
  };

  const hasOfficerData = overrideList.length > 0 || completeYears.length > 0;
  return {
    version: hasOfficerData
      ? `${official.version}+officer#${officerHash(overrideList, completeYears)}`
      : official.version,
    bundledVersion: official.version,
    firstBundledYear: official.firstYear,
    lastBundledYear: official.lastYear,
    overrides: overrideList,
    completeYears,
    isWorkingDay: (d) => dayInfo(d).working,
    isKnownYear,
    describe: dayInfo,
  };
}
