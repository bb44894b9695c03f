import { z } from 'zod';
import { addDays, type DateString, formatDate, isValidDate, toDayNumber } from '../model/dates';
import { type CalendarOverride, type CalendarYear, calendarOverride, calendarYear } from '../model/settings';

/**
 * Import of a year's arrangement from files (DOMAIN.md §2): an .ics calendar (all-day VEVENTs whose
 * SUMMARY says 休/假 for rest days or 班 for make-up working days, as published by chinese-days and
 * many calendar feeds) or JSON (our own calendar export, an array of overrides, or the
 * chinese-days `{ holidays, workdays }` shape). Nothing is stored here: the UI shows the result
 * and the officer confirms.
 */
export type CalendarImportErrorKey =
  | 'import.notIcs'
  | 'import.badEventDate'
  | 'import.unknownSummary'
  | 'import.notJson'
  | 'import.unknownJson'
  | 'import.badEntry'
  | 'import.conflict';

export interface CalendarImportError {
  key: CalendarImportErrorKey;
  /** Where: the event's SUMMARY and date, or the JSON entry's index / date. */
  detail: string;
}

export interface CalendarImportResult {
  overrides: CalendarOverride[];
  years: CalendarYear[];
  errors: CalendarImportError[];
}

export const CALENDAR_EXPORT_FORMAT = 'disclosure-desk/calendar';
export const CALENDAR_EXPORT_VERSION = 1;

/** A single event longer than this is not a holiday block. */
const MAX_EVENT_DAYS = 31;

function addAll(
  target: Map<DateString, CalendarOverride>,
  items: CalendarOverride[],
  errors: CalendarImportError[],
): void {
  for (const o of items) {
    const existing = target.get(o.date);
    if (existing && existing.kind !== o.kind) errors.push({ key: 'import.conflict', detail: o.date });
    else target.set(o.date, o);
  }
}

function sorted(map: Map<DateString, CalendarOverride>): CalendarOverride[] {
  return [...map.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** `20250101` or `20250101T000000` (floating/local) → `2025-01-01`. UTC times are read as Beijing time. */
function icsDate(value: string): { date: DateString; midnight: boolean } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
  if (!m) return null;
  let date = formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!isValidDate(date)) return null;
  const utc = m[7] === 'Z';
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  // A UTC instant at or after 16:00 is the next civil day in China (UTC+8, no DST).
  if (utc && hour >= 16) date = addDays(date, 1);
  const localHour = utc ? (hour + 8) % 24 : hour;
  const midnight = m[4] === undefined || (localHour === 0 && m[5] === '00' && m[6] === '00');
  return { date, midnight };
}

function unescapeIcs(text: string): string {
  return text.replace(/\\([,;\\nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
}

function kindOfSummary(summary: string): CalendarOverride['kind'] | null {
  if (summary.includes('班')) return 'workday';
  if (summary.includes('休') || summary.includes('假')) return 'holiday';
  return null;
}

export function parseIcsArrangement(text: string): CalendarImportResult {
  // RFC 5545 §3.1: a line starting with a space or tab continues the previous one.
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  if (!lines.some((l) => l.trim() === 'BEGIN:VCALENDAR')) {
    return { overrides: [], years: [], errors: [{ key: 'import.notIcs', detail: '' }] };
  }
  const byDate = new Map<DateString, CalendarOverride>();
  const errors: CalendarImportError[] = [];
  let event: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT' && event) {
      addEvent(event, byDate, errors);
      event = null;
    } else if (event) {
      const colon = line.indexOf(':');
      if (colon > 0) {
        const name = line.slice(0, colon).split(';')[0]?.toUpperCase() ?? '';
        event[name] = line.slice(colon + 1);
      }
    }
  }
  return { overrides: sorted(byDate), years: [], errors };
}

function addEvent(
  event: Record<string, string>,
  byDate: Map<DateString, CalendarOverride>,
  errors: CalendarImportError[],
): void {
  const summary = unescapeIcs(event.SUMMARY ?? '').trim();
  const start = icsDate(event.DTSTART ?? '');
  if (!start) {
    errors.push({ key: 'import.badEventDate', detail: `${summary} ${event.DTSTART ?? ''}` });
    return;
  }
  const kind = kindOfSummary(summary);
  if (!kind) {
    errors.push({ key: 'import.unknownSummary', detail: `${summary} ${start.date}` });
    return;
  }
  const end = event.DTEND ? icsDate(event.DTEND) : null;
  // An all-day DTEND is exclusive (RFC 5545 §3.6.1); a timed end inside a day includes that day.
  const last = end ? (end.midnight ? addDays(end.date, -1) : end.date) : start.date;
  const span = toDayNumber(last) - toDayNumber(start.date);
  if (span < 0 || span > MAX_EVENT_DAYS) {
    errors.push({ key: 'import.badEventDate', detail: `${summary} ${start.date}` });
    return;
  }
  const note = summary.replace(/[(（][^)）]*[)）]/g, '').trim();
  const items: CalendarOverride[] = [];
  for (let i = 0; i <= span; i++) items.push({ date: addDays(start.date, i), kind, note });
  addAll(byDate, items, errors);
}

const chineseDaysShape = z.object({
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
});

/** chinese-days names are "English,中文,days"; keep the Chinese name as the note. */
function chineseDaysNote(raw: string): string {
  const parts = raw.split(',');
  return (parts.length >= 2 ? parts[1] : parts[0])?.trim() ?? '';
}

export function parseCalendarJson(text: string): CalendarImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { overrides: [], years: [], errors: [{ key: 'import.notJson', detail: '' }] };
  }
  const byDate = new Map<DateString, CalendarOverride>();
  const errors: CalendarImportError[] = [];
  const years: CalendarYear[] = [];
  const takeOverrides = (list: unknown[]) => {
    const items: CalendarOverride[] = [];
    list.forEach((entry, i) => {
      const parsed = calendarOverride.safeParse(entry);
      if (parsed.success) items.push(parsed.data);
      else errors.push({ key: 'import.badEntry', detail: `#${i + 1}` });
    });
    addAll(byDate, items, errors);
  };
  const cd = chineseDaysShape.safeParse(raw);
  if (Array.isArray(raw)) takeOverrides(raw);
  else if (cd.success) {
    for (const [table, kind] of [
      [cd.data.holidays, 'holiday'],
      [cd.data.workdays, 'workday'],
    ] as const) {
      const items: CalendarOverride[] = [];
      for (const [date, name] of Object.entries(table)) {
        if (isValidDate(date)) items.push({ date, kind, note: chineseDaysNote(name) });
        else errors.push({ key: 'import.badEntry', detail: date });
      }
      addAll(byDate, items, errors);
    }
  } else if (typeof raw === 'object' && raw !== null) {
    const obj = raw as Record<string, unknown>;
    const list = obj.overrides ?? obj.calendarOverrides;
    const yearList = obj.years ?? obj.calendarYears;
    if (!Array.isArray(list) && !Array.isArray(yearList)) {
      return { overrides: [], years: [], errors: [{ key: 'import.unknownJson', detail: '' }] };
    }
    if (Array.isArray(list)) takeOverrides(list);
    if (Array.isArray(yearList)) {
      yearList.forEach((entry, i) => {
        const parsed = calendarYear.safeParse(entry);
        if (parsed.success) years.push(parsed.data);
        else errors.push({ key: 'import.badEntry', detail: `years #${i + 1}` });
      });
    }
  } else {
    return { overrides: [], years: [], errors: [{ key: 'import.unknownJson', detail: '' }] };
  }
  return { overrides: sorted(byDate), years, errors };
}

/** Our own calendar file: what the settings page exports and `parseCalendarJson` reads back. */
export function calendarExportJson(
  overrides: readonly CalendarOverride[],
  years: readonly CalendarYear[],
): string {
  return JSON.stringify(
    {
      format: CALENDAR_EXPORT_FORMAT,
      formatVersion: CALENDAR_EXPORT_VERSION,
      overrides: [...overrides].sort((a, b) => (a.date < b.date ? -1 : 1)),
      years: [...years].sort((a, b) => a.year - b.year),
    },
    null,
    2,
  );
}
