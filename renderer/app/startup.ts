import en from '../i18n/locales/en/common.json';
import zh from '../i18n/locales/zh-CN/common.json';

/**
 * What the window shows while the database opens, when that takes long: the first start after an
 * update may upgrade ten years of records (schema v3 re-indexes them: 25 s measured with 320,000
 * records), and a blank window would look like a crash. Before the settings are read the language
 * is unknown (and i18next not started), so the message is the locales' `startup.upgrading` in both
 * languages, Chinese first.
 */
export const OPENING_MESSAGE = `${zh.startup.upgrading}\n${en.startup.upgrading}`;

/** Shows `message` in `el` if `work` has not finished after `afterMs`; returns the work's result. */
export async function showWhileSlow<T>(
  el: { textContent: string | null } | null,
  work: Promise<T>,
  afterMs = 600,
  message = OPENING_MESSAGE,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): Promise<T> {
  const timer = timers.setTimeout(() => {
    if (el) el.textContent = message;
  }, afterMs);
  try {
    return await work;
  } finally {
    timers.clearTimeout(timer);
  }
}
