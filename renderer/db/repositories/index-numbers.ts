import {
  type AssignResult,
  assignIndexNumber,
  categoryCodeOf,
  countersWithManualNumber,
  type IndexError,
  previewNextIndexNumber,
  validateIndexNumber,
} from '../../../shared/catalogue/index-numbers';
import { parseIndexPattern, scopeKeyOf } from '../../../shared/catalogue/index-pattern';
import { type AppSettings, parseDate, type Publication, yearOf } from '../../../shared/model';
import type { DeskDb } from '../database';
import { ValidationError } from './errors';
import type { WriteContext } from './registers';
import { getSettings, readSettings } from './settings';

/**
 * The settings numbering may use: refused while the stored row fails validation, because its
 * counters cannot be trusted and writing them would replace the stored row (issue 14 item 7).
 */
async function numberingSettings(
  db: DeskDb,
): Promise<{ ok: true; settings: AppSettings } | { ok: false; error: IndexError }> {
  const check = await readSettings(db);
  if (check.ok) return check;
  const fields = [...new Set(check.issues.map((i) => i.field))].join(', ');
  return { ok: false, error: { code: 'settingsInvalid', params: { fields } } };
}

/**
 * 索引号 in the database (shared/catalogue/README.md). The shared functions are deterministic, so
 * two tabs reading the same state would compute the same number: every read-assign-write below
 * runs in ONE read-write transaction over `publications` and `settings` (IndexedDB serialises
 * transactions whose scopes overlap, across tabs too).
 */

const SETTINGS_KEY = 'app';

/** Every number held by any publication, trashed ones included (null is not an index key). */
async function allIndexNumbers(db: DeskDb): Promise<string[]> {
  return (await db.publications.orderBy('indexNumber').keys()).map(String);
}

/**
 * The numbers that can share a scope with (or equal) a number issued on `date` in `category`:
 * those beginning with the scope's fixed text (`{前段码}/{年份}-` for the default pattern). Ten
 * years hold 200,000 numbers and reading them all takes seconds (issue 8); the serial and the
 * duplicate check only ever look at this scope. Falls back to every number when the pattern or
 * the date cannot give that text.
 */
async function scopeIndexNumbers(db: DeskDb, date: string, category: string, settings: AppSettings) {
  const parsed = parseIndexPattern(settings.indexPattern);
  if (!parsed.ok || !parseDate(date)) return allIndexNumbers(db);
  const scope = scopeKeyOf(parsed.tokens, {
    prefix: settings.profile.agencyCode.trim().toUpperCase(),
    year: yearOf(date),
    category: categoryCodeOf(settings, category) ?? '',
  });
  const fixed = scope.includes('{') ? scope.slice(0, scope.indexOf('{')) : scope;
  if (fixed === '') return allIndexNumbers(db);
  // Numbers are compared ignoring case (shared/catalogue): so is the range.
  return (await db.publications.where('indexNumber').startsWithIgnoreCase(fixed).keys()).map(String);
}

async function saveCounters(db: DeskDb, settings: AppSettings, indexCounters: Record<string, number>) {
  if (indexCounters === settings.indexCounters) return;
  await db.settings.put({ key: SETTINGS_KEY, value: { ...settings, indexCounters } });
}

export interface IndexOutcome {
  record: Publication;
  /** Why no number could be given (e.g. no agency code yet); the record is saved without one. */
  problem: IndexError | null;
}

/**
 * For the publications repository: call inside the read-write transaction that writes `next`
 * (create: `before` = null; update: the stored record), before the put, and store the returned
 * record. The transaction must include db.publications and db.settings.
 * - A number once issued is kept whatever the edit (the form does not carry it).
 * - A number given on create (spreadsheet import) is checked: a duplicate or malformed one throws
 *   ValidationError on ['indexNumber'] (keys validation.indexNumberTaken / validation.indexNumberInvalid).
 * - An item with a 公开日期 and no number gets the next one.
 */
export async function withIndexNumber(
  db: DeskDb,
  next: Publication,
  before: Publication | null,
): Promise<IndexOutcome> {
  return db.transaction('rw', [db.publications, db.settings], async () => {
    if (before?.indexNumber) return { record: { ...next, indexNumber: before.indexNumber }, problem: null };
    if (!next.indexNumber && !next.publishedDate)
      return { record: { ...next, indexNumber: null }, problem: null };
    const usable = await numberingSettings(db);
    if (!usable.ok) {
      if (next.indexNumber) {
        throw new ValidationError([{ path: ['indexNumber'], message: 'validation.settingsInvalid' }]);
      }
      return { record: { ...next, indexNumber: null }, problem: usable.error };
    }
    const { settings } = usable;
    if (next.indexNumber) {
      const check = validateIndexNumber(
        next.indexNumber,
        await numbersOfOthers(db, next.id),
        settings,
        settings.profile,
      );
      if (check.errors.length > 0) {
        const taken = check.errors.some((e) => e.code === 'duplicate');
        throw new ValidationError([
          {
            path: ['indexNumber'],
            message: taken ? 'validation.indexNumberTaken' : 'validation.indexNumberInvalid',
          },
        ]);
      }
      await saveCounters(db, settings, countersWithManualNumber(check.value, settings, settings.profile));
      return { record: { ...next, indexNumber: check.value }, problem: null };
    }
    if (!next.publishedDate) return { record: { ...next, indexNumber: null }, problem: null };
    const numbers = await scopeIndexNumbers(db, next.publishedDate, next.category, settings);
    const result = assignIndexNumber(next, numbers, settings, settings.profile);
    if (!result.ok) return { record: { ...next, indexNumber: null }, problem: result.errors[0] ?? null };
    await saveCounters(db, settings, result.indexCounters);
    return { record: { ...next, indexNumber: result.indexNumber }, problem: null };
  });
}

/** Numbers of every publication but `id` (the duplicate check must not see the record itself). */
async function numbersOfOthers(db: DeskDb, id: string): Promise<string[]> {
  const rows = await db.publications.where('indexNumber').above('').toArray();
  return rows.filter((p) => p.id !== id).map((p) => p.indexNumber ?? '');
}

/** Writes a publication's new number with its audit entry (inside the caller's transaction). */
async function putNumber(db: DeskDb, p: Publication, indexNumber: string, ctx: WriteContext) {
  const after = { ...p, indexNumber, updatedAt: ctx.now };
  await db.publications.put(after);
  await db.audit.add({
    at: ctx.now,
    actor: ctx.actor,
    store: 'publications',
    recordId: p.id,
    action: 'update',
    before: p,
    after,
  });
}

export interface AssignMissingResult {
  assigned: { id: string; indexNumber: string }[];
  /** The first reason numbering stopped (the same reason holds for the rest). */
  problem: IndexError | null;
}

/**
 * Numbers every published, not deleted item that has none (published before numbering was set up,
 * or while the agency code was missing), oldest 公开日期 first, all in one transaction.
 */
export async function assignMissingIndexNumbers(db: DeskDb, ctx: WriteContext): Promise<AssignMissingResult> {
  return db.transaction('rw', [db.publications, db.settings, db.audit], async () => {
    const usable = await numberingSettings(db);
    if (!usable.ok) return { assigned: [], problem: usable.error };
    const stored = usable.settings;
    let counters = stored.indexCounters;
    const numbers = await allIndexNumbers(db);
    const pending = (
      await db.publications.filter((p) => !p.deletedAt && !!p.publishedDate && !p.indexNumber).toArray()
    ).sort(
      (a, b) =>
        (a.publishedDate ?? '').localeCompare(b.publishedDate ?? '') ||
        a.createdAt.localeCompare(b.createdAt),
    );
    const assigned: AssignMissingResult['assigned'] = [];
    let problem: IndexError | null = null;
    for (const p of pending) {
      const r = assignIndexNumber(p, numbers, { ...stored, indexCounters: counters }, stored.profile);
      if (!r.ok) {
        problem = r.errors[0] ?? null;
        break;
      }
      numbers.push(r.indexNumber);
      counters = r.indexCounters;
      await putNumber(db, p, r.indexNumber, ctx);
      assigned.push({ id: p.id, indexNumber: r.indexNumber });
    }
    await saveCounters(db, stored, counters);
    return { assigned, problem };
  });
}

export type ManualResult =
  | { ok: true; indexNumber: string; followsPattern: boolean }
  | { ok: false; errors: IndexError[] };

/**
 * 补录: gives a number typed by the officer to an item that has none (e.g. the number the website
 * already shows). An issued number is never changed, so an item that has one is refused.
 */
export async function setIndexNumberByHand(
  db: DeskDb,
  id: string,
  input: string,
  ctx: WriteContext,
): Promise<ManualResult> {
  return db.transaction('rw', [db.publications, db.settings, db.audit], async () => {
    const p = await db.publications.get(id);
    if (!p) return { ok: false, errors: [{ code: 'recordGone' }] };
    if (p.indexNumber)
      return { ok: false, errors: [{ code: 'alreadyNumbered', params: { number: p.indexNumber } }] };
    const usable = await numberingSettings(db);
    if (!usable.ok) return { ok: false, errors: [usable.error] };
    const { settings } = usable;
    const check = validateIndexNumber(input, await numbersOfOthers(db, id), settings, settings.profile);
    if (check.errors.length > 0) return { ok: false, errors: check.errors };
    await putNumber(db, p, check.value, ctx);
    await saveCounters(db, settings, countersWithManualNumber(check.value, settings, settings.profile));
    return { ok: true, indexNumber: check.value, followsPattern: check.followsPattern };
  });
}

/** The number the next item published on `date` in `category` would get; nothing is written. */
export async function previewIndexNumber(
  db: DeskDb,
  date: string,
  category: string,
  settings?: AppSettings,
): Promise<AssignResult> {
  return db.transaction('r', [db.publications, db.settings], async () => {
    const s = settings ?? (await getSettings(db));
    return previewNextIndexNumber(
      date,
      category,
      await scopeIndexNumbers(db, date, category, s),
      s,
      s.profile,
    );
  });
}
