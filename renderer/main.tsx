// First: starts reading the database from disk while the rest of the app's code loads (issue 17).
import { storedDatabases } from './app/early-open';
import { createRoot } from 'react-dom/client';
// antd's component styles, prebuilt for the app's theme (renderer/app/theme.ts, zero-runtime mode).
import 'virtual:antd.css';
import './app/app.css';
import { App } from './app/App';
import { homePath, prefetchRoute, preloadRoute, preloadRoutesWhenIdle } from './app/routes';
import { measureScrollbarAhead } from './app/scrollbar';
import { warmUpWhenIdle } from './app/warm-up-idle';
import { seedSettings } from './app/session';
import { openAppDatabase, showWhileSlow } from './app/startup';
import { db } from './db/database';
import { getSettings } from './db/repositories/settings';
import { initI18n } from './i18n';

async function start() {
  // The opened page's code loads while the database opens, not after the app's first render.
  const startPath = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || homePath();
  preloadRoute(startPath);
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
  // The saved language first, so the first paint is already in the officer's language.
  const settings = await getSettings(db).catch(() => null);
  initI18n(settings?.language ?? 'zh-CN');
  if (settings) {
    // The first render with the stored settings, not the defaults (session.ts), and the first
    // page's first reads begun now, while the shell is drawn (routes.tsx; issue 17).
    seedSettings(settings);
    prefetchRoute(startPath, settings);
  }
  // Records trashed more than 30 days ago are removed for good by BackupAutomation (runRetention),
  // which can say in the UI when the clock makes that unsafe.
  if (root) createRoot(root).render(<App />);
  preloadRoutesWhenIdle({ first: measureScrollbarAhead });
  warmUpWhenIdle();
}

void start();
