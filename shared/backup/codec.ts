import { Deflate, inflateSync } from 'fflate';
import type { InterchangeDocument } from '../model';

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

export const MAX_JSON_BYTES = 1_900_000_000;
const BATCH_RECORDS = 2000;
const FLUSH_CHARS = 4 << 20;

/** Yields the document's JSON text in pieces: one piece per batch of records. */
function* jsonPieces(doc: InterchangeDocument): Generator<string> {
  yield '{';
  let firstKey = true;
  for (const [key, value] of Object.entries(doc)) {
    yield `${firstKey ? '' : ','}${JSON.stringify(key)}:`;
    firstKey = false;
    if (key !== 'stores') {
      yield JSON.stringify(value) ?? 'null';
      continue;
    }
    yield '{';
    let firstStore = true;
    for (const [store, rows] of Object.entries(value as Record<string, unknown>)) {
      yield `${firstStore ? '' : ','}${JSON.stringify(store)}:`;
      firstStore = false;
      if (!Array.isArray(rows)) {
        yield JSON.stringify(rows) ?? 'null';
        continue;
      }
      yield '[';
      for (let i = 0; i < rows.length; i += BATCH_RECORDS) {
        // "[a,b]" → "a,b": the batch's own brackets are dropped, batches joined by commas.
        const batch = JSON.stringify(rows.slice(i, i + BATCH_RECORDS));
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
  /**
   * A platform's own raw-deflate decoder (main passes node:zlib's inflateRawSync, about twice as fast
   * as DecompressionStream on 227 MB). Returns the inflated bytes or throws; `maxBytes` bounds the
   * output, and a longer stream must throw or come back longer.
   */
  inflateRaw?: (bytes: Uint8Array, maxBytes: number) => Uint8Array;
}

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
    deflate.push(chunk, i === pieces.length - 1);
  });
  if (pieces.length === 0) deflate.push(new Uint8Array(0), true);
  return { bytes: concat(chunks, total), jsonBytes };
}

async function inflate(
  bytes: Uint8Array,
  expected: number,
  options: CompressOptions,
): Promise<Uint8Array | undefined> {
  if (options.inflateRaw) {
    try {
      // One spare byte, as below: a longer stream shows as length + 1 (or throws).
      return options.inflateRaw(bytes, expected + 1);
    } catch {
      return undefined;
    }
  }
  const Native = options.native !== false ? platformStreams.DecompressionStream : undefined;
  if (!Native) {
    try {
      // One spare byte: fflate stops silently when `out` is full, so a longer stream shows as length + 1.
      return inflateSync(bytes, { out: new Uint8Array(expected + 1) });
    } catch {
      return undefined;
    }
  }
  const stream = new Native('deflate-raw');
  const writer = stream.writable.getWriter();
  const reading = readAll(stream.readable.getReader(), expected).catch(() => null);
  // Errors surface on the reading side; the writer's own promise is only awaited to avoid an unhandled rejection.
  writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  const result = await reading;
  return result ? concat(result.chunks, result.total) : undefined;
}

/** Inflates to exactly `expected` bytes, or undefined (damaged, shorter or longer stream). */
export async function inflatePayload(
  bytes: Uint8Array,
  expected: number,
  options: CompressOptions = {},
): Promise<Uint8Array | undefined> {
  if (expected > MAX_JSON_BYTES) return undefined;
  const json = await inflate(bytes, expected, options);
  return json && json.length === expected ? json : undefined;
}

function parseUtf8Json(json: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return undefined;
  }
}

/**
 * Inflates and parses; undefined when the bytes are not a complete deflate stream of the recorded
 * UTF-8 JSON. Written as one expression so the inflated bytes are garbage once decoded (memory).
 */
export async function decompressToJson(
  bytes: Uint8Array,
  expectedJsonBytes: number,
  options: CompressOptions = {},
): Promise<unknown> {
  // A damaged or hostile header must not make us allocate without bound (V8 arrays stop near 2 GiB).
  return inflatePayload(bytes, expectedJsonBytes, options).then((json) =>
    json ? parseUtf8Json(json) : undefined,
  );
}
