import type { AppSettings } from '../../shared/model/settings';
import { prefetchOpenYear } from '../components/open-year';
import { App } from './App';
import { loadFontsWhileWaiting } from './fonts-ahead';
import { renderRoot } from './render-root';
import { setPageChangeHook } from './router';
import {
  homePath,
  menuQuery,
  prefetchRoute,
  preloadRoute,
  preloadRoutesWhenIdle,
  readBeforeFirstVisit,
} from './routes';
import { measureScrollbarAhead } from './scrollbar';
import { currentSettings, seedSettings, todayLocal } from './session';
import { warmUpWhenIdle } from './warm-up-idle';

/**
 * The app's code past the start (issue 17): React, antd, the shell and the routes. main.tsx imports
 * it dynamically, so the browser evaluates it in a task of its own while the database opens, instead
 * of in one task with the database's and the records' code (110–180 ms, the start's longest task);
 * its files are still asked for with the page's own (scripts/preload-app-code.ts).
 */

/** How long the app's first render waits for the first page's reads (routes.tsx prefetchRoute). */
const START_READS_WAIT_MS = 600;
/** First reads still out this long after the settings: the fonts are loaded while they are (fonts-ahead.ts). */
const FONTS_AHEAD_AFTER_MS = 250;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The page the window opens on (its address, or the home page). */
const startPath = () => window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || homePath();

/**
 * The opened page's code, loaded while the database opens, not after the app's first render; asked
 * for in a task of its own: Vite's preload helper adds a <link rel=modulepreload> per file (28 for
 * the dashboard since the start's chunk groups, 47 before), ≈45–70 ms that made the modules'
 * evaluation a 160–180 ms task (115–120 without).
 */
export function preloadStartPage(): void {
  setTimeout(() => preloadRoute(startPath()), 0);
}

/**
 * Draws the app, once the database is open and the settings read (`settings`: null when they could
 * not be); `mark` puts the start's stages on the browser's performance timeline.
 */
export async function runApp(
  root: HTMLElement | null,
  settings: AppSettings | null,
  mark: (stage: string) => void,
): Promise<void> {
  const path = startPath();
  if (settings) {
    // The first render with the stored settings, not the defaults (session.ts). The first page's
    // first reads (routes.tsx), waited for a little: the main thread left free meanwhile, they are
    // in sooner, and the shell and the page's figures are then drawn in one render and one layout
    // (issue 17; bureau, bench machine: the figures on screen 1.46 → 1.18 s after the start). A slow
    // read (a county's years) does not hold the window blank: the app is drawn after
    // START_READS_WAIT_MS, and the page when its reads are in.
    seedSettings(settings);
    const reads = prefetchRoute(path, settings);
    // Slow reads (a county's years): the Chinese fonts are loaded in the wait (fonts-ahead.ts).
    loadFontsWhileWaiting(reads, FONTS_AHEAD_AFTER_MS);
    await Promise.race([reads, delay(START_READS_WAIT_MS)]);
    mark('first reads');
  }
  // Records trashed more than 30 days ago are removed for good by BackupAutomation (runRetention),
  // which can say in the UI when the clock makes that unsafe.
  // In slices (render-root.ts): the shell and the first page's figures are not one long task.
  if (root) renderRoot(root, <App />);
  // A page's first visit: its first reads begin as the address changes (routes.tsx).
  setPageChangeHook((page, query) => {
    try {
      readBeforeFirstVisit(page || homePath(), currentSettings(), query);
    } catch (err) {
      console.warn('reading ahead of a page failed', err instanceof Error ? err.message : err);
    }
  });
  preloadRoutesWhenIdle({
    first: measureScrollbarAhead,
    // A list's first page as the menu opens it (on the year being closed, if any): the list's first
    // visit is drawn with its rows (use-paged-list.ts keeps them until the table is written).
    readAhead: settings
      ? async (p, reads) => {
          const today = todayLocal();
          const open = await prefetchOpenYear(settings, today);
          const query = menuQuery(p, open.closing ? open.year : undefined);
          await reads.prefetch(settings, today, new URLSearchParams(query && { year: String(query.year) }));
        }
      : undefined,
  });
  warmUpWhenIdle();
}
