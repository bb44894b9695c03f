import type { Cell } from './model';

/**
 * Report prose keeps its figures linked to the model: the draft writes `{{t3:received:total}}`
 * instead of a number, and printing replaces each token with the cell's current text. A changed
 * record therefore changes the prose too; numbers the officer types by hand are scanned by
 * prose-checks.ts instead.
 */

const TOKEN = /\{\{([^{}]+)\}\}/g;

export function token(key: string): string {
  return `{{${key}}}`;
}

/** Keys referenced by the text, in order of appearance (with repeats). */
export function tokensIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => (m[1] ?? '').trim());
}

/**
 * Figure families whose cells exist only while some record has the value: a category with no item
 * published this year has no `pub:category:…` cell. A token for one of them is a count that became
 * 0 (the only item was deleted, re-categorised or moved to another year), not a broken reference.
 */
const COUNT_FAMILIES = ['pub:category:', 'pub:channel:', 'cons:channel:'] as const;

const ZERO: Cell = { value: 0, text: '0', ids: [] };

/** The cell a token prints: the model's, or 0 for a count family that has no records now. */
export function cellOf(cells: Record<string, Cell>, key: string): Cell | undefined {
  const k = key.trim();
  const cell = cells[k];
  if (cell) return cell;
  return COUNT_FAMILIES.some((f) => k.startsWith(f) && k.length > f.length) ? ZERO : undefined;
}

/** Replace every known token by its cell's text; unknown tokens stay visible (a check flags them). */
export function renderText(text: string, cells: Record<string, Cell>): string {
  return text.replace(TOKEN, (whole, key: string) => cellOf(cells, key)?.text ?? whole);
}

/** The text with tokens blanked out, so numbers inside keys are not taken for typed numbers. */
export function maskTokens(text: string): string {
  return text.replace(TOKEN, (whole) => '\u2063'.repeat(whole.length));
}

/** Split rendered text into spans, telling which came from a cell (for highlighting in the UI). */
export function textSpans(text: string, cells: Record<string, Cell>): { text: string; key: string | null }[] {
  const spans: { text: string; key: string | null }[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) spans.push({ text: text.slice(last, at), key: null });
    const key = (m[1] ?? '').trim();
    spans.push({ text: cellOf(cells, key)?.text ?? m[0], key });
    last = at + m[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last), key: null });
  return spans;
}
