/**
 * What the window shows while the database opens, when that takes long: the first start after an
 * update may upgrade ten years of records (schema v3 re-indexes them: 25 s measured with 320,000
 * records), and a blank window would look like a crash. Before the settings are read the language
 * is unknown, so the message is in both languages, Chinese first.
 */
export const OPENING_MESSAGE =
  '正在升级本机数据，请稍候，不要关闭程序…\nUpgrading the data on this computer. Please wait and do not close the program…';

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
