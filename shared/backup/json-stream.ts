/**
 * Parses the payload JSON as it is inflated, a few records at a time, so neither the inflated bytes
 * nor the text of the whole document ever exist (issue 14 item 15: any file checked within 1 GB).
 * Parsing the 300 MB payload as one string cost the bytes, the text (UTF-16: twice the bytes for
 * ASCII next to Chinese) and the parsed value at once — 1.3 GB for one padded file
 * (docs/backup-format.md "Size cap and memory").
 *
 * The result is the value `JSON.parse` would give for the whole text, for every key a reader keeps:
 * the root object's and `stores`' members are read one by one, an array there element by element
 * (in batches of about BATCH_BYTES, each batch one JSON.parse), any other value as one piece. Each
 * piece is checked by JSON.parse and the structure between pieces by the grammar here, so the text is
 * accepted exactly when it is valid JSON. Keys the reader does not keep are parsed (a syntax error
 * anywhere is still an error) and dropped: zod strips them anyway. No single piece — a record, a
 * value, a key — may exceed `maxPiece` bytes: that is what bounds the memory of one hostile value.
 */
import { costOf, isSpace, QUOTE, startScan, scanValue, type ValueScan } from './json-scan';

export type JsonStreamFailure = 'notJson' | 'pieceTooLarge' | 'tooComplex';

export interface JsonStreamOptions {
  /** The largest single value (record) read as one piece, in UTF-8 bytes. */
  maxPiece: number;
  /** Root keys whose values are kept (others are parsed and dropped). */
  rootKeys: ReadonlySet<string>;
  /** Keys of the root's `stores` object that are kept. */
  storeKeys: ReadonlySet<string>;
  /**
   * The most the kept values may cost, estimated from the text before it is parsed (json-scan.ts costOf): a small
   * text can parse to far more memory — 300 MB of `{},` is 100 million objects, 6 GB — and is refused
   * once the estimate passes this.
   */
  maxKeptCost: number;
  /** Whether an element of a kept `stores` array is kept (default: all); the rest are dropped. */
  keepElement?: (store: string, item: unknown) => boolean;
}

/** Array elements are parsed in batches of about this many bytes (one JSON.parse each). */
const BATCH_BYTES = 1 << 20;

type Frame =
  | {
      kind: 'object';
      stores: boolean;
      target: Record<string, unknown> | null;
      state: 'first' | 'colon' | 'value' | 'next' | 'key';
      key: string;
    }
  | { kind: 'array'; target: unknown[] | null; store: string; state: 'first' | 'value' | 'next' };

type PieceKind = 'key' | 'value' | 'element' | 'whole';

class Stop extends Error {
  constructor(readonly reason: JsonStreamFailure) {
    super(reason);
  }
}

export class JsonStream {
  private buf = new Uint8Array(4 << 20);
  private len = 0;
  private pos = 0;
  private readonly stack: Frame[] = [];
  private root: Record<string, unknown> | undefined;
  private whole: unknown;
  private started = false;
  private done = false;
  private failed: JsonStreamFailure | null = null;
  // The value being scanned, and what it is for.
  private piece: (ValueScan & { kind: PieceKind }) | null = null;
  private readonly scanState: ValueScan & { kind: PieceKind } = {
    start: 0,
    depth: 0,
    inString: false,
    scalar: false,
    strings: 0,
    separators: 0,
    containers: 0,
    next: 0,
    kind: 'value',
  };
  /** Estimated cost of each element in the batch, and of everything kept so far. */
  private batchCosts: number[] = [];
  private keptCost = 0;
  /** Start of the batch of array elements not yet parsed (-1: none). */
  private batchStart = -1;
  private batchEnd = -1;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly options: JsonStreamOptions) {}

  /** Feeds the next inflated bytes (copied). A failure is kept and later input ignored. */
  push(chunk: Uint8Array): void {
    if (this.failed) return;
    this.append(chunk);
    try {
      this.run();
    } catch (e) {
      this.failed = e instanceof Stop ? e.reason : 'notJson';
    }
  }

  /** The value, or why there is none. */
  end(): { ok: true; value: unknown } | { ok: false; reason: JsonStreamFailure } {
    if (!this.failed) {
      try {
        this.finish();
      } catch (e) {
        this.failed = e instanceof Stop ? e.reason : 'notJson';
      }
    }
    if (this.failed) return { ok: false, reason: this.failed };
    return { ok: true, value: this.root ?? this.whole };
  }

  private append(chunk: Uint8Array): void {
    if (this.len + chunk.length > this.buf.length) {
      // Keep from the earliest byte still needed; grow only when that is not enough.
      const keep = Math.min(
        this.pos,
        this.piece ? this.piece.start : this.pos,
        this.batchStart >= 0 ? this.batchStart : this.pos,
      );
      const needed = this.len - keep + chunk.length;
      const target =
        needed > this.buf.length / 2 ? new Uint8Array(Math.max(needed * 2, this.buf.length)) : this.buf;
      target.set(this.buf.subarray(keep, this.len), 0);
      this.buf = target;
      this.len -= keep;
      this.pos -= keep;
      if (this.piece) {
        this.piece.start -= keep;
        this.piece.next -= keep;
      }
      if (this.batchStart >= 0) {
        this.batchStart -= keep;
        this.batchEnd -= keep;
      }
    }
    this.buf.set(chunk, this.len);
    this.len += chunk.length;
  }

  private text(start: number, end: number): string {
    return this.decoder.decode(this.buf.subarray(start, end));
  }

  private run(): void {
    for (;;) {
      if (this.piece) {
        if (!this.scan()) return;
        continue;
      }
      while (this.pos < this.len && isSpace(this.buf[this.pos] as number)) this.pos += 1;
      if (this.pos >= this.len) return;
      const b = this.buf[this.pos] as number;
      const frame = this.stack[this.stack.length - 1];
      if (!frame) {
        if (this.done || this.started) throw new Stop('notJson');
        this.started = true;
        if (b === 0x7b) {
          this.root = {};
          this.stack.push({ kind: 'object', stores: false, target: this.root, state: 'first', key: '' });
          this.pos += 1;
        } else this.begin('whole');
        continue;
      }
      if (frame.kind === 'object') this.objectStep(frame, b);
      else this.arrayStep(frame, b);
    }
  }

  private objectStep(frame: Extract<Frame, { kind: 'object' }>, b: number): void {
    if ((frame.state === 'first' || frame.state === 'next') && b === 0x7d) {
      this.pos += 1;
      this.close();
    } else if (frame.state === 'next' && b === 0x2c) {
      this.pos += 1;
      frame.state = 'key';
    } else if ((frame.state === 'first' || frame.state === 'key') && b === QUOTE) {
      this.begin('key');
    } else if (frame.state === 'colon' && b === 0x3a) {
      this.pos += 1;
      frame.state = 'value';
    } else if (frame.state === 'value') {
      frame.state = 'next';
      const keep =
        frame.target !== null &&
        (frame.stores ? this.options.storeKeys : this.options.rootKeys).has(frame.key);
      if (!frame.stores && frame.key === 'stores' && b === 0x7b) {
        const stores = keep ? {} : null;
        if (keep && frame.target) frame.target.stores = stores;
        this.stack.push({ kind: 'object', stores: true, target: stores, state: 'first', key: '' });
        this.pos += 1;
      } else if (b === 0x5b) {
        const array = keep ? [] : null;
        if (keep && frame.target) frame.target[frame.key] = array;
        this.stack.push({
          kind: 'array',
          target: array,
          store: frame.stores ? frame.key : '',
          state: 'first',
        });
        this.pos += 1;
      } else this.begin('value');
    } else throw new Stop('notJson');
  }

  private arrayStep(frame: Extract<Frame, { kind: 'array' }>, b: number): void {
    if ((frame.state === 'first' || frame.state === 'next') && b === 0x5d) {
      this.flushBatch(frame);
      this.pos += 1;
      this.close();
    } else if (frame.state === 'next' && b === 0x2c) {
      this.pos += 1;
      frame.state = 'value';
    } else if (frame.state === 'first' || frame.state === 'value') {
      frame.state = 'next';
      if (this.batchStart < 0) this.batchStart = this.pos;
      this.begin('element');
    } else throw new Stop('notJson');
  }

  private close(): void {
    this.stack.pop();
    if (this.stack.length === 0) this.done = true;
  }

  private begin(kind: PieceKind): void {
    startScan(this.scanState, this.buf, this.pos);
    this.scanState.kind = kind;
    this.piece = this.scanState;
  }

  /** Advances the scanner over the current piece; true when it ended (and was handled). */
  private scan(): boolean {
    const p = this.piece as NonNullable<JsonStream['piece']>;
    const end = scanValue(this.buf, this.len, p);
    if (end < 0) {
      if (p.next - p.start > this.options.maxPiece) throw new Stop('pieceTooLarge');
      return false;
    }
    if (end - p.start > this.options.maxPiece) throw new Stop('pieceTooLarge');
    this.pos = end;
    this.piece = null;
    // One value may cost at most a few times its bytes' limit (a record of 16 MB of `{},` does not).
    const cost = costOf(end - p.start, p.strings, p.separators, p.containers);
    if (cost > 4 * this.options.maxPiece) throw new Stop('tooComplex');
    this.ended(p.kind, p.start, end, cost);
    return true;
  }

  private ended(kind: PieceKind, start: number, end: number, cost: number): void {
    const frame = this.stack[this.stack.length - 1];
    if (kind === 'whole') {
      this.whole = JSON.parse(this.text(start, end));
      this.done = true;
      return;
    }
    if (!frame) throw new Stop('notJson');
    if (kind === 'key' && frame.kind === 'object') {
      frame.key = JSON.parse(this.text(start, end)) as string;
      frame.state = 'colon';
    } else if (kind === 'value' && frame.kind === 'object') {
      const value = JSON.parse(this.text(start, end));
      const keys = frame.stores ? this.options.storeKeys : this.options.rootKeys;
      if (frame.target && keys.has(frame.key)) {
        frame.target[frame.key] = value;
        this.spend(cost);
      }
    } else if (kind === 'element' && frame.kind === 'array') {
      this.batchEnd = end;
      this.batchCosts.push(cost);
      if (end - this.batchStart >= BATCH_BYTES) this.flushBatch(frame);
    }
  }

  /** Parses the elements gathered so far as one array (commas between them are the text's own). */
  private flushBatch(frame: Extract<Frame, { kind: 'array' }>): void {
    if (this.batchStart < 0) return;
    // One element (a large record) is parsed from its own text: joining "[…]" first would copy it once
    // more (measured: a file of 16 MB records peaked at 1.06 GB that way, 0.94 GB this way).
    const items =
      this.batchCosts.length === 1
        ? [JSON.parse(this.text(this.batchStart, this.batchEnd))]
        : (JSON.parse(`[${this.text(this.batchStart, this.batchEnd)}]`) as unknown[]);
    const costs = this.batchCosts;
    this.batchStart = -1;
    this.batchEnd = -1;
    this.batchCosts = [];
    const { target, store } = frame;
    if (!target) return;
    const keep = this.options.keepElement;
    items.forEach((item, i) => {
      if (keep && store && !keep(store, item)) return;
      target.push(item);
      this.spend(costs[i] ?? 0);
    });
  }

  /** Estimated memory of what was kept (for the limit's calibration). */
  get cost(): number {
    return this.keptCost;
  }

  private spend(cost: number): void {
    this.keptCost += cost;
    if (this.keptCost > this.options.maxKeptCost) throw new Stop('tooComplex');
  }

  private finish(): void {
    if (this.piece?.kind === 'whole' && this.piece.scalar) {
      const { start } = this.piece;
      this.piece = null;
      this.pos = this.len;
      this.ended('whole', start, this.len, 0);
    }
    while (this.pos < this.len && isSpace(this.buf[this.pos] as number)) this.pos += 1;
    if (!this.done || this.piece || this.pos < this.len) throw new Stop('notJson');
  }
}
