import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays } from '../model/dates';
import { makeOfficialData, OFFICIAL_CALENDAR } from './official-data';
import { buildCalendar } from './work-calendar';

describe('bundled official calendar', () => {
  it('covers 2004–2026 and names its source and content hash', () => {
    expect(OFFICIAL_CALENDAR.firstYear).toBe(2004);
    expect(OFFICIAL_CALENDAR.lastYear).toBe(2026);
    expect(OFFICIAL_CALENDAR.version).toMatch(/^chinese-days@1\.5\.7#[0-9a-f]{8}$/);
  });

  it('gives the same version for the same data in any key order, another for other data', () => {
    const a = makeOfficialData('t', {
      holidays: { '2030-01-01': 'x,元旦,1' },
      workdays: { '2030-01-05': 'x,元旦,1' },
    });
    const b = makeOfficialData('t', {
      workdays: { '2030-01-05': 'x,元旦,1' },
      holidays: { '2030-01-01': 'x,元旦,1' },
    });
    const c = makeOfficialData('t', {
      holidays: { '2030-01-02': 'x,元旦,1' },
      workdays: { '2030-01-05': 'x,元旦,1' },
    });
    expect(a.version).toBe(b.version);
    expect(a.version).not.toBe(c.version);
  });

  it('agrees with chinese-days on every day it covers (checked in its own safe time zone)', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const cal = buildCalendar();
      const mismatches: string[] = [];
      for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
        if (cal.isWorkingDay(d) !== chineseDays.isWorkday(d)) mismatches.push(d);
      }
      expect(mismatches).toEqual([]);
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('buildCalendar', () => {
  const cal = buildCalendar();

  it('knows 调休: 2026-02-14 (Saturday) and 2026-01-04 (Sunday) are working days', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.describe('2026-02-14')).toMatchObject({
      kind: 'makeupWorkday',
      source: 'official',
      nameZh: '春节',
    });
    expect(cal.isWorkingDay('2026-01-04')).toBe(true);
    expect(cal.describe('2026-01-04').kind).toBe('makeupWorkday');
  });

  it('knows holidays on weekdays and plain weekends', () => {
    expect(cal.isWorkingDay('2025-10-06')).toBe(false);
    expect(cal.describe('2025-10-06')).toMatchObject({ kind: 'holiday', nameZh: '中秋' });
    expect(cal.describe('2025-10-18')).toMatchObject({ kind: 'weekend', source: 'weekRule', working: false });
    expect(cal.describe('2025-10-20')).toMatchObject({ kind: 'workday', working: true, known: true });
  });

  it('treats years after the bundled data as unknown, weekends-only', () => {
    expect(cal.lastBundledYear).toBe(2026);
    expect(cal.isKnownYear(2026)).toBe(true);
    expect(cal.isKnownYear(2027)).toBe(false);
    expect(cal.isKnownYear(2003)).toBe(false);
    // 2027-01-01 is a Friday: without data it counts as a working day, and says the year is unknown.
    expect(cal.describe('2027-01-01')).toMatchObject({ working: true, known: false });
  });

  it('lets the officer override a date either way, and the override wins', () => {
    const edited = buildCalendar({
      overrides: [
        { date: '2025-10-08', kind: 'workday', note: '测试' },
        { date: '2025-10-20', kind: 'holiday', note: '国办发明电〔2099〕1号' },
        { date: '2027-02-13', kind: 'workday', note: '' },
      ],
    });
    expect(edited.isWorkingDay('2025-10-08')).toBe(true);
    expect(edited.describe('2025-10-08')).toMatchObject({ source: 'override', kind: 'workday' });
    expect(edited.describe('2025-10-20')).toMatchObject({
      working: false,
      kind: 'holiday',
      note: '国办发明电〔2099〕1号',
    });
    expect(edited.describe('2027-02-13')).toMatchObject({
      working: true,
      kind: 'makeupWorkday',
      known: false,
    });
  });

  it('knows a year once the officer marks it complete', () => {
    const edited = buildCalendar({ years: [{ year: 2027, complete: true, note: '' }] });
    expect(edited.isKnownYear(2027)).toBe(true);
    expect(buildCalendar({ years: [{ year: 2027, complete: false, note: '' }] }).isKnownYear(2027)).toBe(
      false,
    );
  });

  it('changes its version when the officer changes the calendar', () => {
    const base = buildCalendar();
    const one = buildCalendar({ overrides: [{ date: '2027-01-01', kind: 'holiday', note: '' }] });
    const same = buildCalendar({ overrides: [{ date: '2027-01-01', kind: 'holiday', note: '' }] });
    const marked = buildCalendar({
      overrides: [{ date: '2027-01-01', kind: 'holiday', note: '' }],
      years: [{ year: 2027, complete: true, note: '' }],
    });
    expect(base.version).toBe(OFFICIAL_CALENDAR.version);
    expect(one.version).toBe(same.version);
    expect(one.version.startsWith(`${OFFICIAL_CALENDAR.version}+officer#`)).toBe(true);
    expect(marked.version).not.toBe(one.version);
  });
});
