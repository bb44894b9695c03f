import type { Page } from '@playwright/test';

/** The marks renderer/db/repositories/search-digest.ts `markDigest` puts on the page's timeline. */
const PREFIX = 'desk: search digest ';

/** The page's search digest marks (loaded, built, dropped, saving, saved) with their times. */
export function digestMarks(page: Page): Promise<string> {
  return page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith(prefix))
        .map((m) => `${m.name.slice(prefix.length)} at ${Math.round(m.startTime)} ms`)
        .join(', '),
    PREFIX,
  );
}

/**
 * Waits until every search digest the page built has been saved (its `saved` mark after its last
 * `built` one), for at most `timeoutMs`. A round calls it before the next round loads the page again:
 * an officer does not close the app within the two seconds after a search that a county's save takes,
 * and a reload at once threw the save away, so that every round built the digest again (16–19 s at
 * county scale) where a new session loads the saved copy. Returns the ms waited, or null on timeout.
 */
export async function untilDigestsSaved(page: Page, timeoutMs = 20_000): Promise<number | null> {
  const t0 = Date.now();
  try {
    await page.waitForFunction(
      (prefix) => {
        const last = new Map<string, string>();
        for (const m of performance.getEntriesByType('mark')) {
          const what = /^(\w+) \((\w+)\)$/.exec(m.name.startsWith(prefix) ? m.name.slice(prefix.length) : '');
          if (what && (what[1] === 'built' || what[1] === 'saved')) last.set(what[2] as string, what[1]);
        }
        return [...last.values()].every((w) => w === 'saved');
      },
      PREFIX,
      { timeout: timeoutMs, polling: 100 },
    );
    return Date.now() - t0;
  } catch {
    return null;
  }
}

/** A step's note: each round's marks. */
export function digestsByRound(rounds: readonly string[]): string {
  return `search digests by round: ${rounds.map((d, i) => `${i + 1}: ${d || 'none'}`).join('; ')}`;
}
