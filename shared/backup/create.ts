import { INTERCHANGE_VERSION, type InterchangeDocument } from '../model';
import { compressInterchange } from './codec';
import {
  type CryptoLike,
  encryptPayload,
  GCM_TAG_BYTES,
  newEncryptionParams,
  PBKDF2_ITERATIONS,
} from './crypto';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, packContainer, packPrefix } from './format';
import { countStores, dateRangeOf, holdsPersonalData } from './summary';

export interface CreateBackupOptions {
  crypto: CryptoLike;
  /** ISO instant; passed in because shared/ never reads the clock. */
  createdAt: string;
  /** Encrypts with AES-256-GCM when given (non-empty). */
  password?: string | null;
  /** Only tests lower this, and readers refuse files below PBKDF2_ITERATIONS. */
  iterations?: number;
  /** This installation's id (32 hex digits), or null where none is known (the CLI). */
  installationId?: string | null;
  /** Records that failed validation (`describeInvalidRecords`), named in the header (issue 14). */
  invalidRecords?: readonly string[];
}

/**
 * Builds a backup file from an interchange document (the same code in the app, main and the CLI).
 * Format 2: the header is written first (it names the salt and nonce and the exact payload length),
 * then the payload is encrypted with the signature, length and header as AES-GCM additional data, and
 * the SHA-256 of everything ends the file.
 */
export async function createBackup(
  doc: InterchangeDocument,
  options: CreateBackupOptions,
): Promise<{ bytes: Uint8Array; header: BackupHeader }> {
  const { bytes: compressed, jsonBytes } = await compressInterchange(doc);
  const encryption = options.password
    ? newEncryptionParams(options.crypto, options.iterations ?? PBKDF2_ITERATIONS)
    : null;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: doc.appVersion,
    schemaVersion: doc.schemaVersion,
    interchangeVersion: doc.formatVersion ?? INTERCHANGE_VERSION,
    createdAt: options.createdAt,
    installationId: options.installationId ?? null,
    agencyName: doc.stores.settings?.profile.agencyName ?? '',
    counts: countStores(doc.stores),
    dateRange: dateRangeOf(doc.stores),
    containsPersonalData: holdsPersonalData(doc.stores),
    invalidRecords: [...(options.invalidRecords ?? [])].slice(0, 50),
    payload: {
      compression: 'deflate',
      storedBytes: compressed.length + (encryption ? GCM_TAG_BYTES : 0),
      jsonBytes,
    },
    encryption,
  };
  const prefix = packPrefix(header);
  const stored =
    encryption && options.password
      ? await encryptPayload(options.crypto, options.password, encryption, compressed, prefix)
      : compressed;
  if (stored.length !== header.payload.storedBytes) throw new Error('unexpected cipher text length');
  return { bytes: await sealContainer(options.crypto, prefix, stored), header };
}

/** Prefix + payload + the SHA-256 of both: the last step of writing a format-2 file. */
export async function sealContainer(
  crypto: CryptoLike,
  prefix: Uint8Array,
  stored: Uint8Array,
): Promise<Uint8Array> {
  const body = new Uint8Array(prefix.length + stored.length);
  body.set(prefix, 0);
  body.set(stored, prefix.length);
  const checksum = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return packContainer(prefix, stored, checksum);
}
