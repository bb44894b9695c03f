import { describe, expect, it } from 'vitest';
import { addWorkingDays, buildCalendar } from '../../../shared/calendar';
import { makeTestDb } from '../test-db';
import { ValidationError } from './errors';
import { loadCalendarData, putOverrides, removeOverride, setYearComplete } from './calendar';

const ctx = { actor: '测试员', now: '2025-06-01T02:00:00.000Z' };

describe('calendar store', () => {
  it('stores overrides that then move a due date, and audits every change', async () => {
    const db = makeTestDb();
    expect(addWorkingDays(buildCalendar(await loadCalendarData(db)), '2025-09-25', 20)).toBe('2025-10-29');
    await putOverrides(db, [{ date: '2025-10-29', kind: 'holiday', note: '测试调整' }], ctx);
    expect(addWorkingDays(buildCalendar(await loadCalendarData(db)), '2025-09-25', 20)).toBe('2025-10-30');
    await putOverrides(db, [{ date: '2025-10-29', kind: 'workday', note: '改回' }], ctx);
    await removeOverride(db, '2025-10-29', ctx);
    expect(await db.calendarOverrides.count()).toBe(0);
    const audit = await db.audit.where('store').equals('calendarOverrides').toArray();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses an invalid override and writes nothing', async () => {
    const db = makeTestDb();
    await expect(
      putOverrides(
        db,
        [
          { date: '2027-01-01', kind: 'holiday', note: '' },
          { date: '2027-02-30', kind: 'holiday', note: '' },
        ],
        ctx,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.calendarOverrides.count()).toBe(0);
  });

  it('marks a year complete so it counts as known', async () => {
    const db = makeTestDb();
    await setYearComplete(db, 2027, true, ctx);
    expect(buildCalendar(await loadCalendarData(db)).isKnownYear(2027)).toBe(true);
    await setYearComplete(db, 2027, false, ctx);
    expect(buildCalendar(await loadCalendarData(db)).isKnownYear(2027)).toBe(false);
  });
});
