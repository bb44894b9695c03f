import { expect, type Page, test } from '@playwright/test';
import { enterRequest, fillDate, openApp, publish, save } from './support/app';

/**
 * The first screen before the rest (issue 17): the dashboard's lower cards (timeliness, the two
 * charts) and the report page's text sections, 定稿 card and signature are drawn once the page's first
 * screen has been painted, so a page switch waits only for what the officer sees. Observed through
 * the menu: a MutationObserver set up before the app loads records the animation frame in which each
 * part first enters the document; a later frame means a paint came in between.
 */
async function watchFrames(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __frame: number; __firstSeen: Record<string, number> };
    w.__frame = 0;
    w.__firstSeen = {};
    const tick = () => {
      w.__frame += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      for (const id of [
        'dash-requests',
        'dash-timeliness',
        'dash-consultations',
        'report-table2',
        'sign-preview',
        'finalise',
        'profile-form',
        'letters-settings',
      ])
        if (!(id in w.__firstSeen) && document.querySelector(`[data-testid="${id}"]`))
          w.__firstSeen[id] = w.__frame;
    }).observe(document, { childList: true, subtree: true });
  });
}

/**
 * From the next document on: each time an element matching `selector` enters the document (a
 * MutationObserver set up before the app loads). Gives the count so far.
 */
async function countEntering(page: Page, selector: string): Promise<() => Promise<number>> {
  await page.addInitScript((watched) => {
    const w = window as unknown as { __entered: number };
    w.__entered = 0;
    let shown = false;
    new MutationObserver(() => {
      const now = document.querySelector(watched) !== null;
      if (now && !shown) w.__entered += 1;
      shown = now;
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { __entered: number }).__entered);
}

const firstSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstSeen: Record<string, number> }).__firstSeen);

test('the dashboard, the report page and settings paint their first screen before the parts below it', async ({
  page,
}) => {
  await publish(page, '测试县测试局首屏测试通知', '2025-03-03', '2025-03-05');
  await watchFrames(page);
  // A fresh document (the observer is set up as it loads), then the dashboard through the menu.
  await page.goto('about:blank');
  await openApp(page, '/settings');
  // Settings: the agency's profile first, the sections below it (letters, data) after its paint.
  await expect(page.getByTestId('letters-settings')).toBeAttached();
  const settings = await firstSeen(page);
  expect(settings['letters-settings']).toBeGreaterThan(settings['profile-form'] ?? Number.POSITIVE_INFINITY);
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByTestId('dash-consultations')).toBeAttached();
  await expect(page.getByTestId('dash-timeliness')).toBeAttached();
  const dash = await firstSeen(page);
  expect(dash['dash-timeliness']).toBeGreaterThan(dash['dash-requests'] ?? Number.POSITIVE_INFINITY);
  expect(dash['dash-consultations']).toBeGreaterThan(dash['dash-requests'] ?? Number.POSITIVE_INFINITY);

  await page.getByRole('menuitem', { name: '年度报告' }).click();
  await expect(page.getByTestId('sign-preview')).toBeAttached();
  await expect(page.getByTestId('finalise')).toBeAttached();
  const report = await firstSeen(page);
  expect(report['sign-preview']).toBeGreaterThan(report['report-table2'] ?? Number.POSITIVE_INFINITY);
  expect(report.finalise).toBeGreaterThan(report['report-table2'] ?? Number.POSITIVE_INFINITY);
  // Drawn, they are what they were: the text sections and the signature with the agency's name.
  await expect(page.getByTestId('sign-preview')).toBeVisible();
});

test('a start on the dashboard draws its figures at once, and so does a later visit: never its spinner', async ({
  page,
}) => {
  await publish(page, '测试县测试局首屏读取测试通知', '2025-03-03', '2025-03-05');
  // Every time the dashboard's own spinner (its figures not read yet) entered the document.
  const spinners = await countEntering(page, '[data-testid="dash-loading"]');
  // A fresh document on the first screen: its reads begin before the app is drawn (issue 17).
  await page.goto('about:blank');
  await openApp(page, '/');
  await expect(page.getByTestId('dash-requests')).toBeVisible();
  expect(await spinners()).toBe(0);
  // Away and back: the figures read before are drawn in the page's first render.
  await page.getByRole('menuitem', { name: '年度报告' }).click();
  await expect(page.getByTestId('report-table2')).toBeVisible();
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByTestId('dash-requests')).toBeVisible();
  expect(await spinners()).toBe(0);
});

test('a start straight into 主动公开 or 依申请公开 draws its rows at once, and a list’s first visit from the menu too: never the table’s loading state', async ({
  page,
}) => {
  await publish(page, '测试县测试局列表首屏测试通知', '2025-03-03', '2025-03-05');
  await openApp(page, '/consultations/new');
  await fillDate(page, 'field-date', '2025-04-01');
  await page.getByTestId('field-topic').fill('测试咨询：列表首屏');
  await save(page);
  await expect(page.getByTestId('consultation-detail')).toContainText('测试咨询：列表首屏');
  // Every time a register's table entered its loading state (its rows not read yet).
  const loadings = await countEntering(page, '[data-testid^="register-"] .ant-spin-spinning');
  // A fresh document on the list: its first page and count are read before the app is drawn.
  await page.goto('about:blank');
  await openApp(page, '/publications');
  await expect(page.getByTestId('register-publications')).toContainText('测试县测试局列表首屏测试通知');
  expect(await loadings()).toBe(0);
  // Idle time after the start reads the consultations list's first page (after its code, in menu
  // order; the catalogue's code comes after it): its first visit draws its rows at once.
  await page.waitForFunction(
    () => performance.getEntriesByType('resource').some((e) => e.name.includes('CataloguePage')),
    undefined,
    { timeout: 15_000 },
  );
  await page.getByRole('menuitem', { name: '咨询' }).click();
  await expect(page.getByTestId('register-consultations')).toContainText('测试咨询：列表首屏');
  expect(await loadings()).toBe(0);
  // A start straight into 依申请公开 reads its list before the app is drawn too.
  await page.goto('about:blank');
  await openApp(page, '/requests');
  await expect(page.getByTestId('register-requests').locator('.ant-table')).toBeVisible();
  expect(await loadings()).toBe(0);
});

test('a first visit from the menu reads the page before drawing it: 依申请公开 never shows its table loading, 工作台 never its spinner', async ({
  page,
}) => {
  await publish(page, '测试县测试局首次访问测试通知', '2025-03-03', '2025-03-05');
  await enterRequest(page, {
    serial: '2025-900',
    channel: '邮寄',
    submitted: '2025-09-24',
    received: '2025-09-25',
    applicant: '测试申请人首访',
    content: '测试：首次访问的申请内容',
  });
  // Every time the requests table entered its loading state, or the dashboard its spinner.
  const loadings = await countEntering(
    page,
    '[data-testid="register-requests"] .ant-spin-spinning, [data-testid="dash-loading"]',
  );
  // A fresh document on settings: neither page has been drawn in it, and neither list is read in
  // idle time (the requests list is read on its first visit only).
  await page.goto('about:blank');
  await openApp(page, '/settings');
  await page.getByRole('menuitem', { name: '依申请公开' }).click();
  await expect(page.getByTestId('register-requests')).toContainText('测试：首次访问的申请内容');
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByTestId('dash-requests')).toBeVisible();
  expect(await loadings()).toBe(0);
});

test('目录 and 复议诉讼 from the menu are read before they are drawn: neither table shows its loading state', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2025-06-02T10:00:00+08:00'));
  await publish(page, '测试县测试局目录首访测试通知', '2025-03-03', '2025-03-05');
  await openApp(page, '/appeals/new');
  await page.getByTestId('appeal-form').getByLabel('案号').fill('测复〔2025〕9号');
  await fillDate(page, 'field-filedDate', '2025-05-06');
  await save(page);
  await expect(page.getByTestId('appeal-detail')).toContainText('测复〔2025〕9号');
  // Every time either table entered its loading state (catalogue-reads.ts, appeal-reads.ts).
  const loadings = await countEntering(
    page,
    '[data-testid="catalogue-table"] .ant-spin-spinning, [data-testid="register-appeals"] .ant-spin-spinning',
  );
  // A fresh document on settings: neither page has been drawn in it.
  await page.goto('about:blank');
  await openApp(page, '/settings');
  await page.getByRole('menuitem', { name: '公开目录与指南' }).click();
  await expect(page.getByTestId('catalogue-table')).toContainText('测试县测试局目录首访测试通知');
  await page.getByRole('menuitem', { name: '复议诉讼' }).click();
  await expect(page.getByTestId('register-appeals')).toContainText('测复〔2025〕9号');
  expect(await loadings()).toBe(0);
});

test('the app fills the window edge to edge: no margin around it, no sideways scroll with a record’s drawer open', async ({
  page,
}) => {
  const frame = () =>
    page.evaluate(() => {
      const shell = document.querySelector('.ant-layout')?.getBoundingClientRect();
      return {
        left: shell?.left,
        top: shell?.top,
        width: shell?.width,
        pageWidth: document.documentElement.scrollWidth,
        window: window.innerWidth,
      };
    });
  await openApp(page, '/publications');
  expect(await frame()).toEqual({ left: 0, top: 0, width: 1366, pageWidth: 1366, window: 1366 });
  await page.getByTestId('new-record').click();
  await expect(page.getByTestId('publication-form')).toBeVisible();
  expect((await frame()).pageWidth).toBe(1366);
});

test('another page opens at its top: a request opened from the foot of 年度报告 is not shown scrolled down', async ({
  page,
}) => {
  await enterRequest(page, {
    serial: '2025-901',
    submitted: '2025-03-03',
    received: '2025-03-04',
    applicant: '测试申请人滚动',
    content: '测试：从年报打开的申请',
  });
  await openApp(page, '/report?year=2025');
  await expect(page.getByTestId('report-page')).toBeVisible();
  // 表三's carried-over total, at the table's foot: scrolled to and clicked, as the officer would.
  const carried = page.getByTestId('cell-t3:carriedOut:total');
  await expect(carried).toHaveText('1');
  await carried.click();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(200);
  const records = page.getByTestId('cell-records');
  await expect(records).toContainText('2025-901');
  await records.getByTestId('open-record').click();
  await expect(page.getByTestId('request-detail')).toContainText('测试：从年报打开的申请');
  await expect(page.getByTestId('page-title')).toHaveText('依申请公开');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the menu stays beside a long page scrolled to its foot, and the page it opens starts at its top', async ({
  page,
}) => {
  await openApp(page, '/report');
  await expect(page.getByTestId('report-page')).toBeVisible();
  // The report's text sections (drawn after its first paint) make it long: to its foot.
  await expect(page.getByText('六、其他需要报告的事项').first()).toBeAttached();
  await page.mouse.move(700, 400);
  await page.mouse.wheel(0, 5000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const home = page.getByRole('menuitem', { name: '工作台' });
  await expect(home).toBeInViewport();
  await home.click();
  await expect(page.getByTestId('page-title')).toHaveText('工作台');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the app’s code is evaluated apart from the start’s, and a missing file of it is said in words, not a blank window', async ({
  page,
}) => {
  // The shell's code (renderer/app/run.tsx) is asked for by the page with the start's own files
  // (scripts/preload-app-code.ts): a cold start asks for it before the database is open.
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname.replace(/.*\//, '')));
  await openApp(page, '/');
  const runAt = asked.findIndex((f) => /^run-.*\.js$/.test(f));
  // The dashboard's code (scripts/start-chunks.ts: its group, `home`).
  const dashboardAt = asked.findIndex((f) => /^home-.*\.js$/.test(f));
  expect(runAt).toBeGreaterThanOrEqual(0);
  expect(runAt).toBeLessThan(dashboardAt);
  // A damaged installation: that file cannot be read.
  await page.route(/\/assets\/run-[^/]*\.js$/, (route) => route.abort());
  await page.goto('about:blank');
  await page.goto('/#/');
  await expect(page.locator('#root')).toContainText('程序文件无法加载，应用未能启动');
  await expect(page.locator('#root')).toContainText("The program's files could not be loaded");
  // Each language on its own line, set off from the window's edge.
  await expect(page.locator('#root')).toHaveCSS('white-space', 'pre-line');
});
