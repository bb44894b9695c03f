import { type InterchangeDocument, parseInterchangeValue } from '../model';
export { describeInvalidRecords, issueKey } from '../model/interchange';
import {
  type CryptoLike,
  decryptPayload,
  MAX_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  sha256Hex,
} from './crypto';
import { type BoundedInflater, INFLATE_MESSAGES, inflatePayload } from './codec';
import { decompressToJson } from './read-payload';
import { type BackupProblem, problem } from './errors';
import { type BackupHeader, CHECKSUM_BYTES, FIRST_AUTHENTICATED_VERSION } from './format';
import { type HeaderInfo, readBackupHeader } from './header';
import { countStores, dateRangeOf, holdsPersonalData, holdsPersonalDataBefore14 } from './summary';

export interface OpenOptions {
  crypto: CryptoLike;
  password?: string | null;
  /** The app's DB schema version: a backup from a newer schema is refused (issue 5). */
  maxSchemaVersion: number;
  /**
   * 'integrity': checksum, decryption and decompression to exactly the recorded length (and the
   * JSON's framing), without parsing or validating the records: main's read-back check right after
   * writing, where the bytes were just produced from the database (issue 5 asks for checksum and
   * decryption there; this also proves the payload inflates). 'full' (default): everything,
   * including every record's validation and the counts: restore and `desk backup verify`.
   */
  level?: 'integrity' | 'full';
  /** The platform's bounded raw-deflate decoder, if faster than the shared one (see CompressOptions). */
  inflateRaw?: BoundedInflater;
}

export interface OpenedBackup {
  ok: true;
  header: BackupHeader;
  doc: InterchangeDocument;
  writtenVersion: number;
}

/** An integrity check's result: the records were not parsed. */
export interface CheckedBackup {
  ok: true;
  header: BackupHeader;
  doc: null;
  writtenVersion: number;
}

/** The header only (for the preview before restore): no password needed, payload not read. */
export function inspectBackup(bytes: Uint8Array): HeaderInfo | BackupProblem {
  return readBackupHeader(bytes, bytes.length);
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Checks the file against its checksum, separate from decryption so that damage and a wrong password
 * get different messages (GCM alone cannot tell them apart). Format 2: the SHA-256 at the end covers
 * every byte before it, header included, so a flipped bit in the salt or nonce is damage. Format 1:
 * the header's hash covers the stored payload only (its salt and nonce are not covered).
 */
export async function checkPayload(
  bytes: Uint8Array,
  info: HeaderInfo,
  crypto: CryptoLike,
): Promise<{ ok: true; stored: Uint8Array; additionalData?: Uint8Array } | BackupProblem> {
  const { payloadOffset, header } = info;
  const stored = bytes.subarray(payloadOffset, payloadOffset + header.payload.storedBytes);
  if (info.writtenVersion >= FIRST_AUTHENTICATED_VERSION) {
    const end = payloadOffset + header.payload.storedBytes;
    const expected = toHex(bytes.subarray(end, end + CHECKSUM_BYTES));
    const actual = await sha256Hex(crypto, bytes.subarray(0, end));
    if (actual !== expected) {
      return problem(
        'checksumMismatch',
        `the file's checksum does not match (expected ${expected}, got ${actual}): its header or contents were damaged`,
      );
    }
    return { ok: true, stored, additionalData: bytes.subarray(0, payloadOffset) };
  }
  const actual = await sha256Hex(crypto, stored);
  if (actual !== header.payload.sha256) {
    return problem(
      'checksumMismatch',
      `the payload checksum does not match (expected ${header.payload.sha256 ?? 'none'}, got ${actual}): the file is damaged`,
    );
  }
  return { ok: true, stored };
}

/**
 * The read-back check of a backup this app has just written (checksum, decryption, the payload
 * inflated to its recorded length): any schema version, as the file is our own.
 */
export function checkWrittenBackup(
  crypto: CryptoLike,
  bytes: Uint8Array,
  password?: string | null,
): Promise<CheckedBackup | BackupProblem> {
  return openBackup(bytes, {
    crypto,
    password,
    maxSchemaVersion: Number.MAX_SAFE_INTEGER,
    level: 'integrity',
  });
}

/**
 * Opens a whole backup: header, checksum, decryption, decompression, validation of every record,
 * counts. Every failure is a typed problem; nothing here touches the database.
 */
export async function openBackup(
  bytes: Uint8Array,
  options: OpenOptions & { level: 'integrity' },
): Promise<CheckedBackup | BackupProblem>;
export async function openBackup(
  bytes: Uint8Array,
  options: OpenOptions & { level?: 'full' },
): Promise<OpenedBackup | BackupProblem>;
export async function openBackup(
  bytes: Uint8Array,
  options: OpenOptions,
): Promise<OpenedBackup | CheckedBackup | BackupProblem> {
  const info = inspectBackup(bytes);
  if (!info.ok) return info;
  const { header } = info;
  if (header.schemaVersion > options.maxSchemaVersion) {
    return problem(
      'newerVersion',
      `the backup comes from a newer app (${header.appVersion}, database version ${header.schemaVersion}; this app has ${options.maxSchemaVersion}); update the app first`,
    );
  }
  const checked = await checkPayload(bytes, info, options.crypto);
  if (!checked.ok) return checked;
  let compressed = checked.stored;
  if (header.encryption) {
    if (!options.password) return problem('passwordRequired', 'this backup is encrypted: enter its password');
    const { iterations } = header.encryption;
    if (iterations < PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) {
      return problem(
        'corrupt',
        `the encryption parameters are not ones this app writes (${iterations} iterations)`,
      );
    }
    const plain = await decryptPayload(
      options.crypto,
      options.password,
      header.encryption,
      compressed,
      checked.additionalData,
    );
    if (!plain) return problem('wrongPassword', 'the password is wrong (the file itself is intact)');
    compressed = plain;
  }
  if (options.level === 'integrity') {
    // Only the framing is looked at: the first bytes and the last one (nothing holds the whole JSON).
    const prefix = new TextEncoder().encode('{"format":"disclosure-desk/export"');
    const first = new Uint8Array(prefix.length);
    let seen = 0;
    let last = -1;
    const inflated = await inflatePayload(
      compressed,
      header.payload.jsonBytes,
      (chunk) => {
        if (seen < first.length) {
          const take = chunk.subarray(0, first.length - seen);
          first.set(take, seen);
          seen += take.length;
        }
        if (chunk.length > 0) last = chunk[chunk.length - 1] as number;
      },
      { inflateRaw: options.inflateRaw },
    );
    if (!inflated.ok) return problem('corrupt', `${INFLATE_MESSAGES[inflated.reason]}: the file is damaged`);
    const framed = seen === prefix.length && prefix.every((b, i) => first[i] === b) && last === 0x7d;
    if (!framed)
      return problem('corrupt', 'the payload does not decompress to the recorded JSON: the file is damaged');
    return { ok: true, header, doc: null, writtenVersion: info.writtenVersion };
  }
  const decoded = await decompressToJson(compressed, header.payload.jsonBytes, {
    inflateRaw: options.inflateRaw,
  });
  if (!decoded.ok) {
    const why =
      decoded.reason === 'notJson' ? 'the payload is not readable JSON' : INFLATE_MESSAGES[decoded.reason];
    const sized = ['tooLarge', 'pieceTooLarge', 'tooComplex'] as const;
    const detail = sized.find((reason) => reason === decoded.reason);
    return problem('corrupt', `${why}: the file is damaged`, undefined, detail);
  }
  const raw = decoded.value;
  const parsed = parseInterchangeValue(raw);
  if (!parsed.ok) {
    if (parsed.error === 'newerVersion') return problem('newerVersion', parsed.message);
    if (parsed.error === 'invalid') {
      return problem(
        'invalidRecords',
        `${parsed.message}: the backup holds records this app cannot accept`,
        parsed.issues,
      );
    }
    return problem('corrupt', `the payload is not a Disclosure Desk export (${parsed.message})`);
  }
  const actual = countStores(parsed.doc.stores);
  // Every store either side names: a header that leaves a store out does not hide its records.
  const stores = [...new Set([...Object.keys(header.counts), ...Object.keys(actual)])].sort();
  const wrong = stores.filter((store) => (header.counts[store] ?? 0) !== (actual[store] ?? 0));
  if (wrong.length > 0) {
    return problem(
      'countMismatch',
      'the record counts in the header do not match the payload',
      wrong.map((store) => `${store}: header ${header.counts[store] ?? 0}, payload ${actual[store] ?? 0}`),
    );
  }
  // The checksum covers the payload only: what the preview showed from the header must be what the
  // payload holds, or the officer confirmed a restore on false information.
  const differing = headerMismatches(header, parsed.doc);
  if (differing.length > 0) {
    return problem(
      'corrupt',
      'the header does not match the backed-up records: the file was altered',
      differing,
    );
  }
  return { ok: true, header, doc: parsed.doc, writtenVersion: info.writtenVersion };
}

/** Header fields that are derived from the payload at creation and no longer match it. */
export function headerMismatches(header: BackupHeader, doc: InterchangeDocument): string[] {
  const expected = {
    appVersion: doc.appVersion,
    schemaVersion: doc.schemaVersion,
    agencyName: doc.stores.settings?.profile.agencyName ?? '',
    dateRange: dateRangeOf(doc.stores),
    containsPersonalData: holdsPersonalData(doc.stores),
  };
  // A header written by the rule before issue 14 (see summary.ts) is the file as it was made.
  if (header.containsPersonalData === holdsPersonalDataBefore14(doc.stores)) {
    expected.containsPersonalData = header.containsPersonalData;
  }
  return Object.entries(expected)
    .filter(([field, value]) => JSON.stringify(header[field as keyof BackupHeader]) !== JSON.stringify(value))
    .map(
      ([field, value]) =>
        `${field}: header ${JSON.stringify(header[field as keyof BackupHeader])}, payload ${JSON.stringify(value)}`,
    );
}
