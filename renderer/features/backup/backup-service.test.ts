import { webcrypto } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers/index';
import { createNodeDeps, scriptedDialog } from '../../../electron/handlers/node-deps';
import type { SafeHandler } from '../../../electron/ipc/handle';
import { type CryptoLike, createBackup } from '../../../shared/backup';
import { sampleDocument, sampleStores } from '../../../shared/backup/sample-data';
import { buildDeskApi, type Channel, type DeskApi } from '../../../shared/ipc';
import { interchangeStores } from '../../../shared/model';
import type { DeskDb } from '../../db/database';
import { exportAll, importAll } from '../../db/interchange';
import { connectTestDb, makeTestDb } from '../../db/test-db';
import {
  autoBackupOnStart,
  type BackupDeps,
  backupToFolder,
  previewBackup,
  buildJsonExport,
  openJsonImport,
  prepareRestore,
  prepareSafety,
  restoreBackup,
  restorePrepared,
  restoreSource,
  stillSafe,
} from './backup-service';
import type { WorkerBuild } from './build-in-worker';
import { runBuildJob } from './build-job';
import { type ExportMessage, runExportJob } from './export-job';
import { restoreSession, type RestoreMessage } from './restore-job';
import {
  everythingChanged,
  type WorkerLike,
  workerExportJson,
  workerOpen,
  workerOpenJson,
} from './restore-in-worker';

const crypto = webcrypto as unknown as CryptoLike;
let dir: string;
let db: DeskDb;
let api: DeskApi;

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'desk-restore-'));
  await fsp.mkdir(join(dir, 'usb'));
  const dialog = scriptedDialog();
  // The REAL main-process handlers on a temp folder: the renderer code talks to them as in Electron.
  const handlers = createHandlers(
    createNodeDeps({ dialog, paths: { userData: join(dir, 'userData'), docs: dir, downloads: dir } }),
  );
  api = buildDeskApi((channel, request) => (handlers[channel] as SafeHandler<Channel>)(request));
  dialog.nextFolder.push(join(dir, 'usb'));
  expect(await api.backupChooseFolder({})).toMatchObject({ ok: true });
  db = makeTestDb();
  await importAll(db, sampleStores());
});
afterEach(async () => {
  db.close();
  // Retried: a write of the handlers may still be landing in the folder as it is removed (one full
  // run failed here with ENOTEMPTY after the test itself had passed).
  await fsp.rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

let tick = 0;
const deps = (): BackupDeps => ({
  db,
  api,
  crypto,
  appVersion: '0.1.0',
  now: () => new Date(Date.UTC(2025, 2, 1, 1, 0, tick++)),
});
const snapshot = async () => (await exportAll(db, { appVersion: 'x', exportedAt: 'x' })).stores;
/** The stores without the audit entry a restore adds about itself (store 'database'). */
const withoutRestoreEntries = async () => {
  const stores = await snapshot();
  return { ...stores, audit: stores.audit.filter((e) => e.store !== 'database') };
};
const wipe = () => importAll(db, interchangeStores.parse({}));

async function backUpAndReadBack(password?: string): Promise<Uint8Array> {
  const written = await backupToFolder(deps(), password);
  if (!written.ok) throw new Error(written.message);
  const read = await api.backupReadFile({ location: 'external', name: written.name });
  if (!read.ok) throw new Error(read.message);
  return read.data;
}

describe('back up to the folder', () => {
  it('says what it is doing: reading, packing, writing', async () => {
    const stages: string[] = [];
    const result = await backupToFolder(deps(), undefined, (s) => stages.push(s));
    expect(result.ok).toBe(true);
    expect(stages).toEqual(['read', 'pack', 'write']);
  });
});

/** A backup of the sample data, then different data in the database: what a failed restore must keep. */
async function backupThenOtherData() {
  const bytes = await backUpAndReadBack();
  await wipe();
  await importAll(db, sampleStores({ publications: 1, requests: 1, consultations: 1, appeals: 0 }));
  return { bytes, before: await snapshot() };
}

/** A restore whose count check fails (a record lost right after the import): its outcome, and the data before. */
async function restoreWithWrongCount(restoreDeps: BackupDeps) {
  const { bytes, before } = await backupThenOtherData();
  const outcome = await restoreBackup(restoreDeps, bytes, undefined, {
    afterImport: async () => {
      await db.publications.delete('p-2');
    },
  });
  return { outcome, before };
}

describe('restore round trip', () => {
  it.each([
    ['plain', undefined],
    ['encrypted', '测试口令-456'],
  ])('%s: every store comes back deep-equal after a wipe', async (_kind, password) => {
    const before = await snapshot();
    expect(before.requests).toHaveLength(3);
    const bytes = await backUpAndReadBack(password);
    await wipe();
    expect((await snapshot()).publications).toEqual([]);
    const outcome = await restoreBackup(deps(), bytes, password);
    expect(outcome).toMatchObject({
      ok: true,
      counts: { publications: 3, requests: 3, consultations: 2, appeals: 2, audit: 2 },
    });
    expect(await withoutRestoreEntries()).toEqual(before);
    expect((await snapshot()).audit.at(-1)).toMatchObject({
      store: 'database',
      recordId: 'backup',
      action: 'import',
      after: { counts: { requests: 3, audit: 1 } },
    });
    // The lists read through the derived indexes (listDate, activeTo): every restored record is in them.
    expect(await db.publications.where('listDate').above('').count()).toBe(before.publications.length);
    expect(await db.requests.where('activeTo').above('').count()).toBe(before.requests.length);
    // The (empty) data before the restore was saved as an automatic backup first.
    const status = await api.backupStatus({});
    expect(status.ok && status.auto.map((a) => a.name)).toContain(outcome.ok ? outcome.safetyBackup : '');
  });

  it('reports the stages in order and the import progress up to every record', async () => {
    const bytes = await backUpAndReadBack();
    // Every record of the backup, and the audit entry of the restore itself.
    const total =
      Object.values((await snapshot()) as unknown as Record<string, unknown>)
        .filter(Array.isArray)
        .reduce((n, rows) => n + rows.length, 0) + 1;
    const stages: string[] = [];
    const progress: Array<[number, number]> = [];
    const outcome = await restoreBackup(deps(), bytes, undefined, {
      onStage: (s) => stages.push(s),
      onProgress: (done, all) => progress.push([done, all]),
    });
    expect(outcome.ok).toBe(true);
    expect(stages).toEqual(['open', 'safetyBackup', 'import', 'verify']);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('the preview shows agency, counts and date range from the header, without the password', async () => {
    const bytes = await backUpAndReadBack('p');
    const preview = previewBackup(bytes);
    expect(preview).toMatchObject({
      ok: true,
      encrypted: true,
      header: {
        agencyName: '测试市测试局',
        appVersion: '0.1.0',
        counts: { requests: 3 },
        dateRange: { from: '2024-01-02' },
      },
    });
  });
});

describe('a bad file changes nothing', () => {
  const cases: [string, () => Promise<Uint8Array>, string | undefined, string, RegExp][] = [
    [
      'not a backup',
      async () => new TextEncoder().encode('{"format":"disclosure-desk/export"}'),
      undefined,
      'notBackup',
      /not a Disclosure Desk backup/,
    ],
    ['zeros', async () => new Uint8Array(1 << 20), undefined, 'notBackup', /not a Disclosure Desk backup/],
    [
      'truncated',
      async () => (await backUpAndReadBack()).slice(0, 500),
      undefined,
      'truncated',
      /incomplete|ends after/,
    ],
    [
      'checksum mismatch',
      async () => {
        const b = await backUpAndReadBack();
        b[b.length - 3] = (b[b.length - 3] ?? 0) ^ 0x55;
        return b;
      },
      undefined,
      'checksumMismatch',
      /checksum does not match/,
    ],
    ['wrong password', () => backUpAndReadBack('right'), 'wrong', 'wrongPassword', /password is wrong/],
    ['no password', () => backUpAndReadBack('right'), undefined, 'passwordRequired', /encrypted/],
    [
      'invalid records',
      async () => {
        const doc = sampleDocument();
        doc.stores.appeals[0]!.closedDate = '2023-01-01'; // before filed
        return (await createBackup(doc, { crypto, createdAt: '2025-01-01T00:00:00.000Z' })).bytes;
      },
      undefined,
      'invalidRecords',
      /cannot accept/,
    ],
    [
      'newer version',
      async () => {
        const doc = { ...sampleDocument(), schemaVersion: 99 };
        return (await createBackup(doc, { crypto, createdAt: '2025-01-01T00:00:00.000Z' })).bytes;
      },
      undefined,
      'newerVersion',
      /newer app/,
    ],
  ];

  it.each(cases)('%s', async (_name, make, password, error, message) => {
    const bytes = await make();
    const before = await snapshot();
    const outcome = await restoreBackup(deps(), bytes, password);
    if (outcome.ok || outcome.stage !== 'open')
      throw new Error(`expected an open failure, got ${JSON.stringify(outcome)}`);
    expect(outcome.problem.error).toBe(error);
    expect(outcome.problem.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('invalid records are named with the reason', async () => {
    const doc = sampleDocument();
    doc.stores.appeals[0]!.closedDate = '2023-01-01';
    const { bytes } = await createBackup(doc, { crypto, createdAt: '2025-01-01T00:00:00.000Z' });
    const outcome = await restoreBackup(deps(), bytes);
    expect(!outcome.ok && outcome.stage === 'open' && outcome.problem.issues).toEqual([
      'appeals #1 (id a-1): closedDate — validation.closedBeforeFiled',
    ]);
  });
});

describe('a restore that fails half-way leaves the database as it was', () => {
  it('a backup whose records repeat a key is refused before anything changes, naming the record', async () => {
    const doc = sampleDocument();
    doc.stores.requests[2]!.serial = doc.stores.requests[0]!.serial; // would break the unique index
    const { bytes } = await createBackup(doc, { crypto, createdAt: '2025-01-01T00:00:00.000Z' });
    await wipe();
    await importAll(db, sampleStores({ publications: 1, requests: 1, consultations: 1, appeals: 0 }));
    const before = await snapshot();
    const outcome = await restoreBackup(deps(), bytes);
    expect(outcome).toMatchObject({ ok: false, stage: 'open', problem: { error: 'invalidRecords' } });
    expect(outcome.ok || outcome.stage !== 'open' ? [] : outcome.problem.issues).toEqual([
      expect.stringMatching(/^requests #3 \(id [^)]+\): serial — validation\.duplicateKey$/),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('an import that breaks inside its transaction is rolled back', async () => {
    const { bytes, before } = await backupThenOtherData();
    // The storage fails on the second consultation, after publications and requests were written.
    let stored = 0;
    const failing = (_key: unknown, _row: unknown) => {
      stored += 1;
      if (stored === 2) throw new Error('disk failure while importing');
    };
    db.consultations.hook('creating', failing);
    try {
      const outcome = await restoreBackup(deps(), bytes);
      expect(outcome).toMatchObject({ ok: false, stage: 'import' });
    } finally {
      db.consultations.hook('creating').unsubscribe(failing);
    }
    expect(stored).toBe(2);
    expect(await snapshot()).toEqual(before);
  });

  it('a full disk during the import is named, for the page to say it in words', async () => {
    const { bytes, before } = await backupThenOtherData();
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.consultations.hook('creating', full);
    try {
      const outcome = await restoreBackup(deps(), bytes);
      expect(outcome).toMatchObject({ ok: false, stage: 'import', said: 'QuotaExceededError' });
    } finally {
      db.consultations.hook('creating').unsubscribe(full);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('wrong counts name each store with both numbers', async () => {
    const { outcome } = await restoreWithWrongCount(deps());
    expect(outcome).toMatchObject({
      ok: false,
      stage: 'verify',
      mismatches: [{ store: 'publications', expected: 3, found: 2 }],
    });
  });

  it('counts that cannot be taken after the import are treated as wrong: the previous data goes back', async () => {
    const { bytes, before } = await backupThenOtherData();
    const outcome = await restoreBackup(deps(), bytes, undefined, {
      afterImport: async () => {
        throw new Error('database closed');
      },
    });
    expect(outcome).toMatchObject({ ok: false, stage: 'verify', rolledBack: true });
    expect(outcome.ok ? '' : 'message' in outcome ? outcome.message : '').toContain('database closed');
    expect(await snapshot()).toEqual(before);
  });

  it('a failure while saving the current data first (not just a refusal) stops the restore, changing nothing', async () => {
    const bytes = await backUpAndReadBack();
    const before = await snapshot();
    const throwing = {
      ...deps(),
      api: {
        ...api,
        backupWriteAuto: async () => {
          throw new Error('IPC channel closed');
        },
      },
    } as BackupDeps;
    expect(await restoreBackup(throwing, bytes)).toMatchObject({
      ok: false,
      stage: 'safetyBackup',
      message: 'IPC channel closed',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('wrong counts after the import put the previous data back', async () => {
    const { bytes, before } = await backupThenOtherData();
    const outcome = await restoreBackup(deps(), bytes, undefined, {
      // Something removes a record between import and verification.
      afterImport: async () => {
        await db.publications.delete('p-2');
      },
    });
    expect(outcome).toMatchObject({
      ok: false,
      stage: 'verify',
      rolledBack: true,
      message: 'publications: expected 3, found 2',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('when the current data cannot be saved first, nothing is restored', async () => {
    const bytes = await backUpAndReadBack();
    const before = await snapshot();
    const failing: BackupDeps = {
      ...deps(),
      api: {
        ...api,
        backupWriteAuto: async () => ({ ok: false, error: 'diskFull', message: 'Disk is full' }),
      },
    };
    await wipe();
    const empty = await snapshot();
    expect(await restoreBackup(failing, bytes)).toMatchObject({
      ok: false,
      stage: 'safetyBackup',
      message: 'Disk is full',
    });
    expect(await snapshot()).toEqual(empty);
    expect(before.publications).toHaveLength(3);
  });
});

describe('automatic backup on start', () => {
  it('writes one per day only', async () => {
    expect(await autoBackupOnStart(deps(), '2025-03-01')).not.toBe('notNeeded');
    const status = await api.backupStatus({});
    const today = status.ok ? status.auto[0]?.date : null;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await autoBackupOnStart(deps(), today ?? '')).toBe('notNeeded');
  });

  it('does not count the data saved before a restore as the day’s backup', async () => {
    const restored = await restoreBackup(deps(), await backUpAndReadBack());
    if (!restored.ok) throw new Error('restore failed');
    expect(restored.safetyBackup).toMatch(/-before-restore\.gkbak$/);
    const status = await api.backupStatus({});
    const day = status.ok ? status.auto[0]?.date : null;
    expect(status.ok && status.auto.map((f) => f.beforeRestore ?? false)).toEqual([true]);
    expect(await autoBackupOnStart(deps(), day ?? '')).toBe('written');
    expect(await autoBackupOnStart(deps(), day ?? '')).toBe('notNeeded');
  });
});

describe('one invalid stored record (issue 14)', () => {
  /** A record the forms would refuse, stored by an older version or an interrupted edit. */
  async function storeInvalidRequest() {
    const r = (await db.requests.toArray())[1]!;
    await db.requests.put({ ...r, receivedDate: '2000-01-01' });
  }

  it('does not block the backup: the record is carried, and the header names it', async () => {
    await storeInvalidRequest();
    const bytes = await backUpAndReadBack();
    const preview = previewBackup(bytes);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.header.invalidRecords).toEqual([
      expect.stringMatching(/^requests #2 \(id [^)]+\): receivedDate — validation\.receivedBeforeSubmitted$/),
    ]);
    // The header carries this installation's id (main keeps it in its settings file).
    const status = await api.backupStatus({});
    expect(preview.header.installationId).toBe(status.ok ? status.installationId : 'none');
  });

  it('does not block a restore: the safety backup is written, the restore goes ahead', async () => {
    const good = await backUpAndReadBack();
    await storeInvalidRequest();
    const outcome = await restoreBackup(deps(), good);
    expect(outcome).toMatchObject({ ok: true });
    // The data the restore replaced, invalid record included, is in the safety backup.
    if (!outcome.ok) return;
    const saved = await api.backupReadFile({ location: 'auto', name: outcome.safetyBackup });
    if (!saved.ok) throw new Error(saved.message);
    const header = previewBackup(saved.data);
    expect(header.ok && header.header.invalidRecords).toHaveLength(1);
  });
});

/**
 * The worker's job run in this process, on its own connection to the test database (as the app's
 * worker opens one by name); `jobs` counts the builds it was asked for.
 */
function inProcessWorker(jobs: { n: number }): WorkerBuild {
  return (job, onPack) =>
    new Promise((resolve, reject) => {
      jobs.n += 1;
      void runBuildJob(job, {
        crypto,
        connect: connectTestDb,
        post: (message) => {
          if (message.kind === 'stage') onPack?.();
          else if (message.kind === 'done') resolve(message);
          else reject(new Error(message.message));
        },
      });
    });
}

describe('built in a worker (issue 17)', () => {
  const jobs = { n: 0 };
  const workerDeps = (): BackupDeps => ({ ...deps(), build: inProcessWorker(jobs) });
  beforeEach(() => {
    jobs.n = 0;
  });

  it('a folder backup is the worker’s file, with the same stages, and restores every store', async () => {
    const before = await snapshot();
    const stages: string[] = [];
    const written = await backupToFolder(workerDeps(), '测试口令-789', (s) => stages.push(s));
    if (!written.ok) throw new Error(written.message);
    expect(stages).toEqual(['read', 'pack', 'write']);
    expect(jobs.n).toBe(1);
    const read = await api.backupReadFile({ location: 'external', name: written.name });
    if (!read.ok) throw new Error(read.message);
    await wipe();
    const outcome = await restoreBackup(workerDeps(), read.data, '测试口令-789');
    expect(outcome).toMatchObject({ ok: true, counts: { publications: 3, requests: 3 } });
    // The safety backup of the (empty) data was built by the worker too.
    expect(jobs.n).toBe(2);
    expect(await withoutRestoreEntries()).toEqual(before);
  });

  it('the restore’s audit entry counts the data it replaced from the worker’s file', async () => {
    const { bytes } = await backupThenOtherData();
    const outcome = await restoreBackup(workerDeps(), bytes);
    expect(outcome.ok).toBe(true);
    expect((await snapshot()).audit.at(-1)).toMatchObject({
      store: 'database',
      before: { counts: { publications: 1, requests: 1, consultations: 1, appeals: 0 } },
    });
  });

  it('wrong counts after the import put the previous data back, read from the safety file', async () => {
    const { outcome, before } = await restoreWithWrongCount(workerDeps());
    expect(outcome).toMatchObject({ ok: false, stage: 'verify', rolledBack: true });
    expect(await snapshot()).toEqual(before);
  });

  it('a file that does not open is refused before the worker’s safety backup is written', async () => {
    const bytes = await backUpAndReadBack();
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    const status = await api.backupStatus({});
    const autoBefore = status.ok ? status.auto.length : -1;
    const outcome = await restoreBackup(workerDeps(), bytes);
    expect(outcome).toMatchObject({ ok: false, stage: 'open' });
    const after = await api.backupStatus({});
    expect(after.ok ? after.auto.length : -2).toBe(autoBefore);
  });

  it('a stored invalid record: the safety backup is built in the window and carries it', async () => {
    const good = await backUpAndReadBack();
    const r = (await db.requests.toArray())[1]!;
    await db.requests.put({ ...r, receivedDate: '2000-01-01' });
    const outcome = await restoreBackup(workerDeps(), good);
    if (!outcome.ok) throw new Error(`restore failed at ${outcome.stage}`);
    const saved = await api.backupReadFile({ location: 'auto', name: outcome.safetyBackup });
    if (!saved.ok) throw new Error(saved.message);
    const header = previewBackup(saved.data);
    expect(header.ok && header.header.invalidRecords).toHaveLength(1);
  });

  it('a worker that fails leaves the backup to the window: still written, nothing lost', async () => {
    const failing: BackupDeps = {
      ...deps(),
      build: async () => {
        throw new Error('the backup worker could not start');
      },
    };
    const before = await snapshot();
    const bytes = await (async () => {
      const written = await backupToFolder(failing);
      if (!written.ok) throw new Error(written.message);
      const read = await api.backupReadFile({ location: 'external', name: written.name });
      if (!read.ok) throw new Error(read.message);
      return read.data;
    })();
    await wipe();
    expect(await restoreBackup(failing, bytes)).toMatchObject({ ok: true });
    expect(await withoutRestoreEntries()).toEqual(before);
  });
});

/**
 * The backup worker's restore side (restore-job.ts) run in this process behind the real window side
 * (workerOpen): messages are cloned and delivered a task later, as between a window and a worker.
 * `log` records what each worker was asked, and whether it was terminated.
 */
function inProcessRestoreWorker(
  log: { asked: string[]; terminated: number },
  fail?: 'start' | 'import' | 'quota',
) {
  return (): WorkerLike => {
    let ended = false;
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => {
        if (!ended) log.terminated += 1;
        ended = true;
      },
      postMessage: (request) => {
        log.asked.push(request.kind);
        const req = structuredClone(request);
        setTimeout(() => {
          if (ended) return;
          if (fail === 'start' || (fail === 'import' && req.kind === 'import')) {
            worker.onerror?.({ message: 'the worker died' } as ErrorEvent);
            return;
          }
          if (fail === 'quota' && req.kind === 'import') {
            // As restoreSession posts a full disk: IndexedDB's English, and the refusal's name.
            const data = {
              kind: 'failed',
              message: 'The quota has been exceeded.',
              said: 'QuotaExceededError',
            };
            worker.onmessage?.({ data } as MessageEvent<RestoreMessage>);
            return;
          }
          void session(req);
        });
      },
    };
    const session = restoreSession({
      crypto,
      connect: connectTestDb,
      post: (message: RestoreMessage) => {
        const data = structuredClone(message);
        setTimeout(() => {
          if (!ended) worker.onmessage?.({ data } as MessageEvent<RestoreMessage>);
        });
      },
    });
    return worker;
  };
}

describe('opened and imported in a worker (issue 17)', () => {
  const log = { asked: [] as string[], terminated: 0 };
  const jobs = { n: 0 };
  const workerDeps = (fail?: 'start' | 'import' | 'quota'): BackupDeps => ({
    ...deps(),
    build: inProcessWorker(jobs),
    open: workerOpen(inProcessRestoreWorker(log, fail)),
  });
  beforeEach(() => {
    log.asked = [];
    log.terminated = 0;
    jobs.n = 0;
  });

  it('restores every store through the worker, with progress', async () => {
    const before = await snapshot();
    const bytes = await backUpAndReadBack('测试口令-321');
    await wipe();
    const progress: Array<[number, number]> = [];
    const outcome = await restoreBackup(workerDeps(), bytes, '测试口令-321', {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(outcome).toMatchObject({ ok: true, counts: { publications: 3, requests: 3, audit: 2 } });
    expect(log.asked).toEqual(['open', 'import']);
    expect(log.terminated).toBe(1);
    expect(await withoutRestoreEntries()).toEqual(before);
    // The stored fields the lists read by (listDate, activeTo) were written by the worker's connection.
    expect(await db.publications.where('listDate').above('').count()).toBe(before.publications.length);
    expect(await db.requests.where('activeTo').above('').count()).toBe(before.requests.length);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
  });

  it('after restoring a small file, retention looks in the window: a worker would cost more than the look', async () => {
    const bytes = await backUpAndReadBack('测试口令-321');
    await wipe();
    const asked: string[] = [];
    const outcome = await restoreBackup(
      {
        ...workerDeps(),
        retentionLook: async () => {
          asked.push('look');
          return { ok: true, ids: [], records: [] };
        },
      },
      bytes,
      '测试口令-321',
    );
    expect(outcome).toMatchObject({ ok: true, retention: { ok: true } });
    expect(asked).toEqual([]);
  });

  it('the window is told every table and index changed (its own lists, digests and kept reads)', () => {
    const parts = Object.keys(everythingChanged(db));
    for (const table of db.tables) {
      expect(parts).toContain(`idb://${db.name}/${table.name}/`);
      for (const index of table.schema.indexes)
        expect(parts).toContain(`idb://${db.name}/${table.name}/${index.name}`);
    }
    expect(parts).toContain(`idb://${db.name}/publications/listDate`);
  });

  it('a wrong password is said by the worker, nothing changed, the worker ended', async () => {
    const bytes = await backUpAndReadBack('测试口令-321');
    const { before } = await (async () => {
      await wipe();
      await importAll(db, sampleStores({ publications: 1, requests: 1, consultations: 1, appeals: 0 }));
      return { before: await snapshot() };
    })();
    const outcome = await restoreBackup(workerDeps(), bytes, '错误口令');
    expect(outcome).toMatchObject({ ok: false, stage: 'open', problem: { error: 'wrongPassword' } });
    expect(log.asked).toEqual(['open']);
    expect(log.terminated).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  it('wrong counts after the import: the safety file is put back by a worker too', async () => {
    const { outcome, before } = await restoreWithWrongCount(workerDeps());
    expect(outcome).toMatchObject({ ok: false, stage: 'verify', rolledBack: true });
    expect(await snapshot()).toEqual(before);
    // The file, then the safety backup for the rollback: each opened and imported by a worker.
    expect(log.asked).toEqual(['open', 'import', 'open', 'import']);
  });

  it('a worker that cannot start leaves the file to the window: the restore still succeeds', async () => {
    const before = await snapshot();
    const bytes = await backUpAndReadBack();
    await wipe();
    expect(await restoreBackup(workerDeps('start'), bytes)).toMatchObject({ ok: true });
    expect(await withoutRestoreEntries()).toEqual(before);
  });

  it('the preview opens the file once: retention’s count from that opening, the restore from it too', async () => {
    const before = await snapshot();
    const bytes = await backUpAndReadBack();
    // The count as the window makes it (no worker): the reference.
    const inWindow = await prepareRestore(deps(), bytes, { current: 2, today: '2027-03-01' }).retention;
    expect(inWindow).toMatchObject({ current: 2, inFile: null });
    expect(inWindow?.dueNow).toBeGreaterThan(0);
    await wipe();
    const prepared = prepareRestore(workerDeps(), bytes, { current: 2, today: '2027-03-01' });
    expect(await prepared.retention).toEqual(inWindow);
    await prepared.safety;
    // Opened once, safety backup built once, before any confirmation.
    expect(log.asked).toEqual(['open']);
    expect(jobs.n).toBe(1);
    const stages: string[] = [];
    const outcome = await restorePrepared(workerDeps(), prepared, { onStage: (s) => stages.push(s) });
    expect(outcome).toMatchObject({ ok: true, counts: { publications: 3, requests: 3 } });
    expect(stages).toEqual(['open', 'safetyBackup', 'import', 'verify']);
    expect(log.asked).toEqual(['open', 'import']);
    expect(jobs.n).toBe(1);
    expect(log.terminated).toBe(1);
    expect(await withoutRestoreEntries()).toEqual(before);
  });

  it('a write after the preview: the data is saved again before the restore, with that write', async () => {
    const bytes = await backUpAndReadBack();
    await wipe();
    const prepared = prepareRestore(workerDeps(), bytes, { current: null, today: '2027-03-01' });
    await prepared.safety;
    expect(jobs.n).toBe(1);
    // Written after the safety backup was read (another window, a job): it must not be lost.
    await importAll(db, sampleStores({ publications: 1, requests: 0, consultations: 0, appeals: 0 }));
    const outcome = await restorePrepared(workerDeps(), prepared);
    expect(outcome).toMatchObject({ ok: true });
    expect(jobs.n).toBe(2);
    const entry = (await db.audit.toArray()).find((e) => e.store === 'database');
    expect(entry?.before).toMatchObject({ counts: { publications: 1 } });
  });

  it('an encrypted file: the data saved during its preview is used, and saved again after a write', async () => {
    const bytes = await backUpAndReadBack('测试口令-321');
    await wipe();
    const prepared = prepareSafety(workerDeps());
    await prepared.safety;
    expect(jobs.n).toBe(1);
    expect(await restoreBackup(workerDeps(), bytes, '测试口令-321', {}, prepared)).toMatchObject({
      ok: true,
    });
    expect(jobs.n).toBe(1);
    const again = prepareSafety(workerDeps());
    await again.safety;
    await db.consultations.bulkPut(
      sampleStores({ publications: 0, requests: 0, consultations: 1, appeals: 0 }).consultations,
    );
    expect(await restoreBackup(workerDeps(), bytes, '测试口令-321', {}, again)).toMatchObject({ ok: true });
    expect(jobs.n).toBe(3);
  });

  it('a damaged file: no retention count, the restore refused at opening, nothing changed', async () => {
    const bytes = await backUpAndReadBack();
    await wipe();
    await importAll(db, sampleStores({ publications: 1, requests: 1, consultations: 1, appeals: 0 }));
    const before = await snapshot();
    const damaged = bytes.slice();
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 0xff;
    const prepared = prepareRestore(workerDeps(), damaged, { current: 2, today: '2027-03-01' });
    expect(await prepared.retention).toBeNull();
    expect(await restorePrepared(workerDeps(), prepared)).toMatchObject({ ok: false, stage: 'open' });
    expect(log.terminated).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  it('a preview closed without a restore lets its worker go; one that cannot start leaves it to the window', async () => {
    const bytes = await backUpAndReadBack();
    const prepared = prepareRestore(workerDeps(), bytes, { current: 2, today: '2027-03-01' });
    await prepared.retention;
    expect(log.terminated).toBe(0);
    prepared.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.terminated).toBe(1);
    const failing = prepareRestore(workerDeps('start'), bytes, { current: 2, today: '2027-03-01' });
    expect(await failing.retention).toMatchObject({ current: 2 });
    expect(await restorePrepared(workerDeps('start'), failing)).toMatchObject({ ok: true });
  });

  it('a JSON export is read and imported by a worker, with the preview’s figures; refusals said as before', async () => {
    const before = await snapshot();
    const doc = await exportAll(db, { appVersion: '0.1.0', exportedAt: '2025-03-01T01:00:00.000Z' });
    const bytes = new TextEncoder().encode(JSON.stringify(doc));
    const openJson = workerOpenJson(inProcessRestoreWorker(log));
    const viaWorker = { ...deps(), openJson };
    const opened = await openJsonImport(viaWorker, bytes, 2, '2027-03-01');
    if (!opened.ok) throw new Error(opened.error);
    expect(log.asked).toEqual(['openJson']);
    const inWindow = await openJsonImport(deps(), bytes, 2, '2027-03-01');
    if (!inWindow.ok) throw new Error(inWindow.error);
    expect(opened.header).toEqual(inWindow.header);
    expect(opened.retention).toEqual(inWindow.retention);
    expect(opened.header.counts).toMatchObject({ publications: 3, requests: 3 });
    inWindow.source.close();
    await wipe();
    const outcome = await restoreSource(viaWorker, opened.source, { kind: 'jsonImport', name: 'x.json' }, {});
    expect(outcome).toMatchObject({ ok: true, counts: { publications: 3, requests: 3 } });
    expect(log.asked).toEqual(['openJson', 'import']);
    expect(await withoutRestoreEntries()).toEqual(before);
    // Refused in the worker exactly as in the window.
    for (const text of ['not json', JSON.stringify({ ...doc, schemaVersion: 99 }), '{"format":"x"}']) {
      const b2 = new TextEncoder().encode(text);
      const w = await openJsonImport(viaWorker, b2, null, '2027-03-01');
      expect(w.ok).toBe(false);
      expect(w).toEqual(await openJsonImport(deps(), b2, null, '2027-03-01'));
    }
  });

  it('a JSON import’s safety backup built during its preview is used, and built again after a write', async () => {
    const doc = await exportAll(db, { appVersion: '0.1.0', exportedAt: '2025-03-01T01:00:00.000Z' });
    const bytes = new TextEncoder().encode(JSON.stringify(doc));
    const viaWorker = { ...workerDeps(), openJson: workerOpenJson(inProcessRestoreWorker(log)) };
    const importOnce = async (writeMeanwhile: boolean) => {
      const opened = await openJsonImport(viaWorker, bytes, null, '2027-03-01');
      if (!opened.ok) throw new Error(opened.error);
      const prepared = prepareSafety(viaWorker);
      await prepared.safety;
      if (writeMeanwhile)
        await db.consultations.bulkPut(
          sampleStores({ publications: 0, requests: 0, consultations: 1, appeals: 0 }).consultations,
        );
      const builds = jobs.n;
      const outcome = await restoreSource(
        viaWorker,
        opened.source,
        { kind: 'jsonImport', name: 'x.json' },
        {},
        stillSafe(viaWorker, prepared),
      );
      expect(outcome).toMatchObject({ ok: true });
      return jobs.n - builds;
    };
    expect(await importOnce(false)).toBe(0);
    expect(await importOnce(true)).toBe(1);
  });

  it('the JSON export is written by a worker, byte for byte as the window writes it', async () => {
    const meta = { appVersion: '0.1.0', exportedAt: '2025-03-01T01:00:00.000Z' };
    let jobs = 0;
    const exportJson = workerExportJson(() => {
      const worker = {
        onmessage: null as ((event: MessageEvent<ExportMessage>) => void) | null,
        onerror: null,
        terminate: () => undefined,
        postMessage: (job: Parameters<typeof runExportJob>[0]) => {
          jobs += 1;
          void runExportJob(structuredClone(job), {
            connect: connectTestDb,
            post: (message) =>
              setTimeout(() => worker.onmessage?.({ data: message } as MessageEvent<ExportMessage>)),
          });
        },
      };
      return worker as unknown as Worker;
    });
    const viaWorker = await buildJsonExport({ ...deps(), exportJson }, meta);
    const inWindow = await buildJsonExport(deps(), meta);
    expect(jobs).toBe(1);
    expect(Buffer.from(viaWorker).equals(Buffer.from(inWindow))).toBe(true);
    const doc = JSON.parse(new TextDecoder().decode(viaWorker));
    expect(doc).toMatchObject({ exportedAt: meta.exportedAt, format: 'disclosure-desk/export' });
    expect(doc.stores.publications).toHaveLength(3);
    // A worker that cannot start: written in the window.
    const failing = workerExportJson(() => {
      throw new Error('no worker');
    });
    expect(
      Buffer.from(await buildJsonExport({ ...deps(), exportJson: failing }, meta)).equals(
        Buffer.from(inWindow),
      ),
    ).toBe(true);
  });

  it('a full disk in the worker’s import is named as such (said in words on the page)', async () => {
    const { bytes, before } = await backupThenOtherData();
    const outcome = await restoreBackup(workerDeps('quota'), bytes);
    expect(outcome).toMatchObject({ ok: false, stage: 'import', said: 'QuotaExceededError' });
    expect(await snapshot()).toEqual(before);
  });

  it('a worker that dies during the import: the import failed, the data is as it was', async () => {
    const { bytes, before } = await backupThenOtherData();
    const outcome = await restoreBackup(workerDeps('import'), bytes);
    expect(outcome).toMatchObject({ ok: false, stage: 'import', message: 'the worker died' });
    expect(await snapshot()).toEqual(before);
  });
});
