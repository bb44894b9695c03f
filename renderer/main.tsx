import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { homePath, preloadRoute } from './app/routes';
import { showWhileSlow } from './app/startup';
import { db } from './db/database';
import { purgeExpiredTrash } from './db/repositories/registers';
import { getSettings } from './db/repositories/settings';
import { initI18n } from './i18n';

/** Runs `fn` once the browser is idle after the first screen (at most `timeout` ms later). */
function afterStart(fn: () => void, timeout = 5000) {
  const idle = globalThis.requestIdleCallback;
  if (idle) idle(fn, { timeout });
  else setTimeout(fn, 1000);
}

async function start() {
  // The opened page's code loads while the database opens, not after the app's first render.
  preloadRoute(window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || homePath());
  const root = document.getElementById('root');
  if (root) root.style.cssText = 'white-space: pre-line; padding: 32px; font-size: 16px;';
  // Opening may upgrade the database (first start after an update): say so when it takes long.
  await showWhileSlow(
    root,
    db.open().catch((err: unknown) => {
      // The app still starts: its pages show the database error where they read (ErrorBoundary).
      console.warn('opening the database failed', err instanceof Error ? err.message : err);
    }),
  );
  if (root) root.style.cssText = '';
  // The saved language first, so the first paint is already in the officer's language.
  const settings = await getSettings(db).catch(() => null);
  initI18n(settings?.language ?? 'zh-CN');
  if (root) createRoot(root).render(<App />);
  // Records trashed more than 30 days ago are removed for good (logged in the audit trail), once
  // the first screen is up: its reads would otherwise wait behind the purge's (issue 17).
  afterStart(() => {
    void purgeExpiredTrash(db, { actor: 'system', now: new Date().toISOString() }).catch((err: unknown) => {
      console.warn('trash purge failed', err instanceof Error ? err.message : err);
    });
  });
}

void start();
