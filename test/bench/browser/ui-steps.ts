import type { Page } from '@playwright/test';
import { median } from '../measure';
import type { Targets } from '../profiles';
import { clickAndWait, navigateAndWait, type ReadyCheck } from './app-ui';
import { digestMarks, digestsByRound, untilDigestsSaved } from './digest-marks';
import type { Recorder } from './recorder';
import { ratedMeta, throttled } from './throttle';

/** How a round of UI steps runs: the CPU slowdown and the profile's targets. */
export interface UiRun {
  rate: number;
  targets: Targets;
}

/** The "共 N 条" the publications list must show for the filters the bench applies. */
export interface ListExpectations {
  year: number;
  q: string;
  /** Publications not in the trash: the unfiltered list's count. */
  liveCount: number;
  yearCount: number;
  yearTextCount: number;
  textCount: number;
  /** Consultations not in the trash. */
  consultationsLive: number;
}

/** The pause between two actions of a person (the list may read ahead meanwhile). */
const THINK_MS = 1500;

const list = (total: number, rowsContain?: string[]): ReadyCheck => ({
  root: 'register-publications',
  rows: true,
  rowsContain,
  total,
});

/**
 * A freshly loaded app on its settings page. `goto` to an address that differs only in its hash
 * (or not at all) is a same-document navigation: the app stays loaded, with every page visited
 * before in memory. Until 2026-12-05 this did only that, so a round's "first open in the session"
 * was a first open only in the round that loaded the app; now the page is loaded again.
 */
export async function openSettings(page: Page, base: string) {
  await page.goto(`${base}/#/settings`);
  await page.reload();
  await page.getByTestId('page-title').waitFor();
  await page.waitForLoadState('networkidle');
}

/** The publications list with 200,000 records: open it, filter by year, then by text, then text alone. */
export async function listSteps(
  page: Page,
  rec: Recorder,
  base: string,
  ex: ListExpectations,
  runs: number,
  ui: UiRun,
): Promise<void> {
  const countShown: Record<string, number[]> = {};
  const digests: string[] = [];
  const { uiMs, maxTaskMs } = ui.targets;
  const metas = [
    {
      id: 'ui.listOpenFirst',
      label: `publications list: first open in the session (${ex.liveCount} rows)`,
      targetMs: uiMs,
      note: 'from the settings page of a freshly loaded app: includes loading the page code',
    },
    {
      id: 'ui.listOpen',
      label: 'publications list: open again, first rows painted',
      targetMs: uiMs,
      note: 'from the settings page, the page code already loaded',
    },
    { id: 'ui.filterYear', label: `filter by year (${ex.year}: ${ex.yearCount} rows)`, targetMs: uiMs },
    { id: 'ui.filterYearText', label: `then by text "${ex.q}" (${ex.yearTextCount} rows)`, targetMs: uiMs },
    {
      id: 'ui.filterText',
      label: `text "${ex.q}" over all years (${ex.textCount} rows): first rows`,
      targetMs: uiMs,
      note: 'from the unfiltered list',
    },
  ].map((m) => ratedMeta({ ...m, maxTaskMs }, ui.rate));
  const id = (base: string) => ratedMeta({ id: base, label: '' }, ui.rate).id;
  await rec.rounds(
    metas,
    runs,
    () =>
      throttled(page, ui.rate, async () => {
        await openSettings(page, base);
        const q = encodeURIComponent(ex.q);
        // A person takes a moment between two filters; the app may use it (it reads a chosen year ahead).
        const pause = () => page.waitForTimeout(THINK_MS);
        // Each step also waits for the expected "共 N 条", so a wrong result fails instead of passing.
        const first = await navigateAndWait(page, '#/publications', list(ex.liveCount));
        await navigateAndWait(page, '#/settings', { root: 'page-title' });
        await pause();
        const open = await navigateAndWait(page, '#/publications', list(ex.liveCount));
        await pause();
        const year = await navigateAndWait(
          page,
          `#/publications?year=${ex.year}`,
          list(ex.yearCount, [`${ex.year}-`]),
        );
        await pause();
        const yearText = await navigateAndWait(
          page,
          `#/publications?year=${ex.year}&q=${q}`,
          list(ex.yearTextCount, [`${ex.year}-`, ex.q]),
        );
        await pause();
        // From the unfiltered list again, so rows holding the text can only be the new result.
        await navigateAndWait(page, '#/publications', list(ex.liveCount));
        await pause();
        const text = await navigateAndWait(
          page,
          `#/publications?q=${q}`,
          list(ex.textCount, [ex.q]),
          120_000,
        );
        // Not measured: the round ends once the app has saved what it built (digest-marks.ts).
        await untilDigestsSaved(page);
        digests.push(await digestMarks(page));
        for (const [key, t] of Object.entries({ first, open, year, yearText, text })) {
          countShown[key] = [...(countShown[key] ?? []), t.totalMs];
        }
        return {
          [id('ui.listOpenFirst')]: first,
          [id('ui.listOpen')]: open,
          [id('ui.filterYear')]: year,
          [id('ui.filterYearText')]: yearText,
          [id('ui.filterText')]: text,
        };
      }),
    () => {
      const at = (key: string) =>
        `"共 N 条" shown at ${median(countShown[key] ?? []).toFixed(0)} ms (median)`;
      return {
        [id('ui.listOpenFirst')]: at('first'),
        [id('ui.listOpen')]: at('open'),
        [id('ui.filterYear')]: at('year'),
        [id('ui.filterYearText')]: at('yearText'),
        [id('ui.filterText')]: `${at('text')}; ${digestsByRound(digests)}`,
      };
    },
  );
}

/** The consultations list (100,000 records over ten years): open it from another page. */
export async function consultationsStep(
  page: Page,
  rec: Recorder,
  base: string,
  ex: ListExpectations,
  runs: number,
  ui: UiRun,
) {
  await rec.step(
    ratedMeta(
      {
        id: 'ui.consultationsOpen',
        label: `consultations list: open (${ex.consultationsLive} rows)`,
        targetMs: ui.targets.uiMs,
        maxTaskMs: ui.targets.maxTaskMs,
      },
      ui.rate,
    ),
    runs,
    () =>
      throttled(page, ui.rate, async () => {
        await openSettings(page, base);
        const check: ReadyCheck = { root: 'register-consultations', rows: true, total: ex.consultationsLive };
        return navigateAndWait(page, '#/consultations', check);
      }),
  );
}

export async function requestStep(
  page: Page,
  rec: Recorder,
  base: string,
  request: { id: string; serial: string },
  runs: number,
  ui: UiRun,
) {
  await rec.step(
    ratedMeta(
      {
        id: 'ui.openRequest',
        label: `open request ${request.serial} from the requests list`,
        targetMs: ui.targets.uiMs,
        maxTaskMs: ui.targets.maxTaskMs,
      },
      ui.rate,
    ),
    runs,
    () =>
      throttled(page, ui.rate, async () => {
        await openSettings(page, base);
        await navigateAndWait(page, '#/requests', { root: 'register-requests', rows: true });
        return navigateAndWait(page, `#/requests/${request.id}`, { root: 'request-detail' });
      }),
  );
}

/**
 * A publication's form (issue 17: "every click under 100 ms"): 新增 from the list, 编辑 from a
 * record's detail, and 保存 of that edit back to its detail (the record saved unchanged: the data
 * set stays as generated, but the save writes it and its audit entry as any save does).
 */
export async function formSteps(page: Page, rec: Recorder, base: string, runs: number, ui: UiRun) {
  const common = { targetMs: ui.targets.uiMs, maxTaskMs: ui.targets.maxTaskMs };
  const id = (base: string) => ratedMeta({ id: base, label: '' }, ui.rate).id;
  await rec.rounds(
    [
      { id: 'ui.formNew', label: 'publication form: 新增 from the list', ...common },
      { id: 'ui.formEdit', label: "publication form: 编辑 from a record's detail", ...common },
      { id: 'ui.formSave', label: 'publication form: 保存, back to the detail', ...common },
    ].map((m) => ratedMeta(m, ui.rate)),
    runs,
    () =>
      throttled(page, ui.rate, async () => {
        await openSettings(page, base);
        await navigateAndWait(page, '#/publications', { root: 'register-publications', rows: true });
        await page.waitForTimeout(THINK_MS);
        const fresh = await navigateAndWait(page, '#/publications/new', { root: 'publication-form' });
        await page.waitForTimeout(THINK_MS);
        // Closed with nothing typed: no question, back to the list.
        await navigateAndWait(page, '#/publications', { root: 'register-publications', rows: true });
        const first = await page
          .locator('[data-testid="register-publications"] .ant-table-row')
          .first()
          .getAttribute('data-row-key');
        if (!first) throw new Error('the publications list shows no row to open');
        await navigateAndWait(page, `#/publications/${first}`, { root: 'publication-detail' });
        await page.waitForTimeout(THINK_MS);
        const edit = await navigateAndWait(page, `#/publications/${first}/edit`, {
          root: 'publication-form',
        });
        await page.waitForTimeout(THINK_MS);
        const save = await clickAndWait(page, 'save-record', 'publication-detail', 'publication-form');
        return { [id('ui.formNew')]: fresh, [id('ui.formEdit')]: edit, [id('ui.formSave')]: save };
      }),
  );
}
