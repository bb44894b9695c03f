import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  fromDayNumber,
  isValidDate,
  localDateOf,
  localDateTime,
  localTimeText,
  toDayNumber,
  weekday,
} from './dates';

describe('civil dates', () => {
  it('rejects impossible dates', () => {
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('2025-4-1')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
  });
  it('round-trips day numbers across centuries', () => {
    for (const d of ['1970-01-01', '2000-02-29', '2025-12-31', '2100-03-01', '1969-12-31']) {
      expect(fromDayNumber(toDayNumber(d))).toBe(d);
    }
    expect(toDayNumber('1970-01-01')).toBe(0);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('knows weekdays', () => {
    expect(weekday('2025-10-01')).toBe(3); // a Wednesday
    expect(weekday('2026-02-14')).toBe(6); // a Saturday (调休 working day)
  });
});

describe('localDateTime', () => {
  it('reads the wall clock of the local time zone, zero-padded', () => {
    // Built from local fields, so the expectation holds in any time zone the tests run in.
    expect(localDateTime(new Date(2026, 0, 5, 7, 8, 9))).toBe('2026-01-05T07:08:09');
    expect(localDateTime(new Date(2025, 11, 31, 23, 59, 59))).toBe('2025-12-31T23:59:59');
  });
});

describe('localTimeText / localDateOf', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });
  it('shows a stored UTC instant as the officer’s wall clock (Beijing: +8)', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(localTimeText('2026-01-20T03:56:00.000Z')).toBe('2026-01-20 11:56');
    // Finalised after 16:00 UTC on the 19th is the 20th in Beijing: the sign date follows the local day.
    expect(localDateOf('2026-01-19T16:30:00.000Z')).toBe('2026-01-20');
  });
  it('keeps text that is not an instant as written', () => {
    expect(localTimeText('not a time')).toBe('not a time');
    expect(localDateOf('')).toBeNull();
  });
});
