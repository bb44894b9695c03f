import { MAX_JSON_BYTES, MAX_STORED_BYTES } from './codec';
import { type BackupProblem, problem } from './errors';
import {
  BACKUP_FORMAT,
  type BackupHeader,
  CHECKSUM_BYTES,
  FIRST_AUTHENTICATED_VERSION,
  backupHeader,
  hasMagic,
  MAGIC,
  MAX_HEADER_BYTES,
  PREFIX_BYTES,
} from './format';
import { upgradeHeaderObject } from './upgrade';

export interface HeaderInfo {
  ok: true;
  header: BackupHeader;
  /** Where the payload starts in the file. */
  payloadOffset: number;
  /** The format version the file was written in (before upgrading). */
  writtenVersion: number;
}

/** How many leading bytes `readBackupHeader` may need: read this much (or the whole file if smaller). */
export const HEADER_READ_BYTES = PREFIX_BYTES + MAX_HEADER_BYTES;

/**
 * Reads and checks the header from the first bytes of a file whose full size is `fileSize`, without
 * the payload: main reads at most HEADER_READ_BYTES, so a 2 GB file of zeros is refused at once.
 */
export function readBackupHeader(prefix: Uint8Array, fileSize: number): HeaderInfo | BackupProblem {
  if (!hasMagic(prefix)) {
    const partOfMagic =
      prefix.length < MAGIC.length && prefix.length > 0 && prefix.every((b, i) => MAGIC[i] === b);
    return partOfMagic
      ? problem('truncated', `the file ends after ${fileSize} bytes, inside the backup signature`)
      : problem(
          'notBackup',
          'this file is not a Disclosure Desk backup (its first bytes are not the backup signature)',
        );
  }
  if (fileSize < PREFIX_BYTES || prefix.length < PREFIX_BYTES) {
    return problem('truncated', `the file ends after ${fileSize} bytes, before its header`);
  }
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  const headerLength = view.getUint32(8, false);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) {
    return problem('corrupt', `the header length (${headerLength} bytes) is impossible: the file is damaged`);
  }
  if (fileSize < PREFIX_BYTES + headerLength) {
    return problem(
      'truncated',
      `the file ends after ${fileSize} bytes, inside its ${headerLength}-byte header`,
    );
  }
  if (prefix.length < PREFIX_BYTES + headerLength) {
    throw new Error(`readBackupHeader needs the first ${PREFIX_BYTES + headerLength} bytes`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        prefix.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength),
      ),
    );
  } catch {
    return problem('corrupt', 'the header is not readable JSON: the file is damaged');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return problem('notBackup', 'the header does not describe a Disclosure Desk backup');
  }
  const upgraded = upgradeHeaderObject(raw as Record<string, unknown>);
  if (!upgraded.ok) return problem(upgraded.error, upgraded.message);
  const declared = (upgraded.header as { payload?: { jsonBytes?: unknown; storedBytes?: unknown } }).payload;
  if (
    (typeof declared?.jsonBytes === 'number' && declared.jsonBytes > MAX_JSON_BYTES) ||
    (typeof declared?.storedBytes === 'number' && declared.storedBytes > MAX_STORED_BYTES)
  ) {
    // Said as what it is, before anything of the payload is read or allocated (issue 14 item 15).
    return problem(
      'corrupt',
      `the header declares more data than this app can restore (${String(declared.jsonBytes)} bytes of JSON, at most ${MAX_JSON_BYTES}): the file is damaged or was not made by this app`,
      undefined,
      'tooLarge',
    );
  }
  const parsed = backupHeader.safeParse(upgraded.header);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    return problem('corrupt', `the header is damaged (${detail})`);
  }
  const header = parsed.data;
  const payloadOffset = PREFIX_BYTES + headerLength;
  const trailer = upgraded.originalVersion >= FIRST_AUTHENTICATED_VERSION ? CHECKSUM_BYTES : 0;
  const expected = payloadOffset + header.payload.storedBytes + trailer;
  if (fileSize < expected) {
    return problem(
      'truncated',
      `the file is incomplete: ${fileSize} of ${expected} bytes (copy interrupted?)`,
    );
  }
  if (fileSize > expected) {
    return problem('corrupt', `the file has ${fileSize - expected} unexpected bytes after the backup`);
  }
  return { ok: true, header, payloadOffset, writtenVersion: upgraded.originalVersion };
}
