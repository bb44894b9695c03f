import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/work-calendar';
import { publicationClock } from './publication-deadline';

const cal = buildCalendar();

describe('publicationClock (条例第二十六条)', () => {
  it('flags an item published more than 20 working days after it was formed', () => {
    expect(
      publicationClock({ formedDate: '2025-09-25', publishedDate: '2025-10-29' }, cal, '2025-11-01'),
    ).toMatchObject({
      due: '2025-10-29',
      late: false,
      workingDaysTaken: 20,
    });
    expect(
      publicationClock({ formedDate: '2025-09-25', publishedDate: '2025-10-30' }, cal, '2025-11-01'),
    ).toMatchObject({
      late: true,
      workingDaysTaken: 21,
    });
  });

  it('shows an unpublished item as overdue once the 20 working days pass', () => {
    expect(
      publicationClock({ formedDate: '2025-09-25', publishedDate: null }, cal, '2025-10-29'),
    ).toMatchObject({
      overdue: false,
      workingDaysLeft: 0,
    });
    expect(
      publicationClock({ formedDate: '2025-09-25', publishedDate: null }, cal, '2025-10-30'),
    ).toMatchObject({
      overdue: true,
      workingDaysLeft: -1,
    });
  });
});
