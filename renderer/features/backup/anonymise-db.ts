import type { AuditEntry } from '../../../shared/model';
import { anonymiseStores, isDueForAnonymisation, yearsBefore } from '../../../shared/retention/anonymise';
import type { DeskDb } from '../../db/database';
import { getSettings } from '../../db/repositories/settings';

/**
 * Applies AppSettings.anonymiseAfterYears to the database in one transaction (issue 5 "Retention of
 * personal data"): the pure rule decides, this writes the anonymised requests, the scrubbed audit
 * entries and one audit entry per request saying it was anonymised (with no personal data in it).
 */
export async function applyAnonymisation(
  db: DeskDb,
  ctx: { actor: string; now: string; today: string },
): Promise<string[]> {
  let ids: string[] = [];
  await db.transaction('rw', [db.requests, db.audit, db.settings], async () => {
    const { anonymiseAfterYears } = await getSettings(db);
    if (anonymiseAfterYears === null) return;
    const requests = await db.requests.toArray();
    const audit = await db.audit.where('store').equals('requests').toArray();
    const result = anonymiseStores(
      { requests, audit },
      { afterYears: anonymiseAfterYears, today: ctx.today, now: ctx.now },
    );
    ids = result.ids;
    if (ids.length === 0) return;
    const changed = new Set(ids);
    await db.requests.bulkPut(result.stores.requests.filter((r) => changed.has(r.id)));
    await db.audit.bulkPut(result.audit);
    const entries: AuditEntry[] = ids.map((id) => ({
      at: ctx.now,
      actor: ctx.actor,
      store: 'requests',
      recordId: id,
      action: 'anonymise',
      before: null,
      after: { anonymisedAt: ctx.now, afterYears: anonymiseAfterYears },
    }));
    await db.audit.bulkAdd(entries);
  });
  return ids;
}

/** How many requests a setting of `afterYears` would anonymise today (shown before the officer agrees). */
export async function countDueForAnonymisation(
  db: DeskDb,
  afterYears: number,
  today: string,
): Promise<number> {
  const cutoff = yearsBefore(today, afterYears);
  return db.requests.filter((r) => isDueForAnonymisation(r, cutoff)).count();
}
