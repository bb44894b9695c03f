// Text as real reports print it, made comparable: full-width digits and letters, spaces inside
// labels and numbers, mixed parentheses and dots. Pure string functions.

/** Full-width ASCII (０-９, Ａ-Ｚ, ．, ／) → half-width; keeps CJK punctuation such as （）、。 */
export function halfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff0f\uff0d]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** For matching labels: no whitespace, half-width digits, Chinese parentheses, one dot style. */
export function normLabel(s: string): string {
  return halfWidth(s)
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[．·]/g, '.')
    .replace(/[“”"]/g, '"');
}

/** For comparing with an official label: also the quote style and dots ignored. */
export function labelShape(s: string): string {
  return normLabel(s).replace(/[."、]/g, '');
}

export type CellReading =
  | { kind: 'number'; value: number }
  | { kind: 'blank'; text: string }
  | { kind: 'text'; text: string };

const BLANKS = new Set(['', '/', '-', '—', '－', '——', '\\', '无', '—-', '--']);

/** A table cell as printed → its number, or blank ("/", "—", empty), or text that is no number. */
export function readCell(raw: string): CellReading {
  const t = halfWidth(raw).replace(/[\s\u3000\u00a0,，]+/g, '');
  if (BLANKS.has(t)) return { kind: 'blank', text: raw.trim() };
  if (/^\d+(\.\d+)?$/.test(t)) return { kind: 'number', value: Number(t) };
  return { kind: 'text', text: raw.trim() };
}

/** Could this cell hold a table value (a number, or a blank marker)? Labels contain CJK words. */
export function isValueText(raw: string): boolean {
  const r = readCell(raw);
  if (r.kind !== 'text') return true;
  // Numbers with a unit written into the cell ("3件") still count as values, flagged as text.
  return /^\s*[\d０-９]+\s*(件|个|条|元|万元)?\s*$/.test(raw);
}

/** Prose for matching: half-width digits, no spaces between digits and words. */
export function normProse(s: string): string {
  return halfWidth(s).replace(/[ \t\u3000\u00a0]+/g, '');
}
