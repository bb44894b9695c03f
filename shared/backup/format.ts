import { z } from 'zod';
import { MAX_JSON_BYTES, MAX_STORED_BYTES } from './codec';

/**
 * The backup file (docs/backup-format.md):
 *
 *   bytes 0–7   magic  89 47 4B 42 41 4B 0D 0A   ("\x89GKBAK\r\n": a high byte and CR LF, so a file
 *                                                 mangled by a text-mode copy is caught at once)
 *   bytes 8–11  header length N, unsigned 32-bit big-endian (at most 64 KiB)
 *   next N      header: UTF-8 JSON, the schema below (readable without the password)
 *   next        payload: the interchange JSON document, deflate-compressed, then (optionally)
 *               AES-256-GCM encrypted; exactly `payload.storedBytes` long
 *   last 32     (format 2 on) SHA-256 of every byte before it: signature, length, header and payload,
 *               so a flipped bit anywhere — salt, nonce, created time, counts — reads as damage
 *
 * The header alone answers "what is in this file" (preview before restore), and because the magic
 * and lengths come first a file of 2 GB of zeros is refused after reading 12 bytes.
 */
export const BACKUP_FORMAT = 'disclosure-desk/backup';
/** Every version ever written has fixtures in test/fixtures/backups/ (never edited). */
export const BACKUP_FORMAT_VERSION = 2;
/** Format 2 ends with the SHA-256 of all the bytes before it (format 1 kept a payload-only hash in the header). */
export const CHECKSUM_BYTES = 32;
/** Format version that first covered the header by the checksum and as AES-GCM additional data. */
export const FIRST_AUTHENTICATED_VERSION = 2;
export const BACKUP_EXTENSION = 'gkbak';
export const MAGIC = new Uint8Array([0x89, 0x47, 0x4b, 0x42, 0x41, 0x4b, 0x0d, 0x0a]);
export const PREFIX_BYTES = 12;
export const MAX_HEADER_BYTES = 64 * 1024;

const count = z.number().int().min(0);

export const backupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  /** The Dexie schema version of the database the data came from. */
  schemaVersion: z.number().int().min(1),
  /** The interchange format version of the payload. */
  interchangeVersion: z.number().int().min(1),
  /** ISO instant (audit-style timestamp, not a civil date). */
  createdAt: z.iso.datetime({ message: 'not an ISO instant' }),
  /**
   * The installation that wrote the file (format 2; null in older files): a folder shared by two PCs
   * is pruned per installation, never one PC's backups by the other (issue 14).
   */
  installationId: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'not an installation id')
    .nullable(),
  /**
   * Records that failed the app's validation when the backup was made (format 2), in the form of
   * `describeInvalidRecords`: the backup is still written (so the data is never without a copy) and
   * the preview and `backup verify` name them. At most 50 lines.
   */
  invalidRecords: z.array(z.string()).max(50),
  agencyName: z.string(),
  /** Records per store, checked against the payload when it is opened and after a restore. */
  counts: z.record(z.string(), count),
  /** Earliest and latest record date across the four registers (civil dates), for the preview. */
  dateRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  /** True when requests still hold applicants' names or contacts (encryption is then offered by default). */
  containsPersonalData: z.boolean(),
  payload: z.object({
    compression: z.literal('deflate'),
    /** Length of the stored payload bytes (after compression and encryption). */
    storedBytes: count.max(MAX_STORED_BYTES, 'larger than any backup this app can restore'),
    /** Length of the JSON before compression. */
    jsonBytes: count.max(MAX_JSON_BYTES, 'more data than this app can restore'),
    /** Format 1 only: SHA-256 (hex) of the stored payload bytes (format 2 has the trailing checksum). */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  }),
  encryption: z
    .object({
      cipher: z.literal('AES-256-GCM'),
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.number().int(),
      /** 16 random bytes, base64 (24 characters, "==" at the end). */
      salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/, 'not 16 bytes of base64'),
      /** 12 random bytes, base64 (16 characters). */
      nonce: z.string().regex(/^[A-Za-z0-9+/]{16}$/, 'not 12 bytes of base64'),
    })
    .nullable(),
});
export type BackupHeader = z.infer<typeof backupHeader>;

export function hasMagic(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false;
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** Signature, header length and header: the bytes before the payload (AES-GCM additional data). */
export function packPrefix(header: BackupHeader): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  if (headerBytes.length > MAX_HEADER_BYTES) throw new Error('backup header too large');
  const out = new Uint8Array(PREFIX_BYTES + headerBytes.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(8, headerBytes.length, false);
  out.set(headerBytes, PREFIX_BYTES);
  return out;
}

/** Joins prefix, payload and the checksum of both (format 2). */
export function packContainer(prefix: Uint8Array, payload: Uint8Array, checksum: Uint8Array): Uint8Array {
  if (checksum.length !== CHECKSUM_BYTES) throw new Error('checksum must be 32 bytes');
  const out = new Uint8Array(prefix.length + payload.length + CHECKSUM_BYTES);
  out.set(prefix, 0);
  out.set(payload, prefix.length);
  out.set(checksum, prefix.length + payload.length);
  return out;
}
