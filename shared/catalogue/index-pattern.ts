/**
 * The 索引号 pattern grammar (DOMAIN.md §6). The national default (2009 guide) is
 * `{前段码}/{年份}-{5位流水号}`, e.g. `11341702486344515H/2025-00013`; local schemes vary, so the
 * pattern is a setting (AppSettings.indexPattern). Grammar, documented in shared/catalogue/README.md:
 *
 *   pattern     := ( literal | placeholder )+
 *   placeholder := "{" name "}"
 *   name        := "前段码" | "年份" | "月份" | "分类码" | N "位流水号"      (N = 3…8)
 *   literal     := any characters except "{", "}" and white space
 *
 * Exactly one serial placeholder. Full-width characters are normalised first (NFKC), so
 * `｛５位流水号｝` typed with a Chinese IME means `{5位流水号}`.
 */

export type PatternToken =
  | { kind: 'literal'; text: string }
  | { kind: 'prefix' }
  | { kind: 'year' }
  | { kind: 'month' }
  | { kind: 'category' }
  /**
   * `width` digits, zero-padded (索引号: 3…8, DOMAIN.md §6). `unpadded` is the 文号's {序号}
   * (shared/letters/numbering.ts): any number of digits, no padding, and then `width` is 0. Only that
   * flag makes a width of 0 valid: a 0-width serial without it fits no number.
   */
  | { kind: 'serial'; width: number; unpadded?: true };

/** Error and warning codes: i18n keys `catalogue:pattern.<code>` in the renderer. */
export type PatternErrorCode =
  | 'empty'
  | 'tooLong'
  | 'whitespace'
  | 'unclosedBrace'
  | 'strayBrace'
  | 'unknownPlaceholder'
  | 'serialWidth'
  | 'noSerial'
  | 'multipleSerials'
  | 'repeatedPlaceholder';
export type PatternWarningCode = 'noYear' | 'noPrefix';

export interface PatternIssue<C extends string> {
  code: C;
  params?: Record<string, string | number>;
}

export type ParsedPattern =
  | { ok: true; tokens: PatternToken[]; warnings: PatternIssue<PatternWarningCode>[] }
  | { ok: false; errors: PatternIssue<PatternErrorCode>[] };

export const DEFAULT_INDEX_PATTERN = '{前段码}/{年份}-{5位流水号}';
export const MIN_SERIAL_WIDTH = 3;
export const MAX_SERIAL_WIDTH = 8;
export const MAX_PATTERN_LENGTH = 100;
/** Longest index number accepted by hand (the 18-char code + a long local block fits easily). */
export const MAX_INDEX_NUMBER_LENGTH = 100;

/** The placeholders the UI offers, in the order it lists them. */
export const PLACEHOLDERS = ['{前段码}', '{年份}', '{月份}', '{分类码}', '{5位流水号}'] as const;

const SERIAL_RE = /^(\d+)位流水号$/;
const PLACEHOLDER_NAMES = { prefix: '前段码', year: '年份', month: '月份', category: '分类码' } as const;

function placeholderToken(name: string): PatternToken | PatternIssue<PatternErrorCode> {
  switch (name) {
    case '前段码':
      return { kind: 'prefix' };
    case '年份':
      return { kind: 'year' };
    case '月份':
      return { kind: 'month' };
    case '分类码':
      return { kind: 'category' };
  }
  const serial = SERIAL_RE.exec(name);
  if (serial) {
    const width = Number(serial[1]);
    if (width < MIN_SERIAL_WIDTH || width > MAX_SERIAL_WIDTH) {
      return { code: 'serialWidth', params: { width, min: MIN_SERIAL_WIDTH, max: MAX_SERIAL_WIDTH } };
    }
    return { kind: 'serial', width };
  }
  return { code: 'unknownPlaceholder', params: { name } };
}

/** Full-width → half-width, trimmed: what the officer meant when typing with a Chinese IME. */
export function normalisePattern(pattern: string): string {
  return pattern.normalize('NFKC').trim();
}

export function parseIndexPattern(input: string): ParsedPattern {
  const pattern = normalisePattern(input);
  const errors: PatternIssue<PatternErrorCode>[] = [];
  if (pattern === '') return { ok: false, errors: [{ code: 'empty' }] };
  if (pattern.length > MAX_PATTERN_LENGTH)
    errors.push({ code: 'tooLong', params: { max: MAX_PATTERN_LENGTH } });
  if (/\s/.test(pattern)) errors.push({ code: 'whitespace' });

  const tokens: PatternToken[] = [];
  let literal = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === '}') {
      errors.push({ code: 'strayBrace', params: { at: i + 1 } });
      i += 1;
      continue;
    }
    if (ch !== '{') {
      literal += ch;
      i += 1;
      continue;
    }
    const close = pattern.indexOf('}', i + 1);
    const nextOpen = pattern.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      errors.push({ code: 'unclosedBrace', params: { at: i + 1 } });
      i += 1;
      continue;
    }
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
    const token = placeholderToken(pattern.slice(i + 1, close));
    if ('code' in token) errors.push(token);
    else tokens.push(token);
    i = close + 1;
  }
  if (literal) tokens.push({ kind: 'literal', text: literal });

  const serials = tokens.filter((t) => t.kind === 'serial').length;
  const serialWidthError = errors.some((e) => e.code === 'serialWidth');
  if (serials === 0 && !serialWidthError) errors.push({ code: 'noSerial' });
  if (serials > 1) errors.push({ code: 'multipleSerials' });
  for (const kind of ['prefix', 'year', 'month', 'category'] as const) {
    if (tokens.filter((t) => t.kind === kind).length > 1) {
      errors.push({ code: 'repeatedPlaceholder', params: { name: PLACEHOLDER_NAMES[kind] } });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const warnings: PatternIssue<PatternWarningCode>[] = [];
  // Without a year the serial never restarts (it must not, or numbers would repeat next year).
  if (!tokens.some((t) => t.kind === 'year')) warnings.push({ code: 'noYear' });
  // The 2009 national guide puts the publisher's code first; a local scheme may not.
  if (!tokens.some((t) => t.kind === 'prefix')) warnings.push({ code: 'noPrefix' });
  return { ok: true, tokens, warnings };
}

export interface PatternValues {
  prefix: string;
  year: number;
  month: number;
  category: string;
  serial: number;
}

/** Renders a parsed pattern; null when the serial does not fit its width (the officer must widen it). */
export function renderTokens(tokens: PatternToken[], v: PatternValues): string | null {
  let out = '';
  for (const t of tokens) {
    switch (t.kind) {
      case 'literal':
        out += t.text;
        break;
      case 'prefix':
        out += v.prefix;
        break;
      case 'year':
        out += String(v.year).padStart(4, '0');
        break;
      case 'month':
        out += String(v.month).padStart(2, '0');
        break;
      case 'category':
        out += v.category;
        break;
      case 'serial': {
        const s = String(v.serial);
        if (v.serial < 1) return null;
        if (t.unpadded) {
          out += s;
          break;
        }
        if (t.width < 1 || s.length > t.width) return null;
        out += s.padStart(t.width, '0');
        break;
      }
    }
  }
  return out;
}

/** Marker for the serial in a scope key; cannot occur in a rendered number (braces are not allowed). */
export const SERIAL_MARK = '{#}';
const MONTH_MARK = '{月}';

/**
 * The scope a serial counts in: the number with its serial and month taken out. So the serial
 * restarts each year (and per category code when {分类码} is used), never per month.
 */
export function scopeKeyOf(tokens: PatternToken[], v: Omit<PatternValues, 'serial' | 'month'>): string {
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'serial') out += SERIAL_MARK;
    else if (t.kind === 'month') out += MONTH_MARK;
    else out += renderTokens([t], { ...v, month: 1, serial: 1 }) ?? '';
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface MatchedNumber {
  year: number;
  month: number | null;
  category: string;
  serial: number;
  scopeKey: string;
}

/**
 * Reads numbers back against the pattern (with this agency's 前段码). Used to find the highest
 * serial already issued in a scope, and to tell the officer a hand-entered number does not follow
 * the pattern. The returned function gives null for a number that does not match.
 */
export function indexNumberMatcher(
  tokens: PatternToken[],
  prefix: string,
): (number: string) => MatchedNumber | null {
  let source = '^';
  for (const t of tokens) {
    if (t.kind === 'literal') source += escapeRegExp(t.text);
    else if (t.kind === 'prefix') source += escapeRegExp(prefix);
    else if (t.kind === 'year') source += '(?<year>\\d{4})';
    else if (t.kind === 'month') source += '(?<month>0[1-9]|1[0-2])';
    else if (t.kind === 'category') source += '(?<category>[0-9A-Za-z]{1,10})';
    else if (t.unpadded) source += '(?<serial>[1-9]\\d*)';
    else source += `(?<serial>\\d{${t.width}})`;
  }
  const re = new RegExp(`${source}$`, 'i');
  return (number) => {
    const g = re.exec(number)?.groups;
    if (!g) return null;
    const year = g.year ? Number(g.year) : 0;
    const category = g.category ?? '';
    const serial = Number(g.serial);
    if (serial < 1) return null;
    return {
      year,
      month: g.month ? Number(g.month) : null,
      category,
      serial,
      scopeKey: scopeKeyOf(tokens, { prefix, year, category }),
    };
  };
}
