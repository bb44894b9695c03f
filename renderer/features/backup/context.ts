import { version } from '../../../package.json';
import type { CryptoLike } from '../../../shared/backup';
import { db } from '../../db/database';
import { platform } from '../../platform';
import type { BackupDeps } from './backup-service';
import { workerBuild } from './build-in-worker';
import { workerExportJson, workerOpen, workerOpenJson } from './restore-in-worker';
import { workerRetentionLook } from './retention-look-job';

/** The app's backup dependencies: the real database, platform API and WebCrypto. */
export function appBackupDeps(): BackupDeps {
  return {
    db,
    api: platform,
    crypto: globalThis.crypto as unknown as CryptoLike,
    appVersion: version,
    now: () => new Date(),
    busy: (busy) => platform.appSetBusy({ busy }),
    build: workerBuild(),
    open: workerOpen(),
    openJson: workerOpenJson(),
    exportJson: workerExportJson(),
    retentionLook: workerRetentionLook(db),
  };
}

/** "12.3 MB" style sizes for the lists and messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
