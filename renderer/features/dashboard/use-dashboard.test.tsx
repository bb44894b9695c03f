// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { todayLocal } from '../../app/session';
import { useOpenYear } from '../../components/open-year';
import { resetTablesQueryResults } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { resetKeptReads } from '../../db/repositories/kept-reads';
import { getSettings } from '../../db/repositories/settings';
import { testConsultation } from '../../db/test-fixtures';
import { idleRead, keptFor, prefetch, READ_AGAIN_MAX, resetReadAgain } from './dashboard-reads';
import type { DashboardFigures } from './figures';
import { useDashboard } from './use-dashboard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What each render of the dashboard's hooks had: figures, the install's state, the open year. */
const renders: string[] = [];
/** The figures object of each render that had figures. */
const shown: unknown[] = [];
function Probe() {
  const today = todayLocal();
  // As DashboardPage asks them.
  const openYear = useOpenYear();
  const chartYear = openYear?.year || Number(today.slice(0, 4));
  const { figures, install } = useDashboard(today, chartYear);
  if (figures) shown.push(figures);
  renders.push(`figures:${Boolean(figures)} install:${Boolean(install)} openYear:${Boolean(openYear)}`);
  return null;
}

async function firstRender(): Promise<string | undefined> {
  renders.length = 0;
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe />));
  await act(() => new Promise((r) => setTimeout(r, 50)));
  await act(async () => root.unmount());
  return renders[0];
}

describe("the dashboard's first render after the start's reads (issue 17)", () => {
  beforeEach(() => {
    resetTablesQueryResults();
    resetKeptReads();
    resetReadAgain();
  });
  afterAll(() => db.close());

  it('without them the first render has nothing to show (the spinner)', async () => {
    expect(await firstRender()).toBe('figures:false install:false openYear:false');
  });

  it('after prefetch the first render has the figures, the install and the open year: the same reads', async () => {
    await prefetch(await getSettings(db), todayLocal(), new URLSearchParams());
    expect(await firstRender()).toBe('figures:true install:true openYear:true');
  });

  it('opened again with no write since, it shows the figures computed the first time', async () => {
    await prefetch(await getSettings(db), todayLocal(), new URLSearchParams());
    shown.length = 0;
    await firstRender();
    await firstRender();
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.at(-1)).toBe(shown[0]);
  });

  it('after a write, read again in idle time: opened next, it draws the new figures in its first render', async () => {
    await prefetch(await getSettings(db), todayLocal(), new URLSearchParams());
    await firstRender();
    const today = todayLocal();
    const phoneNow = (f: DashboardFigures) => f.consultations.find((c) => c.channel === 'phone')?.count;
    const before = phoneNow(shown.at(-1) as DashboardFigures);
    await db.consultations.add(testConsultation('c-read-again', today, '测试咨询（读后重算）'));
    // The read begins 300 ms after the write, in idle time (a timer here: Node has no idle callbacks).
    await new Promise((r) => setTimeout(r, 700));
    shown.length = 0;
    expect(await firstRender()).toBe('figures:true install:true openYear:true');
    expect(phoneNow(shown[0] as DashboardFigures)).toBe((before ?? 0) + 1);
  });

  it('read in idle time after a start elsewhere: its first visit is drawn at once, with its figures', async () => {
    expect(keptFor(new URLSearchParams())).toBe(false);
    await idleRead();
    // Its figures are computed in a later idle moment (a timer here: Node has no idle callbacks).
    await new Promise((r) => setTimeout(r, 100));
    expect(keptFor(new URLSearchParams())).toBe(true);
    // Another chart year within the same window of years is the same read.
    expect(await firstRender()).toBe('figures:true install:true openYear:true');
    // A write: the kept read is no longer this address's.
    await db.consultations.add(testConsultation('c-idle-read', todayLocal(), '测试咨询（空闲时读）'));
    expect(keptFor(new URLSearchParams())).toBe(false);
  });

  it('not read in idle time when its window holds more than a bureau’s year', async () => {
    const today = todayLocal();
    await db.consultations.bulkAdd(
      Array.from({ length: READ_AGAIN_MAX + 1 }, (_, i) =>
        testConsultation(`c-many-${i}`, today, `测试咨询${i}`),
      ),
    );
    try {
      await idleRead();
      await new Promise((r) => setTimeout(r, 100));
      expect(keptFor(new URLSearchParams())).toBe(false);
    } finally {
      await db.consultations.where('id').startsWith('c-many-').delete();
    }
  });
});
