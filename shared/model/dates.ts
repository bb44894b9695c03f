import { z } from 'zod';

/**
 * Civil dates are `YYYY-MM-DD` strings, never Date objects or timestamps: a UTC+8 office and a
 * UTC test machine must agree on every date (DOMAIN.md §2). All arithmetic here is on integers.
 */
export type DateString = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function parseDate(s: string): { y: number; m: number; d: number } | null {
  const match = DATE_RE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isValidDate(s: string): boolean {
  return parseDate(s) !== null;
}

export function formatDate(y: number, m: number, d: number): DateString {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The wall-clock reading of an instant in the machine's own time zone, `YYYY-MM-DDTHH:mm:ss`. Only the
 * edges (main, renderer) call it with the clock's `new Date()`; the date part is the local civil date.
 */
export function localDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(d.getFullYear(), d.getMonth() + 1, d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/**
 * A stored instant (ISO, UTC) as the officer reads it: local wall-clock `YYYY-MM-DD HH:mm`, through
 * localDateTime. Text that is not an instant (a hand-edited header) is shown as written. Edges only.
 */
export function localTimeText(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : localDateTime(d).slice(0, 16).replace('T', ' ');
}

/** The local civil date of a stored instant (e.g. the day a report was finalised), null if invalid. */
export function localDateOf(iso: string): DateString | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : localDateTime(d).slice(0, 10);
}

/** Days since 1970-01-01 for a civil date (proleptic Gregorian), independent of time zone. */
export function toDayNumber(s: DateString): number {
  const p = parseDate(s);
  if (!p) throw new Error(`invalid date: ${s}`);
  const y = p.m <= 2 ? p.y - 1 : p.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (p.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + p.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): DateString {
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return formatDate(y, m, d);
}

export function addDays(s: DateString, n: number): DateString {
  return fromDayNumber(toDayNumber(s) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(s: DateString): number {
  return (((toDayNumber(s) + 4) % 7) + 7) % 7;
}

export function yearOf(s: DateString): number {
  return Number(s.slice(0, 4));
}

export function monthOf(s: DateString): number {
  return Number(s.slice(5, 7));
}

export function compareDates(a: DateString, b: DateString): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A civil date. Message is an i18n key (renderer/i18n … validation.*). */
export const dateString = z
  .string()
  .regex(DATE_RE, { message: 'validation.invalidDate' })
  .refine(isValidDate, { message: 'validation.invalidDate' });
export const optionalDate = dateString.nullable().default(null);
