import type { Table } from 'dexie';
import type { RegisterName, RegisterRecord } from '../../../shared/model';
import type { DeskDb } from '../database';
import { ValidationError } from './errors';
import type { WriteContext } from './registers';
import { addAuditRows } from './audit-log';

/**
 * Stores the good rows of a spreadsheet import (issue 7): all of them in one transaction, or none.
 * Records arrive ready to store (validated by shared/import); the audit trail gets one 'import'
 * entry per record. Chunked so the progress bar moves while IndexedDB works.
 */

const CHUNK = 500;

export interface BulkImportOptions {
  onProgress?: (done: number, total: number) => void;
}

export async function bulkImportRecords<R extends RegisterName>(
  db: DeskDb,
  register: R,
  records: readonly RegisterRecord[R][],
  ctx: WriteContext,
  options: BulkImportOptions = {},
): Promise<number> {
  const table = db.table(register) as unknown as Table<RegisterRecord[R], string>;
  const total = records.length;
  await db.transaction('rw', [table, db.audit, db.requests], async () => {
    // The plan checked serials against what was stored when it was made; check again inside the
    // transaction so a record typed in meanwhile cannot be doubled.
    if (register === 'requests') {
      const serials = records.map((r) => (r as RegisterRecord['requests']).serial);
      const clash = await db.requests.where('serial').anyOf(serials).first();
      if (clash) throw new ValidationError([{ path: ['serial'], message: 'validation.duplicateSerial' }]);
    }
    for (let i = 0; i < total; i += CHUNK) {
      const chunk = records.slice(i, i + CHUNK);
      await table.bulkAdd(chunk as RegisterRecord[R][]);
      await addAuditRows(
        db,
        chunk.map((r) => ({
          at: ctx.now,
          actor: ctx.actor,
          store: register,
          recordId: r.id,
          action: 'import' as const,
          before: null,
          after: r,
        })),
      );
      options.onProgress?.(Math.min(i + CHUNK, total), total);
    }
  });
  return total;
}
