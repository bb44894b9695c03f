import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import type { DeskDb } from '../../db/database';
import { importAll } from '../../db/interchange';
import { saveSettings } from '../../db/repositories/settings';
import { connectTestDb, makeTestDb } from '../../db/test-db';
import { applyAnonymisation } from './anonymise-db';
import {
  type RetentionLookJob,
  type RetentionLookMessage,
  runRetentionLookJob,
  workerRetentionLook,
} from './retention-look-job';
import { inProcessWorker } from './test-worker';

let db: DeskDb;
beforeEach(async () => {
  db = makeTestDb();
  await importAll(db, sampleStores()); // 3 requests answered 2024-01-12 … 2024-01-14
  // The office used the app the day before (the clock check needs a recent change).
  await db.audit.add({
    at: '2027-02-28T02:00:00.000Z',
    actor: '测试员',
    store: 'calendarOverrides',
    recordId: '2027-02-28',
    action: 'update',
    before: null,
    after: null,
  });
});
afterEach(() => db.close());

const ctx = { actor: '测试员', now: '2027-03-01T02:00:00.000Z', today: '2027-03-01' };

/** The backup worker running its look in this process, on a second connection to the same database. */
const lookWorker = (jobs: RetentionLookJob[], fail = false) =>
  inProcessWorker<RetentionLookJob, RetentionLookMessage>(
    jobs,
    (job, post) => void runRetentionLookJob(job, { post, connect: connectTestDb }),
    fail,
  );

describe("retention's read-only look in the backup worker (issue 17)", () => {
  it('nothing due: the look is made in the worker and the window opens no read-write transaction', async () => {
    const jobs: RetentionLookJob[] = [];
    const modes: string[] = [];
    const original = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (...args) => {
      modes.push(String(args[0]));
      return original(...args);
    };
    const run = await applyAnonymisation(db, ctx, {
      ifSettingIs: null,
      look: workerRetentionLook(db, lookWorker(jobs)),
    });
    expect(run).toEqual({ ok: true, ids: [], records: [] });
    expect(jobs).toEqual([
      { kind: 'retentionLook', dbName: db.name, ctx: { now: ctx.now, today: ctx.today }, ifSettingIs: null },
    ]);
    // The window itself read nothing: no transaction of its own.
    expect(modes).toEqual([]);
  });

  it('something due: the worker finds it and the window anonymises it, as without the worker', async () => {
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    const jobs: RetentionLookJob[] = [];
    const run = await applyAnonymisation(db, ctx, { look: workerRetentionLook(db, lookWorker(jobs)) });
    expect(run.ok && run.ids.sort()).toEqual(['r-1', 'r-2', 'r-3']);
    expect(jobs).toHaveLength(1);
    // Written by the window's transaction: the requests are anonymised in the database.
    expect((await db.requests.toArray()).every((r) => r.anonymisedAt === ctx.now)).toBe(true);
  });

  it('the look itself writes nothing, even when something is due', async () => {
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    const posted: RetentionLookMessage[] = [];
    await runRetentionLookJob(
      { kind: 'retentionLook', dbName: db.name, ctx: { now: ctx.now, today: ctx.today } },
      { post: (m) => posted.push(m), connect: connectTestDb },
    );
    const [message] = posted;
    expect(message?.kind === 'looked' && message.run.ok && message.run.ids.sort()).toEqual([
      'r-1',
      'r-2',
      'r-3',
    ]);
    expect((await db.requests.toArray()).every((r) => r.anonymisedAt === null)).toBe(true);
  });

  it('a worker that cannot start: the window looks itself, says so, and the result is the same', async () => {
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const jobs: RetentionLookJob[] = [];
    const run = await applyAnonymisation(db, ctx, {
      look: workerRetentionLook(db, lookWorker(jobs, true)),
    });
    expect(run.ok && run.ids.sort()).toEqual(['r-1', 'r-2', 'r-3']);
    expect(jobs).toHaveLength(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
