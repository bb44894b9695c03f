import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Page-model helpers for the app's antd forms: typing a date into a DateField, choosing an option in
 * a Select, and waiting for the detail drawer. Shared by every E2E spec.
 */
export async function fillDate(page: Page, testId: string, date: string) {
  await dateIn(page, testId, date);
}

/** fillDate within a part of the page (a timeline step's card). */
export async function dateIn(scope: Page | Locator, testId: string, date: string) {
  const input = scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.fill(date);
  // Tab (not Enter, which would also submit the form) commits the typed date.
  await input.press('Tab');
  await expect(input).toHaveValue(date);
}

/**
 * Picks an option of an antd Select. `shown: false` for a select that asks before it takes the
 * value (the field changes only after a confirmation).
 */
export async function choose(page: Page, testId: string, optionLabel: string, { shown = true } = {}) {
  const select = page.getByTestId(testId);
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${optionLabel}"]`);
  // A dropdown still closing from the previous choice can swallow the click (seen on a loaded
  // machine: the outcome stayed empty and the save was refused): choose until the field shows it.
  if (!shown) {
    await select.click();
    await option.first().click();
    return;
  }
  await expect(async () => {
    await select.click();
    await option.first().click({ timeout: 3_000 });
    await expect(select).toContainText(optionLabel, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * `choose` within a part of the page (a timeline step's card), by the start of the option's title. A
 * dropdown still closing from the previous choice can swallow the first click: chosen until the
 * field shows it.
 */
export async function chooseIn(page: Page, scope: Locator, testId: string, titleStart: string) {
  const select = scope.getByTestId(testId);
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title^="${titleStart}"]`);
  await expect(async () => {
    await select.click();
    await option.first().click({ timeout: 3_000 });
    await expect(select).toContainText(titleStart, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Picks an option of a long (virtual) Select by typing the start of its label, as an officer would. A
 * dropdown still opening or closing can swallow the click (a loaded machine left the field empty and
 * the save was refused): picks until the field shows the choice.
 */
export async function search(page: Page, testId: string, label: string) {
  const select = page.getByTestId(testId);
  await expect(async () => {
    await select.click();
    // fill, not type: a retry replaces the search text rather than adding to what an earlier try left.
    await select.locator('input').first().fill(label.slice(0, 6));
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`)
      .first()
      .click({ timeout: 3_000 });
    await expect(select).toContainText(label, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

export async function openApp(page: Page, path = '/') {
  await page.goto(`/#${path}`);
  await expect(page.getByTestId('page-title')).toBeVisible();
}

/**
 * Moves the page's clock (installed before the start) past the start's background delays: retention
 * 5 s after the start, the daily backup 20 s after it, each once the officer has paused for 3 s
 * (automation.ts) — in steps, as each waits for the one before.
 */
export async function passStartDelays(page: Page) {
  for (let step = 0; step < 4; step++) {
    await page.clock.fastForward(10_000);
    await page.waitForTimeout(500);
  }
}

/**
 * Clicks a button of an antd dialog once the dialog has stopped zooming in. Its first frames draw it
 * at full size (transform none) before the zoom starts at 20 %: Playwright finds the button still
 * and presses it, the button shrinks and grows under the pointer, and the release lands elsewhere —
 * the click is lost (仍然保存 clicked 81 ms after the question appeared, 1 run in 30 here, and the
 * last submission's CI run).
 */
export async function clickInDialog(button: Locator, timeout?: number) {
  const zooming = button.page().locator('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter');
  await expect(zooming).toHaveCount(0, { timeout });
  await button.click({ timeout });
}

/**
 * Clicks 保存. Publishing before the review chain is complete asks first (issue 13 item 10): the
 * specs that are not about that accept the question; review-confirm tests click the button themselves.
 */
export async function save(page: Page) {
  await page.getByTestId('save-record').click();
  const confirm = page.getByTestId('confirm-save');
  const form = page.locator('[data-testid="save-record"]:visible');
  const refused = page.locator('.ant-form-item-explain-error, .ant-alert-error');
  // Until the form has closed (saved), or the form's refusal has stood for 3 s; the question, when it
  // comes, is confirmed. Looked for every 100 ms: on a loaded machine the question came after a
  // helper had stopped looking, and a form message can show for a moment before it comes.
  // - Not "a detail is shown": the record shown before the form opened can still be there while its
  //   panel closes (a run here and one in CI returned at once on it and left the question open).
  // - 仍然保存 is clicked once the question has stopped zooming in (clickInDialog), and again should
  //   it stay: a second click on a dialog that took the first is ignored by antd.
  const deadline = Date.now() + 15_000;
  let refusedSince: number | null = null;
  while (Date.now() < deadline) {
    if ((await form.count()) === 0) return;
    if (await confirm.isVisible()) {
      await clickInDialog(confirm, 3_000).catch(() => undefined);
      await confirm.waitFor({ state: 'hidden', timeout: 1_500 }).catch(() => undefined);
      continue;
    }
    if (await refused.first().isVisible()) {
      refusedSince ??= Date.now();
      if (Date.now() - refusedSince > 3_000) return;
    } else refusedSince = null;
    await page.waitForTimeout(100);
  }
}

/** Deletes the app's database (Dexie closes its connection on versionchange) and reloads the page. */
export async function wipeDatabase(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('disclosure-desk');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
}

/** Agency name and (fake) agency code through Settings: what index numbers need. */
export async function setProfile(page: Page, agencyCode: string) {
  await openApp(page, '/settings');
  await page.getByTestId('profile-agencyName').fill('测试县测试局');
  await page.getByTestId('profile-agencyCode').fill(agencyCode);
  await page.getByTestId('save-profile').click();
  await expectProfileSaved(page, { agencyName: '测试县测试局', agencyCode });
}

/**
 * Waits until the database holds these profile fields: an earlier 已保存 notice may still be on screen,
 * so the notice alone does not say that this save has landed.
 */
export async function expectProfileSaved(page: Page, fields: Record<string, string>) {
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<Record<string, unknown>>((resolve) => {
          const req = indexedDB.open('disclosure-desk');
          req.onsuccess = () => {
            const get = req.result.transaction('settings').objectStore('settings').getAll();
            get.onsuccess = () => {
              resolve(
                (get.result[0] as { value?: { profile?: Record<string, unknown> } })?.value?.profile ?? {},
              );
              req.result.close();
            };
          };
        }),
    );
  await expect.poll(stored).toMatchObject(fields);
}

/**
 * A published item entered through the form: 保存 (confirming the review question, issue 13 item 10,
 * as save() does), then its detail shows the title.
 */
export async function publish(page: Page, title: string, formed: string, published: string) {
  await openApp(page, '/publications/new');
  await page.getByTestId('field-title').fill(title);
  await fillDate(page, 'field-formedDate', formed);
  await fillDate(page, 'field-publishedDate', published);
  await save(page);
  await expect(page.getByTestId('publication-detail')).toContainText(title);
}

/**
 * A request entered through the form and saved (no events): its detail then shows `content`. The
 * serial is the form's own unless given; the channel its default unless given.
 */
export async function enterRequest(
  page: Page,
  r: {
    serial?: string;
    channel?: string;
    submitted: string;
    received: string;
    applicant: string;
    content: string;
  },
) {
  await openApp(page, '/requests/new');
  if (r.serial) {
    await expect(page.getByTestId('field-serial')).not.toHaveValue('');
    await page.getByTestId('field-serial').fill(r.serial);
  }
  if (r.channel) await choose(page, 'field-channel', r.channel);
  await fillDate(page, 'field-submittedDate', r.submitted);
  await fillDate(page, 'field-receivedDate', r.received);
  await page.getByTestId('field-applicantName').fill(r.applicant);
  await page.getByTestId('field-content').fill(r.content);
  await save(page);
  await expect(page.getByTestId('request-detail')).toContainText(r.content);
}

/**
 * Ticks a restore's or an import's confirmation (its label `text`) and makes sure it took: the
 * preview above it can still grow while it is clicked (what retention would remove is counted in a
 * worker and shown when it comes), moving the box from under the click — a full run once waited for
 * 确认恢复 with the box left unticked.
 */
export async function confirmReplace(page: Page, text: string) {
  const box = page.getByRole('checkbox', { name: text });
  await expect(async () => {
    await box.check({ timeout: 2_000 });
    await expect(box).toBeChecked({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
}

/** A data attribute of the element with the keyboard focus (e.g. `cell`, `date`), or null. */
export function focusedData(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => (document.activeElement as HTMLElement | null)?.dataset[k] ?? null, key);
}
