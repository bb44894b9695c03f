import { chainAuditRow, chainAuditRows } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/model/settings';
import type { DeskDb } from '../database';

/**
 * The one way audit rows are written (issue 14 item 24): each is linked to the row before it by the
 * audit chain (shared/audit/chain.ts). Call inside the caller's read-write transaction over
 * `db.audit`, so the last row read and the row added cannot interleave with another writer; the
 * hash is synchronous (an await on anything but IndexedDB would end the transaction).
 * Restores and imports store a backup's rows as they are (importAll): their links came with them.
 */
async function chainHead(db: DeskDb): Promise<string> {
  const last = await db.audit.orderBy(':id').last();
  return last?.hash ?? '';
}

export async function addAudit(db: DeskDb, entry: AuditEntry): Promise<number> {
  return (await db.audit.add(chainAuditRow(entry, await chainHead(db)))) as number;
}

export async function addAuditRows(db: DeskDb, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.audit.bulkAdd(chainAuditRows(entries, await chainHead(db)));
}
