import type { z } from 'zod';
import {
  type Appeal,
  appealInput,
  type Consultation,
  consultationInput,
  type DisclosureRequest,
  type Publication,
  publicationInput,
  type RegisterName,
  type RegisterRecord,
  requestInput,
} from '../../../shared/model';
import type { DeskDb } from '../database';
import { buildCalendar } from '../../../shared/calendar';
import { lockedEventIssues } from '../../../shared/letters/event-lock';
import { sortEvents, validateRequestWorkflow } from '../../../shared/requests';
import { loadCalendarData } from './calendar';
import { issuesOf, ValidationError } from './errors';
import { withIndexNumber } from './index-numbers';
import { addAudit } from './audit-log';

export { purgeExpiredTrash, TRASH_DAYS } from './purge';

// biome-ignore lint/suspicious/noExplicitAny: the four input schemas have different shapes; each is typed at its use.
const INPUT_SCHEMAS: Record<RegisterName, z.ZodType<any>> = {
  publications: publicationInput,
  requests: requestInput,
  consultations: consultationInput,
  appeals: appealInput,
};

export type RecordFields<R extends RegisterName> = Omit<
  RegisterRecord[R],
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt'
>;

export interface WriteContext {
  /** Who is acting (the officer's name from the profile, or 'system'). */
  actor: string;
  /** ISO instant; passed in so tests are deterministic. */
  now: string;
  newId?: () => string;
}

function tableOf<R extends RegisterName>(db: DeskDb, register: R) {
  return db[register] as unknown as import('dexie').Table<RegisterRecord[R], string>;
}

export function validateFields<R extends RegisterName>(register: R, input: unknown): RecordFields<R> {
  const parsed = INPUT_SCHEMAS[register].safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  if (register === 'requests') {
    // A timeline is kept in date order (stable for same-day steps), whatever order it was entered in.
    const fields = parsed.data as RecordFields<'requests'>;
    return { ...fields, events: sortEvents(fields.events) } as unknown as RecordFields<R>;
  }
  return parsed.data as RecordFields<R>;
}

/**
 * The statutory workflow rules (shared/requests/workflow.ts: one extension of at most 20 working
 * days, 补正 before the answer, …) need the officer's calendar, so they run here, in the domain
 * layer under every save, not only in the form.
 */
async function checkWorkflow(db: DeskDb, fields: RecordFields<'requests'>) {
  const calendar = buildCalendar(await loadCalendarData(db));
  const errors = validateRequestWorkflow(fields, calendar).filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  throw new ValidationError(
    errors.map((e) => {
      const index = fields.events.findIndex((ev) => ev.id === e.eventId);
      const path: (string | number)[] =
        index < 0 ? ['events'] : ['events', index, ...(e.field ? [e.field] : ['date'])];
      return { path, message: e.key };
    }),
  );
}

/**
 * A step an issued letter stands for is fixed with the letter (shared/letters/event-lock.ts): the
 * save is refused, naming the letter to correct; the message key carries its 文号 after a colon.
 */
const LOCK_MESSAGES = {
  eventHasLetter: 'validation.eventHasLetter',
  eventWithLetterRemoved: 'validation.eventWithLetterRemoved',
} as const;

async function checkLetterSteps(db: DeskDb, before: DisclosureRequest, fields: RecordFields<'requests'>) {
  const letters = await db.letters.where('requestId').equals(before.id).toArray();
  const issues = lockedEventIssues(before.events, fields.events, letters);
  if (issues.length === 0) return;
  throw new ValidationError(
    issues.map((i) => ({
      path: i.index === null ? ['events'] : ['events', i.index, 'date'],
      message: `${LOCK_MESSAGES[i.code]}:${i.number}`,
    })),
  );
}

/** Extra checks that need the database (e.g. unique serials); run inside the write transaction. */
async function checkUnique<R extends RegisterName>(
  db: DeskDb,
  register: R,
  fields: RecordFields<R>,
  id: string | null,
) {
  if (register === 'requests') {
    await checkWorkflow(db, fields as RecordFields<'requests'>);
    const serial = (fields as RecordFields<'requests'>).serial;
    const clash = await db.requests.where('serial').equals(serial).first();
    if (clash && clash.id !== id) {
      throw new ValidationError([{ path: ['serial'], message: 'validation.duplicateSerial' }]);
    }
  }
  if (register === 'appeals') {
    const { requestId, filedDate } = fields as RecordFields<'appeals'>;
    const request = requestId ? await db.requests.get(requestId) : undefined;
    if (requestId && !request) {
      throw new ValidationError([{ path: ['requestId'], message: 'validation.requestNotFound' }]);
    }
    // A 复议 or 诉讼 is against what was done with the request: it cannot be filed before the request
    // was received (a case filed 09-01 against a request received 09-25 was saved without a word).
    if (request && filedDate < request.receivedDate) {
      throw new ValidationError([{ path: ['filedDate'], message: 'validation.filedBeforeRequest' }]);
    }
  }
}

export async function createRecord<R extends RegisterName>(
  db: DeskDb,
  register: R,
  input: unknown,
  ctx: WriteContext,
): Promise<RegisterRecord[R]> {
  const fields = validateFields(register, input);
  let record = {
    ...fields,
    id: ctx.newId ? ctx.newId() : crypto.randomUUID(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    deletedAt: null,
  } as unknown as RegisterRecord[R];
  await db.transaction(
    'rw',
    [
      db.table(register),
      db.audit,
      db.requests,
      db.publications,
      db.settings,
      db.calendarOverrides,
      db.calendarYears,
    ],
    async () => {
      await checkUnique(db, register, fields, null);
      // 索引号: assigned once, when a publication gets its 公开日期 (issue 6; shared/catalogue).
      if (register === 'publications') {
        record = (await withIndexNumber(db, record as Publication, null)).record as RegisterRecord[R];
      }
      await tableOf(db, register).add(record);
      await addAudit(db, {
        at: ctx.now,
        actor: ctx.actor,
        store: register,
        recordId: record.id,
        action: 'create',
        before: null,
        after: record,
      });
    },
  );
  return record;
}

export async function updateRecord<R extends RegisterName>(
  db: DeskDb,
  register: R,
  id: string,
  input: unknown,
  ctx: WriteContext,
): Promise<RegisterRecord[R]> {
  const fields = validateFields(register, input);
  let updated!: RegisterRecord[R];
  await db.transaction(
    'rw',
    [
      db.table(register),
      db.audit,
      db.requests,
      db.publications,
      db.settings,
      db.calendarOverrides,
      db.calendarYears,
      db.letters,
    ],
    async () => {
      const before = await tableOf(db, register).get(id);
      if (!before) throw new ValidationError([{ path: [], message: 'validation.recordGone' }]);
      await checkUnique(db, register, fields, id);
      if (register === 'requests')
        await checkLetterSteps(db, before as DisclosureRequest, fields as RecordFields<'requests'>);
      updated = { ...before, ...fields, id, updatedAt: ctx.now } as RegisterRecord[R];
      if (register === 'publications') {
        // The form does not carry the number: keep the one issued, or assign it on publication.
        updated = (await withIndexNumber(db, updated as Publication, before as Publication))
          .record as RegisterRecord[R];
      }
      await tableOf(db, register).put(updated);
      await addAudit(db, {
        at: ctx.now,
        actor: ctx.actor,
        store: register,
        recordId: id,
        action: 'update',
        before,
        after: updated,
      });
    },
  );
  return updated;
}

async function setDeleted<R extends RegisterName>(
  db: DeskDb,
  register: R,
  id: string,
  deletedAt: string | null,
  ctx: WriteContext,
): Promise<void> {
  await db.transaction('rw', [db.table(register), db.audit], async () => {
    const before = await tableOf(db, register).get(id);
    if (!before) return;
    const after = { ...before, deletedAt, updatedAt: ctx.now };
    await tableOf(db, register).put(after);
    await addAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      store: register,
      recordId: id,
      action: deletedAt ? 'delete' : 'restore',
      before,
      after,
    });
  });
}

/** Moves a record to the trash (restorable for TRASH_DAYS days). */
export function deleteRecord(db: DeskDb, register: RegisterName, id: string, ctx: WriteContext) {
  return setDeleted(db, register, id, ctx.now, ctx);
}

export function restoreRecord(db: DeskDb, register: RegisterName, id: string, ctx: WriteContext) {
  return setDeleted(db, register, id, null, ctx);
}

/** Live (not trashed) records of a register. */
export async function listLive<R extends RegisterName>(
  db: DeskDb,
  register: R,
): Promise<RegisterRecord[R][]> {
  return tableOf(db, register)
    .filter((r) => !r.deletedAt)
    .toArray();
}

export interface TrashItem {
  register: RegisterName;
  record: Publication | DisclosureRequest | Consultation | Appeal;
}

export async function listTrash(db: DeskDb): Promise<TrashItem[]> {
  const items: TrashItem[] = [];
  for (const register of ['publications', 'requests', 'consultations', 'appeals'] as const) {
    const rows = await tableOf(db, register).where('deletedAt').above('').toArray();
    for (const record of rows) items.push({ register, record });
  }
  return items.sort((a, b) => (b.record.deletedAt ?? '').localeCompare(a.record.deletedAt ?? ''));
}

/** Next request serial for a year: `YYYY-NNN`, one above the highest used that year (trash included). */
export async function nextRequestSerial(db: DeskDb, year: number): Promise<string> {
  const prefix = `${year}-`;
  const serials = await db.requests.where('serial').startsWith(prefix).toArray();
  let max = 0;
  for (const r of serials) {
    const n = Number(r.serial.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}
