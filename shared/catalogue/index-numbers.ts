import type { AgencyProfile, AppSettings } from '../model/settings';
import { monthOf, parseDate, yearOf } from '../model/dates';
import {
  indexNumberMatcher,
  MAX_INDEX_NUMBER_LENGTH,
  type PatternErrorCode,
  type PatternIssue,
  type PatternToken,
  parseIndexPattern,
  renderTokens,
  scopeKeyOf,
} from './index-pattern';

/**
 * 索引号 assignment (DOMAIN.md §6): once, on publication, never changed, never reused.
 *
 * How "never reused" holds: the next serial in a scope is one more than the highest of
 *   (a) every number held by any record, trashed ones included (`existingNumbers`), and
 *   (b) `settings.indexCounters[scope]`, the high-water mark written with every assignment,
 *       which outlives the purge of a trashed record 30 days later.
 * These functions are pure and deterministic: two tabs that read the same state compute the SAME
 * number. The caller must therefore read state, assign and write both the publication and the
 * counter in ONE read-write transaction over the publications and settings stores
 * (renderer/db/repositories/index-numbers.ts does this with Dexie).
 */

export type IndexSettings = Pick<
  AppSettings,
  'indexPattern' | 'indexCounters' | 'categoryCodes' | 'categories'
>;

export type IndexErrorCode =
  | PatternErrorCode
  | 'notPublished'
  | 'noAgencyCode'
  | 'noCategoryCode'
  | 'serialExhausted'
  | 'required'
  | 'numberTooLong'
  | 'numberWhitespace'
  | 'numberBadCharacters'
  | 'duplicate'
  /** Repository-level: the item is gone, or already has a number (issued numbers never change). */
  | 'recordGone'
  | 'alreadyNumbered'
  /** The stored settings fail validation (counters may be wrong): no number until repaired. */
  | 'settingsInvalid';
export type IndexError = PatternIssue<IndexErrorCode>;

export interface PublicationForIndex {
  indexNumber: string | null;
  publishedDate: string | null;
  category: string;
}

export type AssignResult =
  | {
      ok: true;
      indexNumber: string;
      /** false when the publication already had a number (kept as is). */
      assigned: boolean;
      /** The counters to store with the publication (unchanged when `assigned` is false). */
      indexCounters: Record<string, number>;
    }
  | { ok: false; errors: IndexError[] };

/** The code a category contributes to {分类码}: its own code, else its 1-based list position (01, 02…). */
export function categoryCodeOf(
  settings: Pick<IndexSettings, 'categoryCodes' | 'categories'>,
  category: string,
) {
  const own = settings.categoryCodes[category];
  if (own) return own;
  const at = settings.categories.indexOf(category);
  return at < 0 ? null : String(at + 1).padStart(2, '0');
}

type Prepared = { ok: true; tokens: PatternToken[]; prefix: string } | { ok: false; errors: IndexError[] };

function prepare(settings: IndexSettings, profile: Pick<AgencyProfile, 'agencyCode'>): Prepared {
  const parsed = parseIndexPattern(settings.indexPattern);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const prefix = profile.agencyCode.trim().toUpperCase();
  if (!prefix && parsed.tokens.some((t) => t.kind === 'prefix')) {
    return { ok: false, errors: [{ code: 'noAgencyCode' }] };
  }
  return { ok: true, tokens: parsed.tokens, prefix };
}

/**
 * The highest serial issued in `scopeKey`, from the records' numbers and the stored counter.
 * A number that does not follow the current pattern (hand-entered, older pattern) is ignored.
 */
export function highestSerial(
  tokens: PatternToken[],
  prefix: string,
  scopeKey: string,
  existingNumbers: Iterable<string | null>,
  indexCounters: Record<string, number>,
): number {
  const match = indexNumberMatcher(tokens, prefix);
  let max = indexCounters[scopeKey] ?? 0;
  for (const n of existingNumbers) {
    if (!n) continue;
    const m = match(n);
    if (m && m.scopeKey === scopeKey && m.serial > max) max = m.serial;
  }
  return max;
}

/**
 * The number a publication gets now. `existingNumbers` = the numbers of ALL publications, trashed
 * ones included. A publication that already has a number keeps it (edits, re-categorising).
 */
export function assignIndexNumber(
  publication: PublicationForIndex,
  existingNumbers: Iterable<string | null>,
  settings: IndexSettings,
  profile: Pick<AgencyProfile, 'agencyCode'>,
): AssignResult {
  if (publication.indexNumber) {
    return {
      ok: true,
      indexNumber: publication.indexNumber,
      assigned: false,
      indexCounters: settings.indexCounters,
    };
  }
  const date = publication.publishedDate;
  if (!date || !parseDate(date)) return { ok: false, errors: [{ code: 'notPublished' }] };
  const prepared = prepare(settings, profile);
  if (!prepared.ok) return prepared;
  const { tokens, prefix } = prepared;

  let category = '';
  if (tokens.some((t) => t.kind === 'category')) {
    const code = categoryCodeOf(settings, publication.category);
    if (!code)
      return { ok: false, errors: [{ code: 'noCategoryCode', params: { category: publication.category } }] };
    category = code;
  }
  // 年份 is the year of the 公开日期: numbers are handed out in publication order.
  const year = yearOf(date);
  const month = monthOf(date);
  const scopeKey = scopeKeyOf(tokens, { prefix, year, category });
  const taken = new Set<string>();
  for (const n of existingNumbers) if (n) taken.add(n.toUpperCase());
  let serial = highestSerial(tokens, prefix, scopeKey, taken, settings.indexCounters) + 1;
  for (;;) {
    const number = renderTokens(tokens, { prefix, year, month, category, serial });
    if (number === null) {
      const width = tokens.find((t) => t.kind === 'serial');
      return {
        ok: false,
        errors: [{ code: 'serialExhausted', params: { width: width?.kind === 'serial' ? width.width : 0 } }],
      };
    }
    // A hand-entered number may already sit on this serial with another month: step past it.
    if (!taken.has(number.toUpperCase())) {
      return {
        ok: true,
        indexNumber: number,
        assigned: true,
        indexCounters: { ...settings.indexCounters, [scopeKey]: serial },
      };
    }
    serial += 1;
  }
}

/** What the next publication (published `date`, in `category`) would get; nothing is stored. */
export function previewNextIndexNumber(
  date: string,
  category: string,
  existingNumbers: Iterable<string | null>,
  settings: IndexSettings,
  profile: Pick<AgencyProfile, 'agencyCode'>,
): AssignResult {
  return assignIndexNumber(
    { indexNumber: null, publishedDate: date, category },
    existingNumbers,
    settings,
    profile,
  );
}

/** Trim and fold full-width characters, as typed with a Chinese IME (`／`, `－`, `０`). */
export function normaliseIndexNumber(input: string): string {
  return input.normalize('NFKC').trim();
}

export interface ManualCheck {
  /** The normalised number to store, when there are no errors. */
  value: string;
  errors: IndexError[];
  /** The number does not follow the current pattern: allowed (older items), but say so. */
  followsPattern: boolean;
}

/**
 * Checks a hand-entered or imported number. `otherNumbers` = every other record's number, trashed
 * ones included (a deleted item's number stays taken). Comparison ignores letter case, because
 * the 统一社会信用代码 is upper case and `…h/2025-00001` would be the same number to a reader.
 */
export function validateIndexNumber(
  input: string,
  otherNumbers: Iterable<string | null>,
  settings: IndexSettings,
  profile: Pick<AgencyProfile, 'agencyCode'>,
): ManualCheck {
  const value = normaliseIndexNumber(input);
  const errors: IndexError[] = [];
  if (!value) errors.push({ code: 'required' });
  if (value.length > MAX_INDEX_NUMBER_LENGTH)
    errors.push({ code: 'numberTooLong', params: { max: MAX_INDEX_NUMBER_LENGTH } });
  if (/\s/.test(value)) errors.push({ code: 'numberWhitespace' });
  // Braces would read as a pattern; control characters break the documents.
  if (/[{}\p{Cc}]/u.test(value)) errors.push({ code: 'numberBadCharacters' });
  const upper = value.toUpperCase();
  for (const n of otherNumbers) {
    if (n && normaliseIndexNumber(n).toUpperCase() === upper && value) {
      errors.push({ code: 'duplicate', params: { number: value } });
      break;
    }
  }
  const prepared = prepare(settings, profile);
  const followsPattern = prepared.ok && indexNumberMatcher(prepared.tokens, prepared.prefix)(value) !== null;
  return { value, errors, followsPattern };
}

/**
 * Counters after a number was entered by hand: if it follows the pattern, its serial becomes the
 * scope's high-water mark, so deleting that item later still leaves its number unused.
 */
export function countersWithManualNumber(
  number: string,
  settings: IndexSettings,
  profile: Pick<AgencyProfile, 'agencyCode'>,
): Record<string, number> {
  const prepared = prepare(settings, profile);
  if (!prepared.ok) return settings.indexCounters;
  const m = indexNumberMatcher(prepared.tokens, prepared.prefix)(number);
  if (!m || (settings.indexCounters[m.scopeKey] ?? 0) >= m.serial) return settings.indexCounters;
  return { ...settings.indexCounters, [m.scopeKey]: m.serial };
}
