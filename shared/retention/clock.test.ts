import { describe, expect, it } from 'vitest';
import { CLOCK_AHEAD_LIMIT_DAYS, checkClock } from './clock';

describe('trusting the clock for an irreversible step', () => {
  const newest = '2026-03-02T08:00:00.000Z';
  it('trusts a clock at or after the newest change, up to 366 days after it', () => {
    expect(checkClock('2026-03-02T08:00:00.000Z', newest)).toBeNull();
    expect(checkClock('2026-03-02T07:58:00.000Z', newest)).toBeNull(); // within 5 minutes
    expect(checkClock('2027-03-03T08:00:00.000Z', newest)).toBeNull(); // 366 days
    expect(checkClock('2000-01-01T00:00:00.000Z', null)).toBeNull(); // nothing stored yet
  });
  it('refuses a clock set back (a dead CMOS battery) or far ahead (a mistyped year)', () => {
    expect(checkClock('2000-01-01T00:00:00.000Z', newest)).toEqual({
      problem: 'behind',
      newestChange: newest,
    });
    expect(checkClock('2026-03-01T08:00:00.000Z', newest)).toMatchObject({ problem: 'behind' });
    expect(checkClock('2027-03-03T08:00:01.000Z', newest)).toMatchObject({ problem: 'ahead' });
    expect(checkClock('2062-03-02T08:00:00.000Z', newest)).toMatchObject({ problem: 'ahead' });
    expect(CLOCK_AHEAD_LIMIT_DAYS).toBe(366);
  });
});
