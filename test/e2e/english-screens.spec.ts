import { expect, test } from '@playwright/test';
import { choose, openApp } from './support/app';

// Found walking the English UI (2026-12-08): Chinese left on three English screens.
test('the English UI names holidays, 表二 figures and the guide missing fields in English', async ({
  page,
}) => {
  await openApp(page, '/calendar?year=2026');
  await choose(page, 'language-select', 'English');
  await page.locator('button[data-date="2026-10-01"]').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('National Day');
  await expect(dialog).not.toContainText('国庆');
  await page.keyboard.press('Escape');

  await openApp(page, '/report?year=2025');
  // The figures' form (the report's own tables stay in the official Chinese).
  const figures = page.locator('form').filter({ has: page.getByTestId('figure-licensing') });
  for (const label of ['Administrative licensing', 'Administrative penalties', 'Administrative enforcement'])
    await expect(figures.getByText(label, { exact: true })).toBeVisible();
  await expect(figures).not.toContainText('行政许可');

  // A fresh database: the profile lacks the guide's fields, listed with English separators.
  await openApp(page, '/catalogue');
  const missing = page.getByTestId('guide-missing');
  await expect(missing).toContainText(', ');
  await expect(missing).not.toContainText('、');
});
