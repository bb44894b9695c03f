import type { Page } from '@playwright/test';
import { median } from '../measure';
import { switchAndWait } from './app-ui';
import { digestMarks, digestsByRound, untilDigestsSaved } from './digest-marks';
import type { Recorder } from './recorder';
import { ratedMeta, throttled } from './throttle';
import { openSettings, type UiRun } from './ui-steps';

/** The pages of the menu, in a newcomer's order (each one's content differs from the last one's). */
const PAGES = [
  'dashboard',
  'publications',
  'requests',
  'consultations',
  'appeals',
  'report',
  'catalogue',
  'import',
  'trash',
  'backup',
  'calendar',
  'deadline-calculator',
  'settings',
];

/**
 * Page switches through the menu (issue 17: "< 100 ms in the production build"): from a freshly
 * loaded app every page once (its code loads on the first visit), then every page again. A round's
 * figure is its slowest page; the note names each page's median.
 */
export async function pageSwitchSteps(
  page: Page,
  rec: Recorder,
  base: string,
  runs: number,
  ui: UiRun,
): Promise<void> {
  // Each page's times and longest tasks by kind of visit (the note names both: which page holds a round's longest task).
  type Visits = { ms: number[]; task: number[] };
  const perPage: Record<string, { first: Visits; again: Visits }> = {};
  // What each round's search digests did (search-digest.ts markDigest): loaded, built or dropped.
  const digests: string[] = [];
  const id = (base: string) => ratedMeta({ id: base, label: '' }, ui.rate).id;
  const common = { targetMs: ui.targets.uiMs, maxTaskMs: ui.targets.maxTaskMs };
  await rec.rounds(
    [
      {
        id: 'ui.pageSwitchFirst',
        label: `page switch, first visit in the session (slowest of ${PAGES.length} pages)`,
        note: 'includes loading the page code',
        ...common,
      },
      {
        id: 'ui.pageSwitch',
        label: `page switch, later visits (slowest of ${PAGES.length} pages)`,
        ...common,
      },
    ].map((m) => ratedMeta(m, ui.rate)),
    runs,
    () =>
      throttled(page, ui.rate, async () => {
        await openSettings(page, base);
        const round = { first: { ms: 0, longestTaskMs: 0 }, again: { ms: 0, longestTaskMs: 0 } };
        for (const kind of ['first', 'again'] as const) {
          // Settings is the page the round starts on: its first visit is the load itself.
          for (const path of kind === 'first' ? PAGES.filter((p) => p !== 'settings') : PAGES) {
            const t = await switchAndWait(page, `#/${path}`);
            const entry = perPage[path] ?? { first: { ms: [], task: [] }, again: { ms: [], task: [] } };
            entry[kind].ms.push(t.ms);
            entry[kind].task.push(t.longestTaskMs);
            perPage[path] = entry;
            round[kind].ms = Math.max(round[kind].ms, t.ms);
            round[kind].longestTaskMs = Math.max(round[kind].longestTaskMs, t.longestTaskMs);
          }
        }
        await untilDigestsSaved(page);
        digests.push(await digestMarks(page));
        return { [id('ui.pageSwitchFirst')]: round.first, [id('ui.pageSwitch')]: round.again };
      }),
    () => {
      const list = (kind: 'first' | 'again') =>
        Object.entries(perPage)
          .filter(([, v]) => v[kind].ms.length > 0)
          .map(
            ([p, v]) =>
              `${p} ${median(v[kind].ms).toFixed(0)} (task ${Math.max(...v[kind].task).toFixed(0)})`,
          )
          .join(', ');
      return {
        [id('ui.pageSwitchFirst')]:
          `medians (ms), with each page's longest task: ${list('first')}; ${digestsByRound(digests)}`,
        [id('ui.pageSwitch')]: `medians (ms), with each page's longest task: ${list('again')}`,
      };
    },
  );
}

/** The report page of `year` opened from the settings page until its tables show the figures. */
export async function reportOpenStep(
  page: Page,
  rec: Recorder,
  base: string,
  year: number,
  runs: number,
  ui: UiRun,
): Promise<void> {
  const id = (base: string) => ratedMeta({ id: base, label: '' }, ui.rate).id;
  const common = { targetMs: ui.targets.reportOpenMs, maxTaskMs: ui.targets.maxTaskMs };
  await rec.rounds(
    [
      {
        id: 'ui.reportOpenFirst',
        label: `report page ${year} with its figures, first open in the session`,
        note: 'includes loading the page code',
        ...common,
      },
      { id: 'ui.reportOpen', label: `report page ${year} with its figures, opened again`, ...common },
    ].map((m) => ratedMeta(m, ui.rate)),
    runs,
    () =>
      throttled(page, ui.rate, async () => {
        await openSettings(page, base);
        const first = await switchAndWait(page, `#/report?year=${year}`);
        await switchAndWait(page, '#/settings');
        await page.waitForTimeout(500);
        const again = await switchAndWait(page, `#/report?year=${year}`);
        return { [id('ui.reportOpenFirst')]: first, [id('ui.reportOpen')]: again };
      }),
  );
}
