import type { AuditEntry } from '../../../shared/model';
import { type Anonymised, anonymiseStores, yearsBefore } from '../../../shared/retention/anonymise';
import { type ClockProblem, checkClock } from '../../../shared/retention/clock';
import type { DeskDb } from '../../db/database';
import { newestChange } from '../../db/repositories/purge';
import { getSettings } from '../../db/repositories/settings';
import { addAuditRows } from '../../db/repositories/audit-log';
import { yieldToEventLoop } from '../../../shared/yield';

export type AnonymiseRun =
  | { ok: true; ids: string[]; records: Anonymised[] }
  /** Refused: the system clock cannot be trusted for an irreversible step; nothing changed. */
  | { ok: false; clock: ClockProblem };

const RETAINED = ['requests', 'consultations', 'appeals', 'letters'] as const;

/**
 * Applies AppSettings.anonymiseAfterYears to the database in one transaction (issue 5 "Retention of
 * personal data", widened by issue 14): the pure rule decides, this writes the anonymised records,
 * the scrubbed audit rows, and one 'anonymise' audit entry per record naming the audit rows it
 * rewrote (`auditRowsRewritten`, ids), so the rewrite is itself on record (and the audit chain can
 * account for it). Audit rows of purged records are scrubbed even with the setting off.
 */
export async function applyAnonymisation(
  db: DeskDb,
  ctx: { actor: string; now: string; today: string },
  /**
   * `ifSettingIs`: run only while the stored setting is this one (the start's run, deferred after the
   * first screen, must not apply a setting the officer changed meanwhile); otherwise nothing is done.
   * `look`: the read-only look made elsewhere (the backup worker: retention-look-job.ts); when it
   * fails, the look is made here.
   */
  options: { ifSettingIs?: number | null; look?: RetentionLook | null } = {},
): Promise<AnonymiseRun> {
  const stores = retentionStores(db);
  // A read-only look first (issue 17): it runs at every start, and a read-write transaction over these
  // stores made every other read of them wait — the first screen's among them. Nearly always nothing
  // is due; only then is the work done again in a read-write transaction, from what is stored then.
  let look: AnonymiseRun | null = null;
  if (options.look) {
    try {
      look = await options.look(ctx, { ifSettingIs: options.ifSettingIs });
    } catch (err) {
      console.warn('retention look in the worker failed, looking in the window:', messageOf(err));
    }
  }
  look ??= await lookForAnonymisation(db, ctx, options);
  if (!look.ok || look.records.length === 0) return look;
  let run: AnonymiseRun = { ok: true, ids: [], records: [] };
  await db.transaction('rw', stores, async () => {
    const plan = await planAnonymisation(db, ctx, options);
    run = plan.run;
    const { result, anonymiseAfterYears } = plan;
    if (!result || result.records.length === 0) return;
    for (const store of RETAINED) {
      const changed = new Set(result.records.filter((r) => r.store === store && !r.purged).map((r) => r.id));
      if (changed.size === 0) continue;
      const rows = (result.stores[store] as { id: string }[]).filter((r) => changed.has(r.id));
      await db.table(store).bulkPut(rows);
    }
    await db.audit.bulkPut(result.audit);
    const entries: AuditEntry[] = result.records.map((r) => ({
      at: ctx.now,
      actor: ctx.actor,
      store: r.store,
      recordId: r.id,
      action: 'anonymise',
      before: null,
      after: {
        ...(r.purged ? { reason: 'purged' } : { anonymisedAt: ctx.now, afterYears: anonymiseAfterYears }),
        auditRowsRewritten: r.auditRowsRewritten,
      },
    }));
    await addAuditRows(db, entries);
  });
  return run;
}

/** What retention would change today, looked at without writing (where: the caller's choice). */
export type RetentionLook = (
  ctx: { now: string; today: string },
  options: { ifSettingIs?: number | null },
) => Promise<AnonymiseRun>;

const retentionStores = (db: DeskDb) => [
  db.requests,
  db.consultations,
  db.appeals,
  db.letters,
  db.audit,
  db.settings,
];

/**
 * The read-only look: the reads in one transaction, then the rule in a task of its own — at county
 * scale the last read's result and the rule in one task held the window for 230–280 ms (issue 17).
 */
export async function lookForAnonymisation(
  db: DeskDb,
  ctx: { now: string; today: string },
  options: { ifSettingIs?: number | null } = {},
): Promise<AnonymiseRun> {
  // An async scope function: Dexie follows native awaits only in those.
  const read = await db.transaction(
    'r',
    retentionStores(db),
    async () => await readForPlan(db, ctx, options),
  );
  if (read.done) return read.run;
  await yieldToEventLoop();
  return planFrom(read, ctx).run;
}

/** What retention would change today (inside the caller's transaction): the reads, then the rule. */
async function planAnonymisation(
  db: DeskDb,
  ctx: { now: string; today: string },
  options: { ifSettingIs?: number | null },
) {
  const read = await readForPlan(db, ctx, options);
  return read.done ? { run: read.run, result: null, anonymiseAfterYears: null } : planFrom(read, ctx);
}

/**
 * What the rule needs (inside the caller's transaction): the clock check and the setting first —
 * `done` with the run when nothing is to be done — then the records.
 */
async function readForPlan(
  db: DeskDb,
  ctx: { now: string; today: string },
  options: { ifSettingIs?: number | null },
) {
  const clock = checkClock(ctx.now, await newestChange(db));
  if (clock) return { done: true as const, run: { ok: false, clock } as AnonymiseRun };
  const { anonymiseAfterYears } = await getSettings(db);
  if (options.ifSettingIs !== undefined && (anonymiseAfterYears ?? null) !== options.ifSettingIs)
    return { done: true as const, run: { ok: true, ids: [], records: [] } as AnonymiseRun };
  const afterYears = anonymiseAfterYears ?? null;
  // Of consultations (the largest register: 100,000 at county scale) only those dated before the
  // cut-off can be due; the rest are needed for their ids alone (the audit rows of a purged one).
  const cutoff = afterYears === null ? null : yearsBefore(ctx.today, afterYears);
  const stores = {
    requests: await db.requests.toArray(),
    consultations: cutoff === null ? [] : await db.consultations.where('date').below(cutoff).toArray(),
    appeals: await db.appeals.toArray(),
    letters: await db.letters.toArray(),
    audit: await db.audit
      .where('store')
      .anyOf([...RETAINED])
      .toArray(),
  };
  const storedConsultations = new Set((await db.consultations.toCollection().primaryKeys()) as string[]);
  return { done: false as const, stores, storedConsultations, anonymiseAfterYears, afterYears };
}

/** The rule applied to what readForPlan read (pure). */
function planFrom(
  read: Extract<Awaited<ReturnType<typeof readForPlan>>, { done: false }>,
  ctx: { now: string; today: string },
) {
  const result = anonymiseStores(read.stores, {
    afterYears: read.afterYears,
    today: ctx.today,
    now: ctx.now,
    storedConsultations: read.storedConsultations,
  });
  const run: AnonymiseRun = { ok: true, ids: result.ids, records: result.records };
  return { run, result, anonymiseAfterYears: read.anonymiseAfterYears };
}

/** A macrotask later: what the window has waiting (input, painting) runs first. */

/**
 * How many stored records (requests, consultations, appeals) a setting of `afterYears` would
 * anonymise today (shown before the officer agrees).
 */
export async function countDueForAnonymisation(
  db: DeskDb,
  afterYears: number,
  today: string,
): Promise<number> {
  const stores = {
    requests: await db.requests.toArray(),
    // Only consultations dated before the cut-off can be due (no audit rows here: no ids needed).
    consultations: await db.consultations.where('date').below(yearsBefore(today, afterYears)).toArray(),
    appeals: await db.appeals.toArray(),
    audit: [],
  };
  return anonymiseStores(stores, { afterYears, today, now: `${today}T00:00:00.000Z` }).records.length;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
