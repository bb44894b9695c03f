import { describe, expect, it } from 'vitest';
import { closingWindowEnd, yearBeingClosed } from './year-being-closed';

const base = { reportDueMonthDay: '01-31', finalisedYears: [] as number[], yearsWithRecords: [2025, 2026] };

describe('the year being closed', () => {
  it('is last year from 1 January while its report is not finalised', () => {
    expect(yearBeingClosed({ ...base, today: '2026-01-04' })).toEqual({
      year: 2025,
      closing: true,
      other: 2026,
    });
    expect(yearBeingClosed({ ...base, today: '2026-02-28' }).year).toBe(2025);
  });

  it('moves to this year once last year is finalised', () => {
    expect(yearBeingClosed({ ...base, today: '2026-01-20', finalisedYears: [2025] })).toEqual({
      year: 2026,
      closing: false,
      other: 2025,
    });
  });

  it('is this year when the app holds no records of last year (nothing to close here)', () => {
    expect(yearBeingClosed({ ...base, today: '2026-01-04', yearsWithRecords: [2026] }).year).toBe(2026);
  });

  it('stops pointing backwards after the month following the due date', () => {
    expect(yearBeingClosed({ ...base, today: '2026-03-01' }).year).toBe(2026);
    expect(yearBeingClosed({ ...base, today: '2026-12-04' }).year).toBe(2026);
    // A township whose report is due 3月31日 keeps last year open through April.
    expect(yearBeingClosed({ ...base, reportDueMonthDay: '03-31', today: '2026-04-30' }).year).toBe(2025);
    expect(closingWindowEnd(2028, '01-31')).toBe('2028-02-29');
  });
});
