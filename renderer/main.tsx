// First: starts reading the database from disk while the rest of the app's code loads (issue 17).
import { storedDatabases } from './app/early-open';
// antd's component styles, prebuilt for the app's theme (renderer/app/theme.ts, zero-runtime mode).
import 'virtual:antd.css';
import './app/app.css';
import { App } from './app/App';
import {
  homePath,
  menuQuery,
  prefetchRoute,
  preloadRoute,
  preloadRoutesWhenIdle,
  readBeforeFirstVisit,
} from './app/routes';
import { setPageChangeHook } from './app/router';
import { measureScrollbarAhead } from './app/scrollbar';
import { warmUpWhenIdle } from './app/warm-up-idle';
import { currentSettings, seedSettings, todayLocal } from './app/session';
import { prefetchOpenYear } from './components/open-year';
import { openAppDatabase, showWhileSlow } from './app/startup';
import { renderRoot } from './app/render-root';
import { loadFontsWhileWaiting } from './app/fonts-ahead';
import { db } from './db/database';
import { getSettings } from './db/repositories/settings';
import { initI18n } from './i18n';

/** How long the app's first render waits for the first page's reads (routes.tsx prefetchRoute). */
const START_READS_WAIT_MS = 600;
/** First reads still out this long after the settings: the fonts are loaded while they are (fonts-ahead.ts). */
const FONTS_AHEAD_AFTER_MS = 250;

/** A start's stages on the browser's performance timeline (test/bench/trace-start.ts shows them). */
const mark = (stage: string) => performance.mark(`desk: ${stage}`);

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function start() {
  // The opened page's code loads while the database opens, not after the app's first render; asked
  // for in a task of its own: Vite's preload helper adds a <link rel=modulepreload> per file (31 for
  // the dashboard), ≈45–70 ms that made the modules' evaluation a 160–180 ms task (115–120 without).
  const startPath = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || homePath();
  setTimeout(() => preloadRoute(startPath), 0);
  const root = document.getElementById('root');
  if (root) root.style.cssText = 'white-space: pre-line; padding: 32px; font-size: 16px;';
  // Opening may upgrade the database (first start after an update): say so when it takes long.
  await showWhileSlow(
    root,
    openAppDatabase(undefined, storedDatabases).catch((err: unknown) => {
      // The app still starts: its pages show the database error where they read (ErrorBoundary).
      console.warn('opening the database failed', err instanceof Error ? err.message : err);
    }),
  );
  if (root) root.style.cssText = '';
  mark('database open');
  // The saved language first, so the first paint is already in the officer's language.
  const settings = await getSettings(db).catch(() => null);
  initI18n(settings?.language ?? 'zh-CN');
  mark('settings read');
  if (settings) {
    // The first render with the stored settings, not the defaults (session.ts). The first page's
    // first reads (routes.tsx), waited for a little: the main thread left free meanwhile, they are
    // in sooner, and the shell and the page's figures are then drawn in one render and one layout
    // (issue 17; bureau, bench machine: the figures on screen 1.46 → 1.18 s after the start). A slow
    // read (a county's years) does not hold the window blank: the app is drawn after
    // START_READS_WAIT_MS, and the page when its reads are in.
    seedSettings(settings);
    const reads = prefetchRoute(startPath, settings);
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
      ? async (path, reads) => {
          const today = todayLocal();
          const open = await prefetchOpenYear(settings, today);
          const query = menuQuery(path, open.closing ? open.year : undefined);
          await reads.prefetch(settings, today, new URLSearchParams(query && { year: String(query.year) }));
        }
      : undefined,
  });
  warmUpWhenIdle();
}

void start();
