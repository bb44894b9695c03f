import type { AuditEntry } from '../../../shared/model';
import { type Anonymised, anonymiseStores } from '../../../shared/retention/anonymise';
import { type ClockProblem, checkClock } from '../../../shared/retention/clock';
import type { DeskDb } from '../../db/database';
import { newestChange } from '../../db/repositories/purge';
import { getSettings } from '../../db/repositories/settings';

export type AnonymiseRun =
  | { ok: true; ids: string[]; records: Anonymised[] }
  /** Refused: the system clock cannot be trusted for an irreversible step; nothing changed. */
  | { ok: false; clock: ClockProblem };

const RETAINED = ['requests', 'consultations', 'appeals'] as const;

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
): Promise<AnonymiseRun> {
  let run: AnonymiseRun = { ok: true, ids: [], records: [] };
  await db.transaction('rw', [db.requests, db.consultations, db.appeals, db.audit, db.settings], async () => {
    const clock = checkClock(ctx.now, await newestChange(db));
    if (clock) {
      run = { ok: false, clock };
      return;
    }
    const { anonymiseAfterYears } = await getSettings(db);
    const stores = {
      requests: await db.requests.toArray(),
      consultations: await db.consultations.toArray(),
      appeals: await db.appeals.toArray(),
      audit: await db.audit
        .where('store')
        .anyOf([...RETAINED])
        .toArray(),
    };
    const result = anonymiseStores(stores, {
      afterYears: anonymiseAfterYears,
      today: ctx.today,
      now: ctx.now,
    });
    run = { ok: true, ids: result.ids, records: result.records };
    if (result.records.length === 0) return;
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
    await db.audit.bulkAdd(entries);
  });
  return run;
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
    consultations: await db.consultations.toArray(),
    appeals: await db.appeals.toArray(),
    audit: [],
  };
  return anonymiseStores(stores, { afterYears, today, now: `${today}T00:00:00.000Z` }).records.length;
}
