import { version } from '../../package.json';
import type { DeskApi, DeskEvents } from '../../shared/ipc';
import { workerStoreAuto } from '../features/backup/store-auto-in-worker';
import { workerVerify } from '../features/backup/verify-in-worker';
import { type BrowserEnv, createBrowserPlatform } from './browser';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload.ts) or by the E2E helper test/e2e/support/bind-main.ts. */
    desk?: DeskApi;
    /** Events from main (electron/preload.ts); absent in the browser. */
    deskEvents?: DeskEvents;
  }
}

/** True in the desktop app (or when E2E binds the real main handlers into the page). */
export const isDesktop = typeof window !== 'undefined' && window.desk !== undefined;

/**
 * The platform API the UI calls: the Electron bridge when present, otherwise the browser fallback.
 * Both implement the same DeskApi from shared/ipc.ts.
 */
export const platform: DeskApi =
  typeof window !== 'undefined' && window.desk
    ? window.desk
    : createBrowserPlatform({
        window: (typeof window !== 'undefined' ? window : undefined) as unknown as BrowserEnv['window'],
        document: (typeof document !== 'undefined' ? document : undefined) as unknown as Document,
        appVersion: version,
        verifyInWorker: workerVerify() ?? undefined,
        storeAutoInWorker: workerStoreAuto() ?? undefined,
      });

/** Events from main; in the browser nothing is sent (no quit hook: the start-up backup covers it). */
export const platformEvents: DeskEvents =
  typeof window !== 'undefined' && window.deskEvents
    ? window.deskEvents
    : { onBeforeQuit: () => () => undefined };
