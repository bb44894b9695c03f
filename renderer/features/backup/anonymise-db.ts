import type { AuditEntry } from '../../../shared/model';
import { type Anonymised, anonymiseStores, yearsBefore } from '../../../shared/retention/anonymise';
import { type ClockProblem, checkClock } from '../../../shared/retention/clock';
import type { DeskDb } from '../../db/database';
import { newestChange } from '../../db/repositories/purge';
import { getSettings } from '../../db/repositories/settings';
import { addAuditRows } from '../../db/repositories/audit-log';

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
   */
  options: { ifSettingIs?: number | null } = {},
): Promise<AnonymiseRun> {
  const stores = [db.requests, db.consultations, db.appeals, db.letters, db.audit, db.settings];
  // A read-only look first (issue 17): it runs at every start, and a read-write transaction over these
  // stores made every other read of them wait — the first screen's among them. Nearly always nothing
  // is due; only then is the work done again in a read-write transaction, from what is stored then.
  // An async scope function: Dexie follows native awaits only in those.
  const look = await db.transaction('r', stores, async () => await planAnonymisation(db, ctx, options));
  if (!look.run.ok || look.run.records.length === 0) return look.run;
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

/** What retention would change today (inside the caller's transaction): the clock check, then the rule. */
async function planAnonymisation(
  db: DeskDb,
  ctx: { now: string; today: string },
  options: { ifSettingIs?: number | null },
) {
  const clock = checkClock(ctx.now, await newestChange(db));
  if (clock) return { run: { ok: false, clock } as AnonymiseRun, result: null, anonymiseAfterYears: null };
  const { anonymiseAfterYears } = await getSettings(db);
  if (options.ifSettingIs !== undefined && (anonymiseAfterYears ?? null) !== options.ifSettingIs)
    return { run: { ok: true, ids: [], records: [] } as AnonymiseRun, result: null, anonymiseAfterYears };
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
  const result = anonymiseStores(stores, {
    afterYears,
    today: ctx.today,
    now: ctx.now,
    storedConsultations,
  });
  const run: AnonymiseRun = { ok: true, ids: result.ids, records: result.records };
  return { run, result, anonymiseAfterYears };
}

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
