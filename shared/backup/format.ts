import { z } from 'zod';

/**
 * The backup file (docs/backup-format.md):
 *
 *   bytes 0–7   magic  89 47 4B 42 41 4B 0D 0A   ("\x89GKBAK\r\n": a high byte and CR LF, so a file
 *                                                 mangled by a text-mode copy is caught at once)
 *   bytes 8–11  header length N, unsigned 32-bit big-endian (at most 64 KiB)
 *   next N      header: UTF-8 JSON, the schema below (readable without the password)
 *   the rest    payload: the interchange JSON document, deflate-compressed, then (optionally)
 *               AES-256-GCM encrypted; exactly `payload.storedBytes` long
 *
 * The header alone answers "what is in this file" (preview before restore), and because the magic
 * and lengths come first a file of 2 GB of zeros is refused after reading 12 bytes.
 */
export const BACKUP_FORMAT = 'disclosure-desk/backup';
/** Every version ever written has fixtures in test/fixtures/backups/ (never edited). */
export const BACKUP_FORMAT_VERSION = 1;
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
  createdAt: z.string(),
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
    storedBytes: count,
    /** Length of the JSON before compression. */
    jsonBytes: count,
    /** SHA-256 (hex) of the stored payload bytes: detects damage without the password. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  encryption: z
    .object({
      cipher: z.literal('AES-256-GCM'),
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.number().int(),
      salt: z.string(),
      nonce: z.string(),
    })
    .nullable(),
});
export type BackupHeader = z.infer<typeof backupHeader>;

export function hasMagic(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false;
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** Joins magic, header length, header and payload into the file's bytes. */
export function packContainer(header: BackupHeader, payload: Uint8Array): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  if (headerBytes.length > MAX_HEADER_BYTES) throw new Error('backup header too large');
  const out = new Uint8Array(PREFIX_BYTES + headerBytes.length + payload.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(8, headerBytes.length, false);
  out.set(headerBytes, PREFIX_BYTES);
  out.set(payload, PREFIX_BYTES + headerBytes.length);
  return out;
}
