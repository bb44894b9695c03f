import { highestSerial } from '../catalogue/index-numbers';
import { type PatternToken, renderTokens, scopeKeyOf } from '../catalogue/index-pattern';
import type { LetterType } from '../model/letter';

/**
 * 文号 of letters (DOMAIN.md §10): each letter type has its own sequence per year, a pattern
 * setting (default {机关代字}{代字}〔{年份}〕{序号}号 → 某教信答〔2025〕3号), a number taken when the
 * letter is issued and never reused. The counting is the 索引号 machinery (shared/catalogue): the
 * pattern becomes the same tokens ({机关代字} and {代字} as literal text, {序号} an unpadded serial),
 * the next serial is one more than the highest of the numbers held and the stored high-water mark
 * (AppSettings.letterCounters), so a number stays taken even if its letter were ever removed.
 * The caller reads, assigns and writes the letter and the counter in ONE transaction.
 */

export type LetterPatternError = 'empty' | 'unknownPlaceholder' | 'noSerial' | 'multipleSerials' | 'noYear';
export type ParsedLetterPattern =
  | { ok: true; tokens: PatternToken[] }
  | { ok: false; errors: { code: LetterPatternError; name?: string }[] };

export interface NumberingSettings {
  letterNumberPattern: string;
  letterCodes: Record<string, string>;
  letterCounters: Record<string, number>;
  profile: { docPrefix: string };
}

export function parseLetterPattern(
  pattern: string,
  type: LetterType,
  s: NumberingSettings,
): ParsedLetterPattern {
  const p = pattern.trim().replace(/｛/g, '{').replace(/｝/g, '}');
  if (!p) return { ok: false, errors: [{ code: 'empty' }] };
  const tokens: PatternToken[] = [];
  const errors: { code: LetterPatternError; name?: string }[] = [];
  const literal = (text: string) => {
    if (!text) return;
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  let rest = p;
  while (rest) {
    const open = rest.indexOf('{');
    if (open < 0) {
      literal(rest);
      break;
    }
    literal(rest.slice(0, open));
    const close = rest.indexOf('}', open);
    if (close < 0) {
      errors.push({ code: 'unknownPlaceholder', name: rest.slice(open) });
      break;
    }
    const name = rest.slice(open + 1, close);
    // {N位序号}: N = 1–9 digits, zero-padded; {序号} unpadded. A width of 0 is no width at all.
    const width = /^([1-9])位序号$/.exec(name);
    if (name === '机关代字') literal(s.profile.docPrefix.trim());
    else if (name === '代字') literal(s.letterCodes[type] ?? '');
    else if (name === '年份') tokens.push({ kind: 'year' });
    else if (name === '序号') tokens.push({ kind: 'serial', width: 0, unpadded: true });
    else if (width) tokens.push({ kind: 'serial', width: Number(width[1]) });
    else errors.push({ code: 'unknownPlaceholder', name });
    rest = rest.slice(close + 1);
  }
  const serials = tokens.filter((t) => t.kind === 'serial').length;
  if (serials === 0) errors.push({ code: 'noSerial' });
  if (serials > 1) errors.push({ code: 'multipleSerials' });
  // Without the year the sequence would never restart, and with it numbers would repeat: refuse.
  if (!tokens.some((t) => t.kind === 'year')) errors.push({ code: 'noYear' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, tokens };
}

/** A placeholder the pattern names, as typed: {年} (or the unclosed "{年" as it stands). */
export function placeholderText(name: string | undefined): string {
  if (name === undefined) return '';
  return name.startsWith('{') ? name : `{${name}}`;
}

export type LetterNumberResult =
  | { ok: true; number: string; serial: number; scopeKey: string; letterCounters: Record<string, number> }
  | { ok: false; errors: { code: LetterPatternError | 'serialExhausted'; name?: string }[] };

/**
 * The 文号 a letter of `type` issued in `year` gets. `existingNumbers` = the numbers of every issued
 * letter (any type: a type sharing a 代字 shares the sequence, which keeps numbers unique).
 */
export function assignLetterNumber(
  type: LetterType,
  year: number,
  existingNumbers: Iterable<string | null>,
  settings: NumberingSettings,
): LetterNumberResult {
  const parsed = parseLetterPattern(settings.letterNumberPattern, type, settings);
  if (!parsed.ok) return parsed;
  const { tokens } = parsed;
  const scopeKey = scopeKeyOf(tokens, { prefix: '', year, category: '' });
  const taken = new Set<string>();
  for (const n of existingNumbers) if (n) taken.add(n);
  let serial = highestSerial(tokens, '', scopeKey, taken, settings.letterCounters) + 1;
  for (;;) {
    const number = renderTokens(tokens, { prefix: '', year, month: 1, category: '', serial });
    if (number === null) return { ok: false, errors: [{ code: 'serialExhausted' }] };
    if (!taken.has(number)) {
      return {
        ok: true,
        number,
        serial,
        scopeKey,
        letterCounters: { ...settings.letterCounters, [scopeKey]: serial },
      };
    }
    serial += 1;
  }
}
