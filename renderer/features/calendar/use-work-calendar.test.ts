import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../../shared/calendar';
import { calendarOf } from './use-work-calendar';

describe('the calendar a page uses (issue 17)', () => {
  it('the same stored data gives the same calendar object; changed data a new one', () => {
    const empty = calendarOf({ overrides: [], years: [] });
    expect(calendarOf({ overrides: [], years: [] })).toBe(empty);
    const withHoliday = calendarOf({
      overrides: [{ date: '2025-10-13', kind: 'holiday', note: '' }],
      years: [],
    });
    expect(withHoliday).not.toBe(empty);
    expect(addWorkingDays(withHoliday, '2025-09-25', 20)).toBe('2025-10-30');
    expect(addWorkingDays(calendarOf({ overrides: [], years: [] }), '2025-09-25', 20)).toBe('2025-10-29');
  });
});
