// First: starts reading the database from disk while the rest of the app's code loads (issue 17).
import { storedDatabases } from './app/early-open';
// antd's component styles, prebuilt for the app's theme (renderer/app/theme.ts, zero-runtime mode).
import 'virtual:antd.css';
import './app/app.css';
import { openAppDatabase, START_MESSAGE_STYLE, showStartFailure, showWhileSlow } from './app/startup';
import { db } from './db/database';
import { getSettings } from './db/repositories/settings';
import { initI18n } from './i18n';

/** A start's stages on the browser's performance timeline (test/bench/trace-start.ts shows them). */
const mark = (stage: string) => performance.mark(`desk: ${stage}`);

async function start() {
  // The app's code — React, antd, the shell, the routes — evaluated in a task of its own while the
  // database opens (run.tsx; issue 17): this module evaluates only what opening the database and
  // reading the settings need. Its files are asked for with this module's
  // (scripts/preload-app-code.ts). Imported in the next task: when its files are in already, an
  // import() evaluates them at once, in the task that asks.
  const app = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => import('./app/run'));
  // Then the opened page's code (run.tsx preloadStartPage), while the database opens.
  void app.then(
    (m) => m.preloadStartPage(),
    () => undefined,
  );
  const root = document.getElementById('root');
  if (root) root.style.cssText = START_MESSAGE_STYLE;
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
  let run: typeof import('./app/run');
  try {
    run = await app;
  } catch (err) {
    // The app's own files could not be loaded (a damaged installation): said, not a blank window.
    console.error('loading the app failed', err instanceof Error ? err.message : err);
    showStartFailure(root);
    return;
  }
  await run.runApp(root, settings, mark);
}

void start();
