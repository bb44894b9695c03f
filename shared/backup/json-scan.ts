/**
 * Finding where one JSON value ends in bytes that arrive in pieces (json-stream.ts), and what it will
 * cost once parsed. The scanner only finds the boundary — JSON.parse checks the value itself — so it
 * tracks strings (with their escapes), nesting depth and the end of a bare number or literal.
 */
export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
export const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * An upper estimate of the heap a JSON text parses to (Node 20, measured: an empty object 64 bytes,
 * an empty array 40, a number or a repeated short string 8 per array slot, a long string its length
 * plus a header): the bytes, 16 per string, 8 per comma or colon, 64 per object or array.
 */
export const costOf = (bytes: number, strings: number, separators: number, containers: number) =>
  bytes + 16 * strings + 8 * separators + 64 * containers;

/** The scanner's state for one value, kept between chunks. */
export interface ValueScan {
  start: number;
  depth: number;
  inString: boolean;
  /** A number, true, false or null: it ends at the first delimiter. */
  scalar: boolean;
  strings: number;
  separators: number;
  containers: number;
  /** Where to resume when the value has not ended yet. */
  next: number;
}

/** Starts scanning the value at buf[at], reusing `p` (one object for millions of tiny values). */
export function startScan(p: ValueScan, buf: Uint8Array, at: number): void {
  const b = buf[at] as number;
  p.start = at;
  p.next = at;
  p.depth = 0;
  p.inString = false;
  p.scalar = b !== 0x7b && b !== 0x5b && b !== QUOTE;
  p.strings = 0;
  p.separators = 0;
  p.containers = 0;
}

/**
 * Advances over buf[p.next, len). Returns the index just after the value, or -1 when more bytes are
 * needed (p.next is then where to resume).
 */
export function scanValue(buf: Uint8Array, len: number, p: ValueScan): number {
  let i = p.next;
  while (i < len) {
    const b = buf[i] as number;
    if (p.inString) {
      // To the next quote or backslash (strings are most of the bytes).
      let j = i;
      while (j < len) {
        const c = buf[j] as number;
        if (c === QUOTE || c === BACKSLASH) break;
        j += 1;
      }
      if (j >= len) return wait(p, len);
      if (buf[j] === BACKSLASH) {
        if (j + 1 >= len) return wait(p, j);
        i = j + 2;
        continue;
      }
      p.inString = false;
      i = j + 1;
      if (p.depth === 0) return i;
      continue;
    }
    if (p.scalar) {
      if (b === 0x2c || b === 0x7d || b === 0x5d || isSpace(b)) return i;
      i += 1;
      continue;
    }
    if (b === QUOTE) {
      p.inString = true;
      p.strings += 1;
    } else if (b === 0x2c || b === 0x3a) p.separators += 1;
    else if (b === 0x7b || b === 0x5b) {
      p.depth += 1;
      p.containers += 1;
    } else if (b === 0x7d || b === 0x5d) {
      p.depth -= 1;
      if (p.depth <= 0) return i + 1;
    }
    i += 1;
  }
  return wait(p, len);
}

function wait(p: ValueScan, next: number): number {
  p.next = next;
  return -1;
}
