import { buildCalendar } from '../../../shared/calendar';
import { type LetterCheck, type LetterDraft, prepareIssue } from '../../../shared/letters';
import {
  type DisclosureRequest,
  type Letter,
  type LetterDelivery,
  letterSchema,
} from '../../../shared/model';
import type { DeskDb } from '../database';
import { loadCalendarData } from './calendar';
import type { WriteContext } from './registers';
import { getSettings } from './settings';
import { addAudit } from './audit-log';

/**
 * Letters in the database (shared/letters). A draft is saved and edited freely; issuing runs in ONE
 * read-write transaction over letters, requests, settings, the calendar and the audit log: the
 * 文号 is taken from the state read inside it (IndexedDB serialises overlapping transactions, across
 * tabs too), the timeline event is added to the request, the letter is frozen. Any failure leaves
 * everything as it was. An issued letter is never written again.
 */

export async function lettersOfRequest(db: DeskDb, requestId: string): Promise<Letter[]> {
  const rows = await db.letters.where('requestId').equals(requestId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Issued letters of a year (发文登记), by 文号 date. */
export async function lettersOfYear(db: DeskDb, year: number): Promise<Letter[]> {
  const rows = await db.letters
    .where('issuedDate')
    .between(`${year}-01-01`, `${year}-12-31`, true, true)
    .toArray();
  return rows.filter((l) => l.status === 'issued');
}

/**
 * The 发文登记 of a year: its issued letters and their requests. A year's letters are almost all
 * about requests received that year or just before: those come in one range read of the
 * `receivedDate` index (with the letters' own read, in parallel), the few older ones by key — a
 * ten-year database's register of 2,000 letters was 322 ms with one keyed read per request
 * (docs/performance.md).
 */
export async function letterRegisterData(
  db: DeskDb,
  year: number,
): Promise<{ letters: Letter[]; requests: DisclosureRequest[] }> {
  const [letters, near] = await Promise.all([
    lettersOfYear(db, year),
    db.requests
      .where('receivedDate')
      .between(`${year - 1}-07-01`, `${year}-12-31`, true, true)
      .toArray(),
  ]);
  const wanted = new Set(letters.map((l) => l.requestId));
  const requests = near.filter((r) => wanted.has(r.id));
  for (const r of requests) wanted.delete(r.id);
  if (wanted.size > 0) for (const r of await db.requests.bulkGet([...wanted])) if (r) requests.push(r);
  return { letters, requests };
}

async function audit(db: DeskDb, ctx: WriteContext, id: string, before: unknown, after: unknown) {
  await addAudit(db, {
    at: ctx.now,
    actor: ctx.actor,
    store: 'letters',
    recordId: id,
    action: before === null ? 'create' : after === null ? 'delete' : 'update',
    before,
    after,
  });
}

/** Creates a draft from a drafted model (draftLetter) for a request. */
export async function createDraft(
  db: DeskDb,
  requestId: string,
  draft: LetterDraft,
  ctx: WriteContext,
  replacesId: string | null = null,
): Promise<Letter> {
  const letter = letterSchema.parse({
    id: ctx.newId ? ctx.newId() : crypto.randomUUID(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    requestId,
    type: draft.type,
    status: 'draft',
    title: draft.title,
    addressee: draft.addressee,
    paragraphs: draft.paragraphs,
    legalBasis: draft.legalBasis,
    remedy: draft.remedy,
    closing: draft.closing,
    signer: draft.signer,
    facts: draft.facts,
    dueDate: draft.dueDate,
    lawVersion: draft.lawVersion,
    replacesId,
  });
  await db.transaction('rw', [db.letters, db.audit], async () => {
    await db.letters.add(letter);
    await audit(db, ctx, letter.id, null, letter);
  });
  return letter;
}

export class LetterFrozenError extends Error {
  constructor() {
    super('an issued letter is never edited: issue a correcting letter instead');
    this.name = 'LetterFrozenError';
  }
}

/** Saves the officer's edits of a draft; an issued letter is refused. */
export async function updateDraft(
  db: DeskDb,
  id: string,
  patch: Partial<
    Pick<
      Letter,
      'title' | 'addressee' | 'paragraphs' | 'remedy' | 'legalBasis' | 'signer' | 'closing' | 'facts'
    >
  >,
  ctx: WriteContext,
): Promise<Letter> {
  let saved!: Letter;
  await db.transaction('rw', [db.letters, db.audit], async () => {
    const before = await db.letters.get(id);
    if (!before) throw new Error('letter not found');
    if (before.status !== 'draft') throw new LetterFrozenError();
    saved = letterSchema.parse({ ...before, ...patch, updatedAt: ctx.now });
    await db.letters.put(saved);
    await audit(db, ctx, id, before, saved);
  });
  return saved;
}

/** Discards a draft (an issued letter stays forever). */
export async function discardDraft(db: DeskDb, id: string, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', [db.letters, db.audit], async () => {
    const before = await db.letters.get(id);
    if (!before) return;
    if (before.status !== 'draft') throw new LetterFrozenError();
    await db.letters.delete(id);
    await audit(db, ctx, id, before, null);
  });
}

export type IssueOutcome =
  | { ok: true; letter: Letter; warnings: LetterCheck[] }
  | { ok: false; errors: LetterCheck[]; warnings: LetterCheck[] };

/**
 * Issues a draft on `issuedDate` with its delivery: 文号, frozen text, the timeline event. `today`
 * is the officer's civil date (nothing is issued in advance).
 */
export async function issueLetter(
  db: DeskDb,
  id: string,
  how: { issuedDate: string; delivery: LetterDelivery },
  ctx: WriteContext & { today: string },
): Promise<IssueOutcome> {
  return db.transaction(
    'rw',
    [db.letters, db.requests, db.settings, db.calendarOverrides, db.calendarYears, db.audit],
    async (): Promise<IssueOutcome> => {
      const draft = await db.letters.get(id);
      if (!draft) return { ok: false, errors: [{ code: 'noBody', severity: 'error' }], warnings: [] };
      const request = await db.requests.get(draft.requestId);
      if (!request)
        return { ok: false, errors: [{ code: 'noReceivedDate', severity: 'error' }], warnings: [] };
      const settings = await getSettings(db);
      const calendar = buildCalendar(await loadCalendarData(db));
      const issuedLetters = (await lettersOfRequest(db, request.id)).filter((l) => l.status === 'issued');
      const existingNumbers = (await db.letters.orderBy('number').keys()).map(String);
      const result = prepareIssue({
        letter: { ...draft, issuedDate: how.issuedDate, delivery: how.delivery },
        request,
        issuedLetters,
        existingNumbers,
        settings,
        calendar,
        today: ctx.today,
        newEventId: () => (ctx.newId ? ctx.newId() : crypto.randomUUID()),
      });
      if (!result.ok) return result;
      const issued = { ...result.letter, updatedAt: ctx.now };
      await db.letters.put(issued);
      await audit(db, ctx, id, draft, issued);
      if (result.request) {
        const after = { ...result.request, updatedAt: ctx.now };
        await db.requests.put(after);
        await addAudit(db, {
          at: ctx.now,
          actor: ctx.actor,
          store: 'requests',
          recordId: request.id,
          action: 'update',
          before: request,
          after,
        });
      }
      await db.settings.put({ key: 'app', value: { ...settings, letterCounters: result.letterCounters } });
      return { ok: true, letter: issued, warnings: result.warnings };
    },
  );
}
