import type { Table } from 'dexie';
import type { AuditEntry, RegisterName, RegisterRecord } from '../../../shared/model';
import { isIsoInstant } from '../../../shared/model/instant';
import { checkClock, ClockRefusedError } from '../../../shared/retention/clock';
import { scrubAuditRow, scrubRecord } from '../../../shared/retention/personal-fields';
import type { DeskDb } from '../database';
import { addAudit } from './audit-log';

/** Trash retention (issue 2): deleted records can be restored for 30 days, then are purged. */
export const TRASH_DAYS = 30;

/** The `at` of the newest audit entry: the last moment the data is known to have changed. */
export async function newestChange(db: DeskDb): Promise<string | null> {
  return (await db.audit.orderBy('at').last())?.at ?? null;
}

/**
 * The letters of a purged request stay in the 发文登记 (their 文号 are never reused) but lose the
 * applicant: addressee and text scrubbed (shared/retention/personal-fields.ts), as are their audit
 * rows, with one 'anonymise' entry per letter. Runs inside the purge's transaction.
 */
async function scrubLettersOf(db: DeskDb, requestId: string, ctx: { actor: string; now: string }) {
  const letters = await db.letters.where('requestId').equals(requestId).toArray();
  for (const letter of letters) {
    const scrubbed = scrubRecord('letters', letter);
    const history = (await db.audit.where('recordId').equals(letter.id).toArray()).filter(
      (row) => row.store === 'letters',
    );
    const changed = history.map(scrubAuditRow).filter((row, i) => row !== history[i]);
    if (scrubbed === letter && changed.length === 0) continue;
    if (scrubbed !== letter) await db.letters.put(scrubbed);
    await db.audit.bulkPut(changed);
    await addAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      store: 'letters',
      recordId: letter.id,
      action: 'anonymise',
      before: null,
      after: {
        reason: 'purge',
        auditRowsRewritten: changed.map((row) => row.id).filter((id) => id !== undefined),
      },
    });
  }
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
    await db.transaction('rw', [table, db.letters, db.audit], async () => {
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
        if (register === 'requests') await scrubLettersOf(db, r.id, ctx);
        const entry = (action: AuditEntry['action'], before: unknown, after: unknown): AuditEntry => ({
          at: ctx.now,
          actor: ctx.actor,
          store: register,
          recordId: r.id,
          action,
          before,
          after,
        });
        await addAudit(db, entry('purge', scrubRecord(register, r), null));
        if (rewritten.length > 0) {
          await addAudit(
            db,
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
