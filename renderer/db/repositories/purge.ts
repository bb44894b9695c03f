import type { Table } from 'dexie';
import type { AuditEntry, RegisterName, RegisterRecord } from '../../../shared/model';
import { isIsoInstant } from '../../../shared/model/instant';
import { checkClock, ClockRefusedError } from '../../../shared/retention/clock';
import { scrubAuditRow, scrubRecord } from '../../../shared/retention/personal-fields';
import type { DeskDb } from '../database';

/** Trash retention (issue 2): deleted records can be restored for 30 days, then are purged. */
export const TRASH_DAYS = 30;

/** The `at` of the newest audit entry: the last moment the data is known to have changed. */
export async function newestChange(db: DeskDb): Promise<string | null> {
  return (await db.audit.orderBy('at').last())?.at ?? null;
}

/**
 * Permanently removes records trashed more than TRASH_DAYS days before `ctx.now`; returns how many.
 * Throws ClockRefusedError (nothing removed) when the clock cannot be trusted (shared/retention/clock.ts).
 *
 * A purged record leaves nothing to anonymise later, so its personal data goes with it (issue 14
 * item 1): the purge entry keeps the record with its personal fields scrubbed, the record's earlier
 * audit rows are rewritten by scrubAuditRow, and one 'anonymise' entry names the rows rewritten.
 */
export async function purgeExpiredTrash(db: DeskDb, ctx: { actor: string; now: string }): Promise<number> {
  const clock = checkClock(ctx.now, await newestChange(db));
  if (clock) throw new ClockRefusedError(clock);
  const cutoff = new Date(Date.parse(ctx.now) - TRASH_DAYS * 86_400_000).toISOString();
  let count = 0;
  for (const register of ['publications', 'requests', 'consultations', 'appeals'] as const) {
    const table = db.table(register) as Table<RegisterRecord[RegisterName], string>;
    await db.transaction('rw', [table, db.audit], async () => {
      // Only a real instant counts: a damaged deletedAt must never make a record look long deleted.
      const expired = (await table.where('deletedAt').below(cutoff).toArray()).filter(
        (r) => r.deletedAt !== null && isIsoInstant(r.deletedAt),
      );
      for (const r of expired) {
        await table.delete(r.id);
        const history = await db.audit.where('recordId').equals(r.id).toArray();
        const rewritten: AuditEntry[] = [];
        for (const row of history) {
          if (row.store !== register) continue;
          const scrubbed = scrubAuditRow(row);
          if (scrubbed !== row) rewritten.push(scrubbed);
        }
        await db.audit.bulkPut(rewritten);
        const entry = (action: AuditEntry['action'], before: unknown, after: unknown): AuditEntry => ({
          at: ctx.now,
          actor: ctx.actor,
          store: register,
          recordId: r.id,
          action,
          before,
          after,
        });
        await db.audit.add(entry('purge', scrubRecord(register, r), null));
        if (rewritten.length > 0) {
          await db.audit.add(
            entry('anonymise', null, {
              reason: 'purge',
              auditRowsRewritten: rewritten.map((row) => row.id).filter((id) => id !== undefined),
            }),
          );
        }
      }
      count += expired.length;
    });
  }
  return count;
}
