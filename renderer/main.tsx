import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { db } from './db/database';
import { purgeExpiredTrash } from './db/repositories/registers';
import { getSettings } from './db/repositories/settings';
import { initI18n } from './i18n';

async function start() {
  // The saved language first, so the first paint is already in the officer's language.
  const settings = await getSettings(db).catch(() => null);
  initI18n(settings?.language ?? 'zh-CN');
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App />);
  // Records trashed more than 30 days ago are removed for good (logged in the audit trail).
  void purgeExpiredTrash(db, { actor: 'system', now: new Date().toISOString() }).catch((err: unknown) => {
    console.warn('trash purge failed', err instanceof Error ? err.message : err);
  });
}

void start();
