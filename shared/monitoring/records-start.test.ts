import { describe, expect, it } from 'vitest';
import { monthSummary, recordsStartMonth } from './monthly';

describe('months before the records start are not blank months (issue 13 item 15)', () => {
  it('an empty install in December has no 空白月 and no streak', () => {
    const start = recordsStartMonth(null, [], '2026-12-04');
    expect(start).toBe('2026-12');
    const s = monthSummary([], 2026, 8, '2026-12-04', start);
    expect(s.blankMonths).toEqual([]);
    expect(s.blankStreak).toBe(0);
    expect(s.months[0]?.status).toBe('beforeRecords');
  });

  it('starts at the first record by default, or at the month the officer set', () => {
    const items = [{ publishedDate: '2026-05-10' }, { publishedDate: '2026-09-01' }];
    const byFirst = monthSummary(
      items,
      2026,
      1,
      '2026-12-04',
      recordsStartMonth(null, ['2026-05-10'], '2026-12-04'),
    );
    expect(byFirst.blankMonths).toEqual([6, 7, 8, 10, 11]);
    const bySetting = monthSummary(
      items,
      2026,
      1,
      '2026-12-04',
      recordsStartMonth('2026-03', ['2026-05-10'], '2026-12-04'),
    );
    expect(bySetting.blankMonths).toEqual([3, 4, 6, 7, 8, 10, 11]);
    expect(recordsStartMonth(null, [undefined, '2026-07-01', '2026-02-03'], '2026-12-04')).toBe('2026-02');
  });
});
