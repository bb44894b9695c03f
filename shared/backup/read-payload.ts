import type { z } from 'zod';
import { interchangeDocument, interchangeStores } from '../model';
import { type CompressOptions, type InflateFailure, inflatePayload, MAX_PIECE_BYTES } from './codec';
import { JsonStream } from './json-stream';

/**
 * Reading a backup's payload: inflated and parsed as the bytes come, with the limits that keep any
 * file's check within 1 GB (issue 14 item 15; docs/backup-format.md "Size cap and memory").
 */

/** Keys of the document and of its `stores` that a reader keeps (others are checked, then dropped). */
const ROOT_KEYS: ReadonlySet<string> = new Set(Object.keys(interchangeDocument.shape));
const STORE_KEYS: ReadonlySet<string> = new Set(Object.keys(interchangeStores.shape));

/**
 * A backstop on what the kept records may parse to, estimated from the text before it is parsed
 * (json-scan.ts costOf, which overstates records: the ten-year benchmark's 227 MB of JSON is
 * estimated at 670 million, 885 million at the 300 MB cap, and parses to 212 MB). Text that would
 * parse to far more than its size — millions of nested empty objects inside records that look whole —
 * is refused before it fills the memory (exit 1, where it used to crash the process). Records that are
 * surely invalid are dropped as they are read (keepFirstInvalid), so this limit is only for the rest.
 */
export const MAX_KEPT_COST = 1_500_000_000;

/** Fields every record of a store must have (no default): an element without one is surely invalid. */
const REQUIRED: Record<string, string[]> = {};
for (const [store, schema] of Object.entries(interchangeStores.shape)) {
  const element = (
    schema as { unwrap?: () => { element?: { shape?: Record<string, z.ZodType> } } }
  ).unwrap?.()?.element;
  if (!element?.shape) continue;
  REQUIRED[store] = Object.entries(element.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}
/** How many surely invalid records of a store are kept, so that the refusal can name them. */
const KEEP_INVALID = 50;

/**
 * Keeps every record that may be valid and the first KEEP_INVALID of each store that surely is not
 * (not an object, or a required field missing): the rest are dropped as they are read, so a file of
 * millions of empty records costs neither their memory nor millions of validation messages. The file
 * is refused either way — by the records kept.
 */
function keepFirstInvalid(): (store: string, item: unknown) => boolean {
  const invalid: Record<string, number> = {};
  return (store, item) => {
    const required = REQUIRED[store];
    if (!required) return true;
    const record = item as Record<string, unknown>;
    const plausible =
      typeof item === 'object' && item !== null && !Array.isArray(item) && required.every((k) => k in record);
    if (plausible) return true;
    invalid[store] = (invalid[store] ?? 0) + 1;
    return (invalid[store] ?? 0) <= KEEP_INVALID;
  };
}

/**
 * Inflates and parses as the bytes come (json-stream.ts): the inflated bytes and the document's text
 * never exist whole, so a 300 MB payload costs what it parses to plus a few MB (measured:
 * docs/backup-format.md). A damaged stream is reported before what it did to the JSON.
 */
export async function decompressToJson(
  bytes: Uint8Array,
  expectedJsonBytes: number,
  options: CompressOptions = {},
): Promise<
  | { ok: true; value: unknown }
  | { ok: false; reason: InflateFailure | 'notJson' | 'pieceTooLarge' | 'tooComplex' }
> {
  const stream = new JsonStream({
    maxPiece: MAX_PIECE_BYTES,
    rootKeys: ROOT_KEYS,
    storeKeys: STORE_KEYS,
    maxKeptCost: MAX_KEPT_COST,
    keepElement: keepFirstInvalid(),
  });
  const inflated = await inflatePayload(bytes, expectedJsonBytes, (chunk) => stream.push(chunk), options);
  if (!inflated.ok) return inflated;
  const parsed = stream.end();
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}
