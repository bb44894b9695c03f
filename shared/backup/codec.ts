import { Deflate, Inflate } from 'fflate';
import type { InterchangeDocument } from '../model';
import { yieldToEventLoop } from '../yield';

/**
 * The payload: the interchange JSON document, compressed with raw DEFLATE (RFC 1951). The JSON is
 * produced in batches of records straight into the compressor, so a 10-year database never exists
 * as one giant string (memory budget, issue 5 "Performance"). The platform's native
 * CompressionStream('deflate-raw') is used where it exists (browsers, Electron, Node ≥ 18: about
 * 7× faster than JavaScript); fflate produces the identical format elsewhere.
 */
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
interface TransformLike {
  writable: { getWriter(): ByteWriter };
  readable: { getReader(): ByteReader };
}
type TransformCtor = new (format: 'deflate-raw') => TransformLike;
const platformStreams = globalThis as unknown as {
  CompressionStream?: TransformCtor;
  DecompressionStream?: TransformCtor;
};

/**
 * The largest payload JSON a backup may declare (issue 14). The reader parses it as it inflates, a few
 * records at a time (read-payload.ts), so the cap is no longer set by V8's string limit (2^29 − 24
 * UTF-16 units) nor by the text: what stays is what the records parse to (212 MB of heap for the
 * ten-year benchmark's 227 MB of JSON) and the validated copy. 300 MB keeps 1.3× room over that
 * database; its verify peaks at about 0.5 GB (peaks of every kind of file: docs/backup-format.md). The writer
 * refuses a database above it rather than write a backup nobody can restore.
 */
export const MAX_JSON_BYTES = 300_000_000;
/**
 * The largest single value the reader parses as one piece: one record, the settings, one top-level
 * field. A piece costs its bytes, its text (UTF-16: up to twice the bytes) and its value while it is
 * parsed, so this bounds what one hostile value can cost (a 300 MB string: 1.3 GB before) to about
 * 64 MB. The app's own records are far smaller — fields have length limits; the largest in the
 * ten-year benchmark is 1,954 bytes (the settings) — and the writer refuses a record above it.
 */
export const MAX_PIECE_BYTES = 16_000_000;
/** DEFLATE's worst case (stored blocks: 5 bytes per 64 KiB) plus the GCM tag, with room to spare. */
export const MAX_STORED_BYTES = MAX_JSON_BYTES + Math.ceil(MAX_JSON_BYTES / 1000) + 1024;
const BATCH_RECORDS = 2000;
const FLUSH_CHARS = 4 << 20;

const pieceTooLargeMessage = `a record is larger than one backup can hold (${MAX_PIECE_BYTES} bytes of JSON)`;

/** The reader refuses a value above MAX_PIECE_BYTES: so does the writer (UTF-8 is at most 3 bytes a unit). */
function checkPiece(text: string): string {
  if (text.length * 3 > MAX_PIECE_BYTES && new TextEncoder().encode(text).length > MAX_PIECE_BYTES)
    throw new Error(pieceTooLargeMessage);
  return text;
}

/** Yields the document's JSON text in pieces: one piece per batch of records. */
function* jsonPieces(doc: InterchangeDocument): Generator<string> {
  yield '{';
  let firstKey = true;
  for (const [key, value] of Object.entries(doc)) {
    yield `${firstKey ? '' : ','}${JSON.stringify(key)}:`;
    firstKey = false;
    if (key !== 'stores') {
      yield checkPiece(JSON.stringify(value) ?? 'null');
      continue;
    }
    yield '{';
    let firstStore = true;
    for (const [store, rows] of Object.entries(value as Record<string, unknown>)) {
      yield `${firstStore ? '' : ','}${JSON.stringify(store)}:`;
      firstStore = false;
      if (!Array.isArray(rows)) {
        yield checkPiece(JSON.stringify(rows) ?? 'null');
        continue;
      }
      yield '[';
      for (let i = 0; i < rows.length; i += BATCH_RECORDS) {
        // "[a,b]" → "a,b": the batch's own brackets are dropped, batches joined by commas.
        const batch = JSON.stringify(rows.slice(i, i + BATCH_RECORDS));
        // Only a batch that could hold an oversized record is looked at record by record.
        if (batch.length * 3 > MAX_PIECE_BYTES)
          for (const row of rows.slice(i, i + BATCH_RECORDS)) checkPiece(JSON.stringify(row) ?? 'null');
        yield `${i === 0 ? '' : ','}${batch.slice(1, -1)}`;
      }
      yield ']';
    }
    yield '}';
  }
  yield '}';
}

/** The JSON as UTF-8 chunks of a few MB each. */
function* jsonChunks(doc: InterchangeDocument): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let length = 0;
  for (const piece of jsonPieces(doc)) {
    pending.push(piece);
    length += piece.length;
    if (length >= FLUSH_CHARS) {
      yield encoder.encode(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield encoder.encode(pending.join(''));
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

async function readAll(
  reader: ByteReader,
  limit: number,
): Promise<{ chunks: Uint8Array[]; total: number } | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, total };
    if (!value) continue;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
}

export interface CompressOptions {
  /** false forces the JavaScript compressor (tests use it to prove both give the same format). */
  native?: boolean;
  /** A platform's own bounded raw-deflate decoder (main and the CLI pass node:zlib's). */
  inflateRaw?: BoundedInflater;
}

const tooLargeMessage = `the database is larger than one backup can hold (${MAX_JSON_BYTES} bytes of JSON)`;

export async function compressInterchange(
  doc: InterchangeDocument,
  options: CompressOptions = {},
): Promise<{ bytes: Uint8Array; jsonBytes: number }> {
  let jsonBytes = 0;
  const Native = options.native === false ? undefined : platformStreams.CompressionStream;
  if (Native) {
    const stream = new Native('deflate-raw');
    const writer = stream.writable.getWriter();
    const reading = readAll(stream.readable.getReader(), Number.MAX_SAFE_INTEGER);
    for (const chunk of jsonChunks(doc)) {
      jsonBytes += chunk.length;
      if (jsonBytes > MAX_JSON_BYTES) {
        await writer.abort(new Error(tooLargeMessage)).catch(() => undefined);
        throw new Error(tooLargeMessage);
      }
      await writer.write(chunk);
    }
    await writer.close();
    const result = await reading;
    if (!result) throw new Error('compression failed');
    return { bytes: concat(result.chunks, result.total), jsonBytes };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const deflate = new Deflate({ level: 1 }, (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  const pieces = [...jsonChunks(doc)];
  pieces.forEach((chunk, i) => {
    jsonBytes += chunk.length;
    if (jsonBytes > MAX_JSON_BYTES) throw new Error(tooLargeMessage);
    deflate.push(chunk, i === pieces.length - 1);
  });
  if (pieces.length === 0) deflate.push(new Uint8Array(0), true);
  return { bytes: concat(chunks, total), jsonBytes };
}

/**
 * Why a payload did not inflate to the recorded JSON, for a message that names the damage. `tooLarge`:
 * the header declares more than MAX_JSON_BYTES; `longer`/`shorter`: the stream holds more or fewer bytes
 * than declared (a deflate bomb shows as `longer` after at most `expected` + one chunk); `trailing`:
 * bytes after the end of the deflate stream; `damaged`: not a valid deflate stream.
 */
export type InflateFailure = 'tooLarge' | 'longer' | 'shorter' | 'trailing' | 'damaged';
export type InflateResult = { ok: true } | { ok: false; reason: InflateFailure };
/** Receives the inflated bytes in order; it must not throw (it keeps its own failure). */
export type InflateSink = (chunk: Uint8Array) => void;
/**
 * A raw-deflate decoder with a running limit: it hands the output to `sink` as it comes, stops as soon
 * as the stream would exceed `expected` bytes, and refuses bytes after the stream's end. Nothing holds
 * the whole output (issue 14 item 15). The shared one (fflate, below) runs everywhere; main and the
 * CLI pass node:zlib's (about twice as fast).
 */
export type BoundedInflater = (
  bytes: Uint8Array,
  expected: number,
  sink: InflateSink,
) => Promise<InflateResult>;

/** Input fed per step: DEFLATE expands at most ~1032:1, so one step adds at most ~17 MB beyond the limit. */
const INFLATE_STEP = 16 * 1024;

/** fflate's streaming Inflate keeps its unread input in `p` and the bit position in `s.p` (0.8.x). */
interface InflateInternals {
  p: Uint8Array;
  s: { p: number };
}

/**
 * Time inflating between two yields to the event loop: fflate runs on the calling thread, and
 * verifying an automatic backup in the window (browser mode) or opening a backup to restore was one
 * task of 130 ms at bureau scale (issue 17). A fixed number of input steps per slice (two of 64 KB)
 * still gave tasks of 230–310 ms at county scale, where the records compress far better: the slice is
 * now measured in time, in steps of 16 KB of input.
 */
const SLICE_MS = 12;

const clock = () => globalThis.performance?.now() ?? Date.now();

/** inflateBounded with its clock and slice given (tests); the app uses `inflateBounded`. */
export function slicedInflater(now: () => number = clock, sliceMs = SLICE_MS): BoundedInflater {
  return (bytes, expected, sink) => inflateInSlices(bytes, expected, sink, now, sliceMs);
}

export const inflateBounded: BoundedInflater = slicedInflater();

async function inflateInSlices(
  bytes: Uint8Array,
  expected: number,
  sink: InflateSink,
  now: () => number,
  sliceMs: number,
): Promise<InflateResult> {
  if (expected > MAX_JSON_BYTES) return { ok: false, reason: 'tooLarge' };
  let written = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (final) ended = true;
    if (over) return;
    if (written + chunk.length > expected) {
      over = true;
      return;
    }
    written += chunk.length;
    sink(chunk);
  });
  try {
    let sliceStart = now();
    for (let i = 0; i < bytes.length || i === 0; i += INFLATE_STEP) {
      const last = i + INFLATE_STEP >= bytes.length;
      inflater.push(bytes.subarray(i, i + INFLATE_STEP), last);
      if (over) return { ok: false, reason: 'longer' };
      if (last) break;
      if (now() - sliceStart >= sliceMs) {
        await yieldToEventLoop();
        sliceStart = now();
      }
    }
  } catch {
    return { ok: false, reason: over ? 'longer' : 'damaged' };
  }
  if (!ended) return { ok: false, reason: 'damaged' };
  // Unread input after the final block; a partly read last byte (bit position ≠ 0) is the stream's own.
  const internals = inflater as unknown as InflateInternals;
  const unread = internals.p.length - ((internals.s.p & 7) !== 0 ? 1 : 0);
  if (unread > 0) return { ok: false, reason: 'trailing' };
  if (written !== expected) return { ok: false, reason: 'shorter' };
  return { ok: true };
}

/** Inflates to exactly `expected` bytes within the running limit, into `sink`, or says why not. */
export async function inflatePayload(
  bytes: Uint8Array,
  expected: number,
  sink: InflateSink,
  options: CompressOptions = {},
): Promise<InflateResult> {
  if (expected > MAX_JSON_BYTES) return { ok: false, reason: 'tooLarge' };
  return (options.inflateRaw ?? inflateBounded)(bytes, expected, sink);
}

/** The whole inflated payload as one buffer (tests and small files only: the reader streams). */
export async function inflateToBytes(
  bytes: Uint8Array,
  expected: number,
  options: CompressOptions = {},
): Promise<{ ok: true; json: Uint8Array } | { ok: false; reason: InflateFailure }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const result = await inflatePayload(
    bytes,
    expected,
    (chunk) => {
      chunks.push(chunk.slice());
      total += chunk.length;
    },
    options,
  );
  return result.ok ? { ok: true, json: concat(chunks, total) } : result;
}

export const INFLATE_MESSAGES: Record<InflateFailure | 'pieceTooLarge' | 'tooComplex', string> = {
  tooLarge: 'the header declares more data than this app can restore',
  longer: 'the payload inflates to more data than the header declares (a damaged or hostile file)',
  shorter: 'the payload inflates to less data than the header declares',
  trailing: 'there are bytes after the end of the compressed payload',
  damaged: 'the compressed payload is damaged',
  pieceTooLarge: `the payload holds a single record or value larger than any this app writes (${MAX_PIECE_BYTES} bytes)`,
  tooComplex:
    'the payload parses to far more data than its size (values no backup of this app holds): a damaged or hostile file',
};
