import { INTERCHANGE_VERSION, type InterchangeDocument } from '../model';
import { type CryptoLike, encryptPayload, PBKDF2_ITERATIONS, sha256Hex } from './crypto';
import { compressInterchange } from './codec';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, packContainer } from './format';
import { countStores, dateRangeOf, holdsPersonalData } from './summary';

export interface CreateBackupOptions {
  crypto: CryptoLike;
  /** ISO instant; passed in because shared/ never reads the clock. */
  createdAt: string;
  /** Encrypts with AES-256-GCM when given (non-empty). */
  password?: string | null;
  /** Only tests lower this, and readers refuse files below PBKDF2_ITERATIONS. */
  iterations?: number;
}

/** Builds a backup file from an interchange document (the same code in the app, main and the CLI). */
export async function createBackup(
  doc: InterchangeDocument,
  options: CreateBackupOptions,
): Promise<{ bytes: Uint8Array; header: BackupHeader }> {
  const { bytes: compressed, jsonBytes } = await compressInterchange(doc);
  let stored = compressed;
  let encryption: BackupHeader['encryption'] = null;
  if (options.password) {
    const encrypted = await encryptPayload(
      options.crypto,
      options.password,
      compressed,
      options.iterations ?? PBKDF2_ITERATIONS,
    );
    stored = encrypted.cipher;
    encryption = encrypted.params;
  }
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: doc.appVersion,
    schemaVersion: doc.schemaVersion,
    interchangeVersion: doc.formatVersion ?? INTERCHANGE_VERSION,
    createdAt: options.createdAt,
    agencyName: doc.stores.settings?.profile.agencyName ?? '',
    counts: countStores(doc.stores),
    dateRange: dateRangeOf(doc.stores),
    containsPersonalData: holdsPersonalData(doc.stores),
    payload: {
      compression: 'deflate',
      storedBytes: stored.length,
      jsonBytes,
      sha256: await sha256Hex(options.crypto, stored),
    },
    encryption,
  };
  return { bytes: packContainer(header, stored), header };
}
