// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it } from 'vitest';
import type { DayInfo, WorkCalendar } from '../../../shared/calendar';
import { db } from '../../db/database';
import { putOverrides } from '../../db/repositories/calendar';
import { keptFor, prefetch } from './calendar-reads';
import { calendarOf, useCalendarData } from './use-work-calendar';
import { YearGrid } from './YearGrid';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterAll(() => db.close());

/** The page's other state (a day's dialog) beside its grid. */
let pickDay: (d: DayInfo | null) => void = () => undefined;
function GridPage({ calendar }: { calendar: WorkCalendar }) {
  const [picked, setPicked] = useState<DayInfo | null>(null);
  pickDay = setPicked;
  return (
    <>
      <span>{picked?.date ?? ''}</span>
      <YearGrid year={2025} calendar={calendar} onDayClick={setPicked} />
    </>
  );
}

/** Each render's count of the calendar's overrides, and its calendar's day. */
const firsts: number[] = [];
const kinds: string[] = [];
function Probe() {
  const { data, calendar } = useCalendarData();
  firsts.push(data.overrides.length);
  kinds.push(calendar.describe('2025-10-13').kind);
  return null;
}

describe('工作日历 drawn once a visit (issue 17)', () => {
  it('the year grid is not drawn again for the page’s other state (a day’s dialog)', async () => {
    const base = calendarOf({ overrides: [], years: [] });
    let described = 0;
    // The same calendar, counting the days the grid describes as it draws them.
    const counting: WorkCalendar = {
      ...base,
      describe: (date: string) => {
        described += 1;
        return base.describe(date);
      },
    };
    const el = document.createElement('div');
    const root = createRoot(el);
    await act(async () => root.render(<GridPage calendar={counting} />));
    expect(described).toBe(365);
    const day = base.describe('2025-10-01');
    await act(async () => pickDay(day));
    expect(el.querySelector('span')?.textContent).toBe('2025-10-01');
    expect(described).toBe(365);
    await act(async () => root.unmount());
  });

  it('after the calendar was read, the page’s first render has its stores, not the bundled calendar alone', async () => {
    await putOverrides(db, [{ date: '2025-10-13', kind: 'holiday', note: '测试调整' }], {
      actor: '测试',
      now: '2025-01-01T00:00:00.000Z',
    });
    await prefetch();
    expect(keptFor()).toBe(true);
    firsts.length = 0;
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe />));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    // Drawn with the override from the first render on, and not again when the live read finds the same data.
    expect(firsts[0]).toBe(1);
    expect(firsts.every((n) => n === 1)).toBe(true);
    expect(firsts).toHaveLength(1);
    expect(kinds).toEqual(['holiday']);
    await act(async () => root.unmount());
  });
});
