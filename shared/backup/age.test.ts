import { describe, expect, it } from 'vitest';
import { backupAgeDays, backupOverdue } from './age';

describe('backup age in calendar days (status bar and dashboard alike)', () => {
  // Instants built from local fields, so the test holds in any time zone.
  const at = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h, 0, 0).toISOString();

  it('counts calendar days, not 24-hour periods', () => {
    expect(backupAgeDays(at(2025, 3, 9, 23), '2025-03-10')).toBe(1);
    expect(backupAgeDays(at(2025, 3, 10, 0), '2025-03-10')).toBe(0);
    expect(backupAgeDays(at(2025, 2, 28, 12), '2025-03-10')).toBe(10);
    expect(backupAgeDays(at(2024, 12, 31, 8), '2025-01-01')).toBe(1);
  });

  it('a backup stamped later than today (clock put back) counts as today', () => {
    expect(backupAgeDays(at(2025, 3, 12, 9), '2025-03-10')).toBe(0);
  });
});

describe('the backup reminder (default after 7 days)', () => {
  it('is due with no backup, or one older than the set number of days', () => {
    expect(backupOverdue(null, 7)).toBe(true);
    expect(backupOverdue(0, 7)).toBe(false);
    expect(backupOverdue(7, 7)).toBe(false);
    expect(backupOverdue(8, 7)).toBe(true);
    expect(backupOverdue(2, 1)).toBe(true);
  });
});
