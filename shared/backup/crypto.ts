/**
 * The WebCrypto members the backup code uses. shared/ is type-checked without DOM or Node types, so
 * the interface is declared here; callers pass `globalThis.crypto` (browsers, Electron's renderer)
 * or `require('node:crypto').webcrypto` (main process, CLI, Node tests).
 */
export type KeyLike = object;

export interface SubtleLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'PBKDF2',
    extractable: false,
    usages: ['deriveKey'],
  ): Promise<KeyLike>;
  deriveKey(
    algorithm: { name: 'PBKDF2'; salt: Uint8Array; iterations: number; hash: 'SHA-256' },
    baseKey: KeyLike,
    derivedKeyType: { name: 'AES-GCM'; length: 256 },
    extractable: false,
    usages: ('encrypt' | 'decrypt')[],
  ): Promise<KeyLike>;
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array },
    key: KeyLike,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array },
    key: KeyLike,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
}

export interface CryptoLike {
  subtle: SubtleLike;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** PBKDF2-SHA256 iterations: OWASP's 2023 figure for PBKDF2-HMAC-SHA256 (issue 5: ≥ 600,000). */
export const PBKDF2_ITERATIONS = 600_000;
/** Files claiming more are refused: a hostile header must not make the app hash for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

export async function sha256Hex(crypto: CryptoLike, data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

async function deriveKey(crypto: CryptoLike, password: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface EncryptionParams {
  cipher: 'AES-256-GCM';
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64, 12 bytes */
  nonce: string;
}

/** A fresh random salt and nonce for every file (chosen before the header is written: it names them). */
export function newEncryptionParams(crypto: CryptoLike, iterations = PBKDF2_ITERATIONS): EncryptionParams {
  return {
    cipher: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
    nonce: toBase64(crypto.getRandomValues(new Uint8Array(12))),
  };
}

/** The 16-byte GCM tag AES-GCM appends to the cipher text. */
export const GCM_TAG_BYTES = 16;

/**
 * AES-256-GCM; the 16-byte tag ends the output. `additionalData` (format 2: the signature, length and
 * header) is authenticated with the payload, so a header altered by someone who recomputed the
 * checksum still fails to decrypt.
 */
export async function encryptPayload(
  crypto: CryptoLike,
  password: string,
  params: EncryptionParams,
  plain: Uint8Array,
  additionalData?: Uint8Array,
): Promise<Uint8Array> {
  const key = await deriveKey(crypto, password, fromBase64(params.salt), params.iterations);
  const iv = fromBase64(params.nonce);
  return new Uint8Array(
    await crypto.subtle.encrypt(
      additionalData ? { name: 'AES-GCM', iv, additionalData } : { name: 'AES-GCM', iv },
      key,
      plain,
    ),
  );
}

/**
 * Decrypts, or returns null when the tag does not verify. The checksum is checked before this, so a
 * failing tag on intact bytes means the password is wrong, not that the file is bad.
 */
export async function decryptPayload(
  crypto: CryptoLike,
  password: string,
  params: EncryptionParams,
  cipher: Uint8Array,
  additionalData?: Uint8Array,
): Promise<Uint8Array | null> {
  const key = await deriveKey(crypto, password, fromBase64(params.salt), params.iterations);
  const iv = fromBase64(params.nonce);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        additionalData ? { name: 'AES-GCM', iv, additionalData } : { name: 'AES-GCM', iv },
        key,
        cipher,
      ),
    );
  } catch {
    return null;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 without DOM (btoa) or Node (Buffer): only short values (salt, nonce) go through here. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += b === undefined ? '=' : B64[(n >> 6) & 63]!;
    out += c === undefined ? '=' : B64[n & 63]!;
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = B64.indexOf(ch);
    if (v < 0) throw new Error('invalid base64');
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}
