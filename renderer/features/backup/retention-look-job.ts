import { DeskDb } from '../../db/database';
import { type AnonymiseRun, lookForAnonymisation, type RetentionLook } from './anonymise-db';
import { type AskedWorker, workerQuestion } from './ask-worker';

/**
 * Retention's read-only look (anonymise-db.ts) in the backup worker (issue 17): it reads every request,
 * letter and retained audit row and the ids of every consultation, at every start and after every
 * restore; in the window, at county scale, deserialising those reads and applying the rule held the
 * main thread for 150–390 ms at a time. Nearly always nothing is due and the window does nothing
 * more; when something is, the window applies it in its own read-write transaction, as before.
 */
export interface RetentionLookJob {
  kind: 'retentionLook';
  /** The database to read (the app's, by name: the worker opens its own connection). */
  dbName: string;
  ctx: { now: string; today: string };
  ifSettingIs?: number | null;
}

export type RetentionLookMessage =
  | { kind: 'looked'; run: AnonymiseRun }
  | { kind: 'failed'; message: string };

export const isRetentionLookJob = (data: unknown): data is RetentionLookJob =>
  typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'retentionLook';

/** The job as the worker runs it (tested in Node with fake-indexeddb); the connection closed after. */
export async function runRetentionLookJob(
  job: RetentionLookJob,
  env: { post: (message: RetentionLookMessage) => void; connect?: (name: string) => DeskDb },
): Promise<void> {
  const db = env.connect ? env.connect(job.dbName) : new DeskDb(job.dbName);
  try {
    await db.open();
    const options = 'ifSettingIs' in job ? { ifSettingIs: job.ifSettingIs } : {};
    env.post({ kind: 'looked', run: await lookForAnonymisation(db, job.ctx, options) });
  } catch (err) {
    env.post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    db.close();
  }
}

/**
 * The look for the database `db` in a worker of its own, or null where there are no workers (tests
 * in Node): applyAnonymisation's `look`. It rejects when the worker cannot; the window then looks.
 */
export function workerRetentionLook(
  db: Pick<DeskDb, 'name'>,
  create?: () => AskedWorker,
): RetentionLook | null {
  const ask = workerQuestion<RetentionLookMessage, AnonymiseRun>(create, (m) =>
    m.kind === 'looked' ? { value: m.run } : null,
  );
  return (
    ask &&
    ((ctx, options) =>
      ask({
        kind: 'retentionLook',
        dbName: db.name,
        ctx: { now: ctx.now, today: ctx.today },
        ...(options.ifSettingIs !== undefined ? { ifSettingIs: options.ifSettingIs } : {}),
      } satisfies RetentionLookJob))
  );
}
