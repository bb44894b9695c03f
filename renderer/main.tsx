import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { db } from './db/database';
import { getSettings } from './db/repositories/settings';
import { initI18n } from './i18n';

async function start() {
  // The saved language first, so the first paint is already in the officer's language.
  const settings = await getSettings(db).catch(() => null);
  initI18n(settings?.language ?? 'zh-CN');
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App />);
}

void start();
