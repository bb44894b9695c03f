import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import {
  choose,
  clickInDialog,
  confirmReplace,
  expectProfileSaved,
  fillDate,
  openApp,
  save,
  search,
  wipeDatabase,
} from './support/app';

/**
 * Issue 15: the letters of a request, through the UI as the officer works — 补正 → 延期 → 征求第三方意见
 * (with the reply) → 部分公开, each letter drafted, filled, issued (文号 + timeline step), then printed
 * to PDF and exported as .docx; texts unchanged after a reload; a late answer marked late.
 * Obviously fake data only (DOMAIN.md §7).
 */

async function setProfile(page: Page) {
  await openApp(page, '/settings');
  await page.getByTestId('profile-agencyName').fill('测试县测试局');
  await page.getByTestId('profile-parentAgency').fill('测试县人民政府');
  await page.getByTestId('profile-docPrefix').fill('测信');
  await page.getByTestId('save-profile').click();
  await expectProfileSaved(page, { agencyName: '测试县测试局', docPrefix: '测信' });
}

async function createRequest(page: Page, serial: string, received: string): Promise<void> {
  await openApp(page, '/requests/new');
  await page.getByTestId('field-serial').fill(serial);
  await choose(page, 'field-channel', '当面');
  await fillDate(page, 'field-submittedDate', received);
  await fillDate(page, 'field-receivedDate', received);
  await page.getByTestId('field-applicantName').fill('张三');
  await page.getByTestId('field-content').fill('测试项目的审批文件');
  await save(page);
  await expect(page.getByTestId('request-detail')).toContainText(serial);
}

/** Replaces every 【请填写：…】 in the editor's text boxes, as the officer types the real text. */
async function fillBlanks(page: Page) {
  const boxes = page.getByTestId('letter-editor').locator('textarea, input');
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    const value = await box.inputValue();
    if (value.includes('【请填写')) await box.fill(value.replace(/【请填写：([^】]*)】/g, '（已填写$1）'));
  }
}

async function draftAndIssue(
  page: Page,
  typeLabel: string,
  facts: (page: Page) => Promise<void>,
  issuedDate: string,
): Promise<string> {
  await choose(page, 'letter-type', typeLabel);
  await page.getByTestId('letter-draft').click();
  await facts(page);
  await clickInDialog(page.getByTestId('letter-draft-ok'));
  await expect(page.getByTestId('letter-editor')).toBeVisible();
  // 签发… is pressed once the editor's dialog has stopped zooming in (clickInDialog): pressed in its
  // first frames, the release landed elsewhere and the issue dialog never came (twice in full runs).
  const blanks = (await page
    .getByTestId('letter-editor')
    .locator('textarea, input')
    .evaluateAll((els) => els.some((e) => (e as HTMLInputElement).value.includes('【请填写')))) as boolean;
  if (blanks) {
    // Issuing with a blank left is refused with the reason.
    await clickInDialog(page.getByTestId('letter-issue'));
    await fillDate(page, 'letter-issued-date', issuedDate);
    await fillDate(page, 'letter-delivered-date', issuedDate);
    await page.getByTestId('letter-issue-ok').click();
    await expect(page.getByTestId('letter-issue-errors')).toContainText('需要您填写');
    await clickInDialog(
      page
        .getByRole('dialog')
        .filter({ hasText: '签发并编号' })
        .getByRole('button', { name: /取\s*消|Cancel/ }),
    );
    await fillBlanks(page);
  }
  await clickInDialog(page.getByTestId('letter-issue'));
  await fillDate(page, 'letter-issued-date', issuedDate);
  await fillDate(page, 'letter-delivered-date', issuedDate);
  await page.getByTestId('letter-issue-ok').click();
  const sheet = page.getByTestId('letter-sheet');
  await expect(sheet).toBeVisible();
  const text = (await sheet.textContent())?.trim() ?? '';
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  return text;
}

async function addTimelineStep(page: Page, type: string, date: string, reply = false) {
  await page.getByTestId('edit-record').click();
  await page.getByTestId('add-event').click();
  const card = page
    .locator('[data-testid^="event-"]')
    .filter({ has: page.getByTestId('event-type') })
    .last();
  // As choose(): a dropdown still closing can swallow the click on a loaded machine — retry until shown.
  const typeSelect = card.getByTestId('event-type');
  const typeOption = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${type}"]`);
  await expect(async () => {
    await typeSelect.click();
    await typeOption.first().click({ timeout: 3_000 });
    await expect(typeSelect).toContainText(type, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const date$ = card.locator('[data-testid="event-date"] input, input[data-testid="event-date"]').first();
  await date$.click();
  await date$.press('ControlOrMeta+a');
  await date$.fill(date);
  await date$.press('Tab');
  if (reply) {
    const sent = card.getByTestId('event-sentEventId');
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '发出征求意见' });
    await expect(async () => {
      await sent.click();
      await option.first().click({ timeout: 3_000 });
      await expect(sent).toContainText('发出征求意见', { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }
  await save(page);
  await expect(page.getByTestId('request-detail')).toBeVisible();
}

test('补正 → 延期 → 征求第三方意见 → 部分公开: each letter issued with its 文号 and timeline step', async ({
  page,
}, info) => {
  // Four letters through the form on a shared 2-core machine: more than the default minute.
  test.setTimeout(240_000);
  await setProfile(page);
  await createRequest(page, '2026-101', '2026-03-02');
  const panel = page.getByTestId('letters-panel');
  await expect(panel).toContainText('当前步骤需要：答复书');

  const correction = await draftAndIssue(page, '补正告知书', async () => {}, '2026-03-04');
  expect(correction).toContain('测信补〔2026〕1号');
  expect(correction).toContain('《中华人民共和国政府信息公开条例》第三十条');
  expect(correction).toContain('视为放弃申请');
  const timeline = page.locator('.ant-timeline');
  await expect(timeline).toContainText('2026-03-04');

  await addTimelineStep(page, '收到补正', '2026-03-09');

  const extension = await draftAndIssue(
    page,
    '延期答复告知书',
    async (p) => p.getByTestId('letter-approver').fill('测试负责人'),
    '2026-03-20',
  );
  expect(extension).toContain('测信延〔2026〕1号');
  expect(extension).toContain('第三十三条第二款');

  const consultation = await draftAndIssue(
    page,
    '征求意见书',
    async (p) => p.getByTestId('letter-party-name').fill('某某测试有限公司'),
    '2026-03-23',
  );
  expect(consultation).toContain('测信征〔2026〕1号');
  expect(consultation).toContain('某某测试有限公司：');
  expect(consultation).not.toContain('张三');

  await addTimelineStep(page, '收到意见答复', '2026-03-27', true);

  const answer = await draftAndIssue(
    page,
    '答复书',
    async (p) => {
      await search(p, 'letter-outcome', '部分公开（区分处理的，只计这一情形，不计其他情形）');
      await choose(p, 'letter-partial-ground', '保护第三方合法权益');
    },
    '2026-04-10',
  );
  expect(answer).toContain('测信答〔2026〕1号');
  expect(answer).toContain('第三十七条、第十五条、第三十二条、第三十六条第（三）项');
  expect(answer).toContain('应当先申请行政复议');
  expect(answer).toContain('60日内向测试县人民政府申请行政复议');
  await expect(timeline).toContainText('部分公开');
  await expect(panel.getByTestId('letter-number')).toHaveText([
    '测信补〔2026〕1号',
    '测信延〔2026〕1号',
    '测信征〔2026〕1号',
    '测信答〔2026〕1号',
  ]);

  // Print to PDF (the print styles leave only the letter) and export .docx.
  await panel.getByTestId('letter-view').last().click();
  const pdfPath = info.outputPath('answer.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfPath, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(await readFile(pdfPath)),
    disableFontFace: true,
  }).promise;
  let pdfText = '';
  for (let i = 1; i <= pdf.numPages; i++)
    pdfText += (await (await pdf.getPage(i)).getTextContent()).items
      .map((it) => ('str' in it ? it.str : ''))
      .join('');
  expect(pdfText.replace(/\s/g, '')).toContain('测信答〔2026〕1号');
  expect(pdfText).not.toContain('依申请公开台账');
  await page.keyboard.press('Escape');
  await page.addInitScript(() => {
    for (const name of ['showSaveFilePicker', 'showDirectoryPicker', 'showOpenFilePicker'])
      delete (window as unknown as Record<string, unknown>)[name];
  });
  await page.reload();
  await expect(page.getByTestId('letters-panel')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('letters-panel').getByTestId('letter-docx').last().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^测信答〔2026〕1号.*\.docx$/);

  // After the reload the issued text is exactly as issued.
  await page.getByTestId('letters-panel').getByTestId('letter-view').last().click();
  expect((await page.getByTestId('letter-sheet').textContent())?.trim()).toBe(answer);
});

test('an answer issued after its due date is marked late; a backup and restore keeps the issued text', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  // The dashboard counts this year's late letters: the year is fixed so the test holds in any year.
  await page.clock.setFixedTime(new Date('2026-09-01T10:00:00+08:00'));
  // Browser mode without the File System Access API: the backup is a download, the restore a file picker.
  await page.addInitScript(() => {
    for (const name of ['showSaveFilePicker', 'showDirectoryPicker', 'showOpenFilePicker'])
      delete (window as unknown as Record<string, unknown>)[name];
  });
  await setProfile(page);
  await createRequest(page, '2026-102', '2026-06-01');
  const issued = await draftAndIssue(
    page,
    '答复书',
    async (p) => search(p, 'letter-outcome', '本机关不掌握相关政府信息'),
    '2026-08-03',
  );
  expect(issued).toContain('测信答〔2026〕1号');
  expect(issued).toContain('第三十六条第（四）项');
  expect(issued).toContain('也可以自收到本答复书之日起6个月内');
  await expect(page.getByTestId('letters-panel').getByTestId('letter-late')).toHaveText('逾期签发');
  await expect(page.getByTestId('letters-late-count')).toHaveText('逾期签发 1 份');

  // The answer's step is the letter's: read-only in the form but for its note, saying what to do.
  await page.getByTestId('edit-record').click();
  const step = page.getByTestId('event-0');
  await expect(step.getByTestId('event-locked')).toContainText('测信答〔2026〕1号');
  await expect(step.getByTestId('event-locked')).toContainText('更正（出新文书）');
  await expect(step.locator('.ant-select-disabled')).toHaveCount(2);
  await expect(step.getByRole('button', { name: '删除该环节' })).toHaveCount(0);
  await step.getByTestId('event-note').fill('已电话告知');
  await save(page);
  await expect(page.locator('.ant-timeline')).toContainText('已电话告知');
  // Deleting the request names its issued letters first.
  await page.getByTestId('delete-record').click();
  await expect(page.getByTestId('delete-note')).toContainText('测信答〔2026〕1号');
  // Once the question has stopped zooming in: a click during the zoom can be lost, and the question
  // then stays over the next page.
  const question = page.getByRole('dialog').filter({ hasText: '确定删除这条记录吗' });
  await clickInDialog(question.getByRole('button', { name: /取\s*消/ }));
  await expect(question).toBeHidden();

  await openApp(page, '/backup');
  // Plain, to keep the test short (encryption is offered by default while requests hold names).
  // The default (encrypted: requests hold names) is set once the page has read that: until then the
  // box is unchecked and disabled, and unchecking it then would be undone a moment later.
  const encrypt = page.getByRole('checkbox', { name: '加密备份（AES-256）' });
  await expect(encrypt).toBeEnabled();
  await expect(encrypt).toBeChecked();
  await encrypt.uncheck();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即备份' }).click();
  const file = await download;
  const path = info.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await wipeDatabase(page);
  await openApp(page, '/backup');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份文件恢复…' }).click();
  await (await chooser).setFiles(path);
  await confirmReplace(page, '我已核对，确认用此备份替换当前数据');
  await page.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByTestId('restore-outcome')).toContainText('恢复完成', { timeout: 30_000 });

  // Counted where lateness is counted: the dashboard links to the register filtered to late letters.
  await openApp(page, '/dashboard');
  await page
    .getByTestId('dash-letters-late')
    .getByText('2026年逾期签发的文书：1 份', { exact: false })
    .click();
  await expect(page.getByTestId('letters-count')).toHaveText('共 1 份，其中逾期签发 1 份');
  await expect(page.getByTestId('letters-register')).toContainText('测信答〔2026〕1号');
  await expect(page.getByTestId('letters-register')).not.toContainText('张三');
  await page.getByText('2026-102').click();
  await expect(page.getByTestId('letters-panel')).toBeVisible();
  await page.getByTestId('letters-panel').getByTestId('letter-view').click();
  expect((await page.getByTestId('letter-sheet').textContent())?.trim()).toBe(issued);
});

test('设置 → 文书: a wrong 文号规则 is said in words and not saved; a right one and a 代字 are, and numbers follow', async ({
  page,
}) => {
  await setProfile(page);
  const pattern = page.getByTestId('letters-pattern');
  const error = page.getByTestId('letters-pattern-error');
  const preview = page.getByTestId('letters-pattern-preview');
  // The app's year is Beijing's (the test's browser runs in Asia/Shanghai).
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
    new Date(),
  );
  await expect(preview).toHaveText(`示例：测信答〔${year}〕1号`);
  // {年} is not a placeholder: the message names it and what is available, and leaving the field saves nothing.
  await pattern.fill('{机关代字}{代字}〔{年}〕{序号}号');
  await expect(error).toContainText(
    '不认识的占位符 {年}，可用的有 {机关代字} {代字} {年份} {序号} {N位序号}',
  );
  await expect(error).toContainText('规则中必须有 {年份}');
  await expect(error).not.toContainText('unknownPlaceholder');
  await pattern.blur();
  await expect(error).toContainText('未保存');
  await page.reload();
  await expect(pattern).toHaveValue('{机关代字}{代字}〔{年份}〕{序号}号');
  // A right pattern: the example follows as it is typed, and leaving the field saves it.
  await pattern.fill('{机关代字}{代字}〔{年份}〕第{3位序号}号');
  await expect(preview).toHaveText(`示例：测信答〔${year}〕第001号`);
  await pattern.blur();
  // Read at once, without waiting: the field never flashes back to the old pattern while it saves.
  expect(await pattern.inputValue()).toBe('{机关代字}{代字}〔{年份}〕第{3位序号}号');
  expect(await preview.textContent()).toBe(`示例：测信答〔${year}〕第001号`);
  await expect(page.getByText('已保存').first()).toBeVisible();
  // The 答复书's 代字, under its name: saved when the field is left; the example follows.
  const code = page.getByTestId('letters-code-answer');
  await expect(page.locator('label[for="letter-code-answer"]')).toHaveText('答复书');
  await code.fill('复');
  await code.blur();
  await expect(preview).toHaveText(`示例：测信复〔${year}〕第001号`);
  await page.reload();
  await expect(pattern).toHaveValue('{机关代字}{代字}〔{年份}〕第{3位序号}号');
  await expect(code).toHaveValue('复');
  // In English every type's field keeps its room under the longest name.
  await page.getByTestId('language-select').click();
  await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
  await expect(page.locator('label[for="letter-code-decisionNotice"]')).toContainText('third party');
  for (const input of await page.locator('[data-testid^="letters-code-"]').all()) {
    const box = await input.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(100);
  }
  await pattern.fill('{代字}{序号}');
  await expect(error).toContainText('The pattern needs {年份}');
});

test('设置 → 文书模板: a placeholder clicked goes in at the cursor; another letter’s template asks before an edit is lost', async ({
  page,
}) => {
  await openApp(page, '/settings');
  const box = page.getByTestId('letters-template');
  const first =
    '本机关于{收到日期}收到你（单位）{收到方式}提交的政府信息公开申请{补正说明}，申请获取“{申请内容}”。';
  await expect(box).toHaveValue(new RegExp(`^${first.replace(/[(){}“”（）]/g, '.')}`));
  // The cursor after 本机关 (three characters in), then {机关名称} clicked: typed in there, the cursor after it.
  await box.focus();
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
  const placeholders = page.getByTestId('letters-placeholders');
  await placeholders.getByRole('button', { name: '{机关名称}' }).click();
  await expect(box).toHaveValue(/^本机关\{机关名称\}于\{收到日期\}/);
  await expect(box).toBeFocused();
  await page.keyboard.type('（盖章）');
  await expect(box).toHaveValue(/^本机关\{机关名称\}（盖章）于/);
  // The help names no file the officer cannot open.
  await expect(page.getByText('即插入到光标处')).toBeVisible();
  await expect(page.locator('[data-testid="letters-settings"]')).not.toContainText('docs/letters.md');

  // Another template while the edit is unsaved: asked; 继续编辑 keeps the edit, 放弃修改 lets it go.
  const which = page.getByTestId('letters-template-key');
  await which.click();
  await page.locator('.ant-select-item-option', { hasText: '补正告知书' }).click();
  const ask = page.locator('.ant-modal-confirm');
  await expect(ask).toContainText('放弃对这份模板未保存的修改？');
  await clickInDialog(ask.getByRole('button', { name: '继续编辑' }));
  await expect(ask).toHaveCount(0);
  await expect(box).toHaveValue(/^本机关\{机关名称\}（盖章）于/);
  await expect(which).toContainText('答复书');
  await which.click();
  await page.locator('.ant-select-item-option', { hasText: '补正告知书' }).click();
  await clickInDialog(ask.getByRole('button', { name: '放弃修改' }));
  await expect(which).toContainText('补正告知书');
  await expect(box).not.toHaveValue(/（盖章）/);
  // Leaving 设置 with an unsaved template: asked as the forms ask.
  await box.fill('测试用的模板改动');
  await page.locator('.ant-menu-item', { hasText: '工作台' }).click();
  await expect(ask).toContainText('有未保存的修改，确定放弃吗？');
  await clickInDialog(ask.getByRole('button', { name: '继续编辑' }));
  await expect(ask).toHaveCount(0);
  await expect(box).toHaveValue('测试用的模板改动');
  await which.click();
  await page.locator('.ant-select-item-option', { hasText: '答复书' }).first().click();
  await clickInDialog(ask.getByRole('button', { name: '放弃修改' }));
  await expect(ask).toHaveCount(0);
  await expect(which).toContainText('答复书');
  // Back to 答复书: the saved wording, unchanged; and with no edit, a switch asks nothing.
  await which.click();
  await page.locator('.ant-select-item-option', { hasText: '答复书' }).first().click();
  await expect(ask).toHaveCount(0);
  await expect(box).toHaveValue(new RegExp(`^${first.replace(/[(){}“”（）]/g, '.')}`));
});

test('a draft’s wording edited and not saved: Esc, a click outside and the menu ask first; 保存草稿 keeps it', async ({
  page,
}) => {
  await createRequest(page, '2026-201', '2026-03-02');
  await choose(page, 'letter-type', '补正告知书');
  await page.getByTestId('letter-draft').click();
  await clickInDialog(page.getByTestId('letter-draft-ok'));
  const editor = page.getByTestId('letter-editor');
  await expect(editor).toBeVisible();
  const first = page.getByTestId('letter-paragraph-0');
  const reopen = () =>
    page
      .getByTestId('letters-table')
      .getByRole('button', { name: /编\s?辑/ })
      .click();
  const wording = await first.inputValue();
  // Nothing changed yet: Esc closes at once.
  await first.press('Escape');
  await expect(editor).toBeHidden();
  await reopen();
  await expect(editor).toBeVisible();

  await first.fill(`${wording}（测试改动）`);
  const ask = page.locator('.ant-modal-confirm');
  // Esc: asked; 继续编辑 keeps the dialog and the change.
  await first.press('Escape');
  await expect(ask).toContainText('有未保存的修改，确定放弃吗？');
  await clickInDialog(page.getByTestId('keep-editing'));
  await expect(ask).toHaveCount(0);
  await expect(first).toHaveValue(`${wording}（测试改动）`);
  // The menu: asked too (the request's page stays while the question is open).
  await page.locator('.ant-menu-item', { hasText: '咨询' }).click({ force: true });
  await expect(ask).toContainText('有未保存的修改，确定放弃吗？');
  await clickInDialog(page.getByTestId('keep-editing'));
  // (Gone before the next key: an Esc while the question fades out is the question's.)
  await expect(ask).toHaveCount(0);
  await expect(first).toHaveValue(`${wording}（测试改动）`);
  // A click outside the dialog: asked too.
  await page
    .locator('.ant-modal-wrap')
    .filter({ has: editor })
    .click({ position: { x: 5, y: 5 } });
  await expect(ask).toContainText('有未保存的修改，确定放弃吗？');
  await clickInDialog(page.getByTestId('keep-editing'));
  // (Gone before the next key: an Esc while the question fades out is the question's.)
  await expect(ask).toHaveCount(0);
  await expect(first).toHaveValue(`${wording}（测试改动）`);
  // Saved (Ctrl+Enter, as in the registers' forms): Esc then closes without asking, the draft holds the change.
  await first.press('Control+Enter');
  await expect(page.locator('.ant-message-notice').filter({ hasText: '已保存' })).toBeVisible();
  await first.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(editor).toBeHidden();
  await reopen();
  await expect(first).toHaveValue(`${wording}（测试改动）`);
  // Changed again and 放弃修改: closed, the saved wording kept.
  await first.fill('不要的改动');
  await first.press('Escape');
  await clickInDialog(page.getByTestId('discard-changes'));
  await expect(editor).toBeHidden();
  await reopen();
  await expect(first).toHaveValue(`${wording}（测试改动）`);
});

test('typing on straight after Ctrl+Enter (保存草稿) loses nothing: the saved draft coming back does not overwrite the newer text', async ({
  page,
}) => {
  await createRequest(page, '2026-202', '2026-03-02');
  await choose(page, 'letter-type', '补正告知书');
  await page.getByTestId('letter-draft').click();
  await clickInDialog(page.getByTestId('letter-draft-ok'));
  const first = page.getByTestId('letter-paragraph-0');
  await expect(first).toBeVisible();
  const wording = await first.inputValue();
  await first.press('Control+End');
  await first.pressSequentially('甲');
  // On a CPU slowed 6× (an old office PC) the saved draft read back overwrote what came after it
  // in 2 of 3 runs (甲丁戊… — 乙丙 lost); at full speed the window is too short to hit.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await first.press('Control+Enter');
  // Straight on, as a typist does, while the save is stored and read back.
  await first.pressSequentially('乙丙丁戊己庚辛壬癸', { delay: 15 });
  await expect(page.locator('.ant-message-notice').filter({ hasText: '已保存' }).last()).toBeVisible();
  await page.waitForTimeout(500);
  await expect(first).toHaveValue(`${wording}甲乙丙丁戊己庚辛壬癸`);
  // And it still counts as unsaved: Esc asks.
  await first.press('Escape');
  await expect(page.locator('.ant-modal-confirm')).toContainText('有未保存的修改，确定放弃吗？');
});

test('a draft’s facts: Enter moves on, Esc with facts typed asks, Ctrl+Enter makes the draft', async ({
  page,
}) => {
  await createRequest(page, '2026-301', '2026-03-02');
  await choose(page, 'letter-type', '延期答复告知书');
  await page.getByTestId('letter-draft').click();
  const facts = page.getByTestId('letter-facts');
  await expect(facts).toBeVisible();
  // Nothing typed: Esc closes at once.
  await page.getByTestId('letter-approver').press('Escape');
  await expect(facts).toBeHidden();
  await page.getByTestId('letter-draft').click();
  const approver = page.getByTestId('letter-approver');
  await approver.fill('测试负责人');
  await approver.press('Escape');
  const ask = page.locator('.ant-modal-confirm');
  await expect(ask).toContainText('有未保存的修改，确定放弃吗？');
  await clickInDialog(page.getByTestId('keep-editing'));
  await expect(ask).toHaveCount(0);
  await expect(approver).toHaveValue('测试负责人');
  // Enter: on to the next field, no draft made yet.
  await approver.press('Enter');
  await expect(approver).not.toBeFocused();
  await expect(page.getByTestId('letter-editor')).toHaveCount(0);
  await expect(facts).toBeVisible();
  await approver.press('Control+Enter');
  await expect(page.getByTestId('letter-editor')).toBeVisible();
  await expect(page.getByTestId('letter-editor')).toContainText('延期');
});

test('签发 when the disk is full: said in Chinese, the dialog kept with its dates', async ({ page }) => {
  await createRequest(page, '2026-302', '2026-03-02');
  await choose(page, 'letter-type', '补正告知书');
  await page.getByTestId('letter-draft').click();
  await clickInDialog(page.getByTestId('letter-draft-ok'));
  await expect(page.getByTestId('letter-editor')).toBeVisible();
  await fillBlanks(page);
  await clickInDialog(page.getByTestId('letter-issue'));
  await fillDate(page, 'letter-issued-date', '2026-03-04');
  // The database refusing to store, as IndexedDB does when the disk is full.
  await page.evaluate(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (this.name === 'letters')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await page.getByTestId('letter-issue-ok').click();
  const said = page.locator('.ant-message-notice').filter({ hasText: '保存失败' });
  await expect(said).toContainText('电脑磁盘空间不足');
  await expect(said).not.toContainText('quota');
  await expect(page.getByTestId('letter-issue-ok')).toBeVisible();
});
