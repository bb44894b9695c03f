import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../model/dates';
import type { CalendarOverride } from '../model/settings';
import { buildCalendar } from './work-calendar';
import { addWorkingDays, countWorkingDays, workingDaysBetween } from './working-days';

const cal = buildCalendar();

describe('addWorkingDays: golden cases (receipt day = day 0)', () => {
  it('crosses the 2025 National Day / Mid-Autumn break, counting make-up days 09-28 and 10-11', () => {
    expect(addWorkingDays(cal, '2025-09-25', 20)).toBe('2025-10-29');
    const c = countWorkingDays(cal, '2025-09-25', 20);
    expect(c.holidayRuns).toEqual([
      {
        from: '2025-10-01',
        to: '2025-10-08',
        namesZh: ['国庆节', '中秋'],
        namesEn: ['National Day', 'Mid-autumn Festival'],
        notes: [],
      },
    ]);
    expect(c.makeupDays).toEqual(['2025-09-28', '2025-10-11']);
    expect(c.unknownYears).toEqual([]);
  });

  it('crosses the 2026 Spring Festival, counting Saturday 2026-02-14', () => {
    expect(addWorkingDays(cal, '2026-01-20', 20)).toBe('2026-02-24');
    // Day 19 is the make-up Saturday: without it the 20th day would be 02-25.
    expect(addWorkingDays(cal, '2026-01-20', 19)).toBe('2026-02-14');
    expect(countWorkingDays(cal, '2026-01-20', 20).makeupDays).toEqual(['2026-02-14']);
  });

  it('counts the 元旦 2026 make-up Sunday 2026-01-04', () => {
    expect(addWorkingDays(cal, '2025-12-30', 1)).toBe('2025-12-31');
    expect(addWorkingDays(cal, '2025-12-30', 2)).toBe('2026-01-04');
    expect(addWorkingDays(cal, '2025-12-30', 20)).toBe('2026-01-28');
  });

  it('day 0 is the receipt day itself, even on a holiday', () => {
    expect(addWorkingDays(cal, '2025-10-03', 0)).toBe('2025-10-03');
    expect(addWorkingDays(cal, '2025-10-03', 1)).toBe('2025-10-09');
  });

  it('falls back to weekends-only in an unknown year and says so', () => {
    const c = countWorkingDays(cal, '2026-12-15', 20);
    // 2027-01-01 (Friday) counts as a working day for lack of data.
    expect(c.date).toBe('2027-01-12');
    expect(c.unknownYears).toEqual([2027]);
    const withHoliday = buildCalendar({ overrides: [{ date: '2027-01-01', kind: 'holiday', note: '元旦' }] });
    expect(countWorkingDays(withHoliday, '2026-12-15', 20)).toMatchObject({
      date: '2027-01-13',
      unknownYears: [2027],
    });
    const complete = buildCalendar({
      overrides: [{ date: '2027-01-01', kind: 'holiday', note: '元旦' }],
      years: [{ year: 2027, complete: true, note: '' }],
    });
    expect(countWorkingDays(complete, '2026-12-15', 20).unknownYears).toEqual([]);
  });

  it('moves when an override is added', () => {
    const earlier = buildCalendar({ overrides: [{ date: '2025-10-08', kind: 'workday', note: '' }] });
    expect(addWorkingDays(earlier, '2025-09-25', 20)).toBe('2025-10-28');
    const later = buildCalendar({ overrides: [{ date: '2025-10-29', kind: 'holiday', note: '' }] });
    expect(addWorkingDays(later, '2025-09-25', 20)).toBe('2025-10-30');
  });
});

describe('pauses', () => {
  it('does not count working days after the sending day up to and including the end day', () => {
    // Sent Fri 09-26, reply Wed 10-15: 9 working days paused (09-28, 09-29, 09-30, 10-09 … 10-15).
    const c = countWorkingDays(cal, '2025-09-15', 20, [{ after: '2025-09-26', through: '2025-10-15' }]);
    expect(c.date).toBe('2025-10-30');
    expect(c.pausedRanges).toEqual([{ from: '2025-09-27', to: '2025-10-15', workingDays: 9 }]);
    // The make-up days fell inside the pause: not counted.
    expect(c.makeupDays).toEqual([]);
    expect(addWorkingDays(cal, '2025-09-15', 20)).toBe('2025-10-17');
  });

  it('merges overlapping pauses and ignores pauses after the due date', () => {
    const c = countWorkingDays(cal, '2025-11-03', 20, [
      { after: '2025-11-05', through: '2025-11-10' },
      { after: '2025-11-07', through: '2025-11-12' },
      { after: '2026-03-01', through: '2026-03-10' },
    ]);
    // Paused 11-06, 11-07, 11-10, 11-11, 11-12 = 5 working days.
    expect(c.pausedRanges).toEqual([{ from: '2025-11-06', to: '2025-11-12', workingDays: 5 }]);
    expect(c.date).toBe(addWorkingDays(cal, '2025-11-03', 25));
  });
});

describe('workingDaysBetween', () => {
  it('counts (a, b] and is negative backwards', () => {
    expect(workingDaysBetween(cal, '2025-09-25', '2025-10-29')).toBe(20);
    expect(workingDaysBetween(cal, '2025-10-29', '2025-09-25')).toBe(-20);
    expect(workingDaysBetween(cal, '2025-10-29', '2025-10-29')).toBe(0);
    expect(workingDaysBetween(cal, '2025-10-01', '2025-10-08')).toBe(0);
  });
});

// ── properties ─────────────────────────────────────────────────────────────────────────────
const dayArb = fc
  .integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2028-12-31') })
  .map(fromDayNumber);
const overrideArb: fc.Arbitrary<CalendarOverride[]> = fc.array(
  fc.record({
    date: fc.integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber),
    kind: fc.constantFrom('holiday' as const, 'workday' as const),
    note: fc.constant(''),
  }),
  { maxLength: 30 },
);
const calArb = overrideArb.map((overrides) => buildCalendar({ overrides }));
const pauseArb = fc
  .tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: 0, max: 40 }))
  .map(([start, len]) => ({ start, len }));

describe('properties', () => {
  it('adding N then M working days equals adding N + M', () => {
    fc.assert(
      fc.property(calArb, dayArb, fc.nat(40), fc.nat(40), (c, d, n, m) => {
        expect(addWorkingDays(c, addWorkingDays(c, d, n), m)).toBe(addWorkingDays(c, d, n + m));
      }),
      { numRuns: 300 },
    );
  });

  it('a due date (n ≥ 1) is always a working day, and counting back from it gives n', () => {
    fc.assert(
      fc.property(calArb, dayArb, fc.integer({ min: 1, max: 40 }), (c, d, n) => {
        const due = addWorkingDays(c, d, n);
        expect(c.isWorkingDay(due)).toBe(true);
        expect(workingDaysBetween(c, d, due)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('pausing never makes a deadline earlier', () => {
    fc.assert(
      fc.property(calArb, dayArb, fc.nat(40), fc.array(pauseArb, { maxLength: 3 }), (c, d, n, raw) => {
        const pauses = raw.map((p) => ({ after: addDays(d, p.start), through: addDays(d, p.start + p.len) }));
        const paused = countWorkingDays(c, d, n, pauses).date;
        expect(paused >= addWorkingDays(c, d, n)).toBe(true);
        // A longer pause never gives an earlier date than a shorter one.
        const longer = pauses.map((p) => ({ ...p, through: addDays(p.through, 3) }));
        expect(countWorkingDays(c, d, n, longer).date >= paused).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('time zone independence (property)', () => {
  it('gives the same dates for random inputs under Asia/Shanghai, UTC and America/Los_Angeles', () => {
    const samples = fc.sample(
      fc.tuple(overrideArb, dayArb, fc.nat(40), fc.array(pauseArb, { maxLength: 2 })),
      { numRuns: 150, seed: 20251001 },
    );
    const saved = process.env.TZ;
    const runs: string[] = [];
    const offsets: number[] = [];
    try {
      for (const tz of ['Asia/Shanghai', 'UTC', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        offsets.push(new Date(2025, 6, 1).getTimezoneOffset());
        runs.push(
          JSON.stringify(
            samples.map(([overrides, d, n, raw]) => {
              const c = buildCalendar({ overrides });
              const pauses = raw.map((p) => ({
                after: addDays(d, p.start),
                through: addDays(d, p.start + p.len),
              }));
              return [countWorkingDays(c, d, n, pauses), workingDaysBetween(c, d, addDays(d, n * 2))];
            }),
          ),
        );
      }
    } finally {
      process.env.TZ = saved;
    }
    expect(new Set(offsets).size).toBe(3);
    expect(runs[1]).toBe(runs[0]);
    expect(runs[2]).toBe(runs[0]);
  });
});

describe('counts kept per calendar (issue 17)', () => {
  it('a count without pauses is kept for its calendar: the same frozen result, equal to a fresh walk', () => {
    const a = buildCalendar();
    const first = countWorkingDays(a, '2025-09-25', 20);
    expect(countWorkingDays(a, '2025-09-25', 20)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.holidayRuns[0])).toBe(true);
    // A calendar built anew walks again and gives an equal count.
    expect(countWorkingDays(buildCalendar(), '2025-09-25', 20)).toEqual(first);
    expect(countWorkingDays(a, '2025-09-25', 19)).not.toBe(first);
  });

  it('another calendar (an override) is not answered from the first one', () => {
    const a = buildCalendar();
    expect(addWorkingDays(a, '2025-09-25', 20)).toBe('2025-10-29');
    const b = buildCalendar({
      overrides: [{ date: '2025-10-13', kind: 'holiday', note: 'test' }],
    });
    expect(addWorkingDays(b, '2025-09-25', 20)).toBe('2025-10-30');
    expect(addWorkingDays(a, '2025-09-25', 20)).toBe('2025-10-29');
  });

  it('counts with pauses are walked every time (not kept)', () => {
    const pauses = [{ after: '2025-09-26', through: '2025-09-30' }];
    const one = countWorkingDays(cal, '2025-09-25', 20, pauses);
    expect(countWorkingDays(cal, '2025-09-25', 20, pauses)).not.toBe(one);
    expect(countWorkingDays(cal, '2025-09-25', 20, pauses)).toEqual(one);
  });
});

describe('workingDaysBetween from running counts per year (issue 17)', () => {
  /** The day-by-day walk it replaced: working days d in (a, b] outside every pause. */
  function walked(
    c: ReturnType<typeof buildCalendar>,
    a: string,
    b: string,
    pauses: { after: string; through: string }[],
  ): number {
    if (b < a) return -walked(c, b, a, pauses);
    let n = 0;
    for (let d = toDayNumber(a) + 1; d <= toDayNumber(b); d++) {
      const paused = pauses.some((p) => d > toDayNumber(p.after) && d <= toDayNumber(p.through));
      if (!paused && c.isWorkingDay(fromDayNumber(d))) n++;
    }
    return n;
  }

  it('equals the walk for random spans (across years, backwards, officer overrides, overlapping pauses)', () => {
    fc.assert(
      fc.property(
        overrideArb,
        dayArb,
        fc.integer({ min: -900, max: 900 }),
        fc.array(pauseArb, { maxLength: 3 }),
        (overrides, a, span, raw) => {
          const c = buildCalendar({ overrides });
          const b = addDays(a, span);
          const pauses = raw.map((p) => ({
            after: addDays(a, p.start),
            through: addDays(a, p.start + p.len),
          }));
          expect(workingDaysBetween(c, a, b, pauses)).toBe(walked(c, a, b, pauses));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an old request’s days left: nine years of days, the same as the walk', () => {
    const c = buildCalendar();
    expect(workingDaysBetween(c, '2026-12-04', '2017-03-01')).toBe(walked(c, '2026-12-04', '2017-03-01', []));
    // Across a year's end: 1 January (元旦) is a holiday, 2 January a working day.
    expect(workingDaysBetween(c, '2024-12-31', '2025-01-02')).toBe(1);
    expect(workingDaysBetween(c, '2025-09-30', '2025-10-08')).toBe(0);
  });
});

describe('addWorkingDays from running counts per year (issue 17)', () => {
  it('equals the walk (countWorkingDays) for random starts and counts (across years, officer overrides)', () => {
    fc.assert(
      fc.property(overrideArb, dayArb, fc.integer({ min: 0, max: 800 }), (overrides, from, n) => {
        const c = buildCalendar({ overrides });
        expect(addWorkingDays(c, from, n)).toBe(countWorkingDays(c, from, n).date);
      }),
      { numRuns: 400 },
    );
  });

  it('crosses 国庆 and a year’s end as the official arrangements have them; refuses a bad count', () => {
    expect(addWorkingDays(buildCalendar(), '2025-09-30', 0)).toBe('2025-09-30');
    // 2025: 10月1日至8日放假, 10月11日（周六）上班.
    expect(addWorkingDays(buildCalendar(), '2025-09-30', 1)).toBe('2025-10-09');
    // 2026: 1月1日至3日放假, 1月4日（周日）上班.
    expect(addWorkingDays(buildCalendar(), '2025-12-31', 1)).toBe('2026-01-04');
    expect(() => addWorkingDays(buildCalendar(), '2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(buildCalendar(), '2025-01-01', 30_000)).toThrow(RangeError);
  });
});
