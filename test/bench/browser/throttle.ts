import type { Page } from '@playwright/test';
import { THROTTLED_MAX_RATIO } from '../profiles';
import { coldStartProbe, coldStartReady, longestTaskIn } from './app-ui';
import type { StepMeta } from './recorder';

/**
 * The old office PC (issue 17): every UI step also runs with Chromium's CPU slowed down through the
 * DevTools protocol (Emulation.setCPUThrottlingRate), each throttled row compared with the same
 * step unthrottled in the same run.
 */
export const ratedId = (id: string, rate: number) => (rate > 1 ? `${id}@${rate}x` : id);

/** The row of a step at `rate`: its own id and label, and the ratio limit against the 1× row. */
export function ratedMeta(meta: StepMeta, rate: number): StepMeta {
  if (rate <= 1) return meta;
  return {
    ...meta,
    id: ratedId(meta.id, rate),
    label: `${meta.label} [CPU ${rate}× slower]`,
    baselineId: meta.id,
    maxRatio: THROTTLED_MAX_RATIO,
  };
}

/**
 * Slows the page's CPU by `rate` until the returned function is called. The override lives as
 * long as its DevTools session, which stays attached (navigations within the origin keep it).
 */
export async function throttle(page: Page, rate: number): Promise<() => Promise<void>> {
  if (rate <= 1) return async () => undefined;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return async () => {
    await session.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await session.detach().catch(() => undefined);
  };
}

/** Runs `fn` with the page's CPU slowed by `rate`. */
export async function throttled<T>(page: Page, rate: number, fn: () => Promise<T>): Promise<T> {
  const release = await throttle(page, rate);
  try {
    return await fn();
  } finally {
    await release();
  }
}

/**
 * A cold start in `page` at `rate` (ab.ts, start-ab.ts): a blank page of the origin first (the
 * throttling is set on it), then the app at `url`; when its first screen's content was there, when
 * the main thread was free after it was painted (`ready`: the benchmark's cold start) and the longest
 * task until then. The page needs longTaskProbe installed.
 */
export async function coldStartAt(
  page: Page,
  url: string,
  blank: string,
  rate: number,
  timeout = 120_000,
): Promise<{ ready: number; content: number; longestTaskMs: number }> {
  await page.addInitScript(coldStartProbe);
  await page.goto(blank);
  const release = await throttle(page, rate);
  try {
    const signal = coldStartReady(page, timeout);
    // A failed navigation must not leave the signal's timeout as an unhandled rejection.
    signal.catch(() => undefined);
    await page.goto(url);
    const { ready, content } = await signal;
    return { ready, content, longestTaskMs: await longestTaskIn(page, 0, ready) };
  } finally {
    await release();
  }
}
