// @vitest-environment jsdom
import { webcrypto } from 'node:crypto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { type CryptoLike, createBackup } from '../../shared/backup';
import { sampleDocument } from '../../shared/backup/sample-data';
import { workerStoreAuto } from '../features/backup/store-auto-in-worker';
import {
  answerStoreAuto,
  type StoreAutoJob,
  type StoreAutoMessage,
  type StoreAutoReadyQuestion,
} from '../features/backup/store-auto-job';
import { runVerifyJob, type VerifyJob, type VerifyMessage } from '../features/backup/verify-job';
import { inProcessWorker } from '../features/backup/test-worker';
import { workerVerify } from '../features/backup/verify-in-worker';
import { createBrowserBackup, type DirectoryPickerWindow, PlatformDb } from './browser-backup';

const crypto = webcrypto as unknown as CryptoLike;
/** The installation id this browser profile makes (the platform's random bytes are fixed in setup). */
const ID = 'cd'.repeat(16);
const backup = async (password?: string, createdAt = '2025-03-01T00:00:00.000Z', installationId = ID) =>
  (await createBackup(sampleDocument(), { crypto, createdAt, password, installationId })).bytes;
/** A copy of a backup with one byte of its payload changed: its checksum no longer matches. */
function damage(data: Uint8Array): Uint8Array {
  const damaged = data.slice();
  damaged[damaged.length - 100] = (damaged[damaged.length - 100] ?? 0) ^ 0xff;
  return damaged;
}

/** An intact automatic backup stored, then a damaged one refused; the intact file's bytes. */
async function intactThenDamaged(api: ReturnType<typeof createBrowserBackup>): Promise<Uint8Array> {
  const data = await backup();
  expect(await api.backupWriteAuto({ data, reason: 'start' })).toMatchObject({ ok: true });
  expect(await api.backupWriteAuto({ data: damage(data), reason: 'start' })).toMatchObject({
    ok: false,
    error: 'badFile',
  });
  return data;
}

/** Random bytes the platform draws (only the installation id here): fixed, so names are known. */
const platformCrypto: CryptoLike = {
  subtle: crypto.subtle,
  getRandomValues: <T extends Uint8Array>(a: T) => a.fill(0xcd),
};

type PickedDir = Awaited<ReturnType<NonNullable<DirectoryPickerWindow['showDirectoryPicker']>>>;

/**
 * A folder chosen through the File System Access API, in memory. Writes land on close(), as in the
 * browser (which writes a swap file and swaps it in).
 */
function fakeFolder(initial: Record<string, Uint8Array | string> = {}) {
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(initial))
    files.set(name, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  const fileHandle = (name: string) => ({
    kind: 'file' as const,
    name,
    getFile: async () => new File([(files.get(name) ?? new Uint8Array()) as Uint8Array<ArrayBuffer>], name),
    createWritable: async () => {
      let pending = new Uint8Array();
      return {
        write: async (blob: Blob) => {
          pending = new Uint8Array(await blob.arrayBuffer());
        },
        close: async () => {
          files.set(name, pending);
        },
      };
    },
  });
  const dir: PickedDir = {
    kind: 'directory',
    name: 'USB',
    async *values() {
      for (const name of [...files.keys()]) yield fileHandle(name);
    },
    getFileHandle: async (name, options) => {
      if (!files.has(name)) {
        if (!options?.create) throw new DOMException(`${name} not found`, 'NotFoundError');
        files.set(name, new Uint8Array());
      }
      return fileHandle(name);
    },
    removeEntry: async (name) => {
      if (!files.delete(name)) throw new DOMException(`${name} not found`, 'NotFoundError');
    },
  };
  return { dir, files };
}

function setup(
  options: {
    day?: () => number;
    file?: File | null;
    folder?: PickedDir;
    verifyInWorker?: Parameters<typeof createBrowserBackup>[0]['verifyInWorker'];
    /** The worker that stores automatic backups, given how it opens its own connection to the store. */
    storeAutoInWorker?: (
      open: () => PlatformDb,
    ) => Parameters<typeof createBrowserBackup>[0]['storeAutoInWorker'];
  } = {},
) {
  const downloads: { name: string; bytes: number }[] = [];
  const day = options.day ?? (() => 1);
  const idb = new IDBFactory();
  const db = new PlatformDb({ indexedDB: idb, IDBKeyRange });
  const { folder } = options;
  if (folder) {
    // A real FileSystemDirectoryHandle survives IndexedDB's structured clone; the in-memory fake (whose
    // methods are functions) does not, so the remembered folder is held here instead.
    let chosen: PickedDir | null = null;
    const get = db.kv.get.bind(db.kv);
    const put = db.kv.put.bind(db.kv);
    vi.spyOn(db.kv, 'get').mockImplementation(((key: string) =>
      key === 'dir'
        ? Promise.resolve(chosen ? { key, value: chosen } : undefined)
        : get(key)) as typeof db.kv.get);
    vi.spyOn(db.kv, 'put').mockImplementation(((row: { key: string; value: unknown }) => {
      if (row.key !== 'dir') return put(row);
      chosen = row.value as PickedDir;
      return Promise.resolve('dir');
    }) as typeof db.kv.put);
  }
  const api = createBrowserBackup({
    window: folder ? { showDirectoryPicker: async () => folder } : {},
    crypto: platformCrypto,
    db,
    now: () => new Date(2025, 0, day(), 18, 0, 0),
    download: async (r) => {
      downloads.push({
        name: r.suggestedName,
        bytes: typeof r.data === 'string' ? r.data.length : r.data.length,
      });
      return { ok: true, path: r.suggestedName, bytes: 0 };
    },
    pickFile: async () => options.file ?? null,
    verifyInWorker: options.verifyInWorker,
    storeAutoInWorker: options.storeAutoInWorker?.(() => new PlatformDb({ indexedDB: idb, IDBKeyRange })),
  });
  return { api, downloads, db };
}

describe('browser-mode backups', () => {
  it('without a folder picker, "back up to folder" verifies and downloads the file', async () => {
    const { api, downloads } = setup();
    expect(await api.backupChooseFolder()).toMatchObject({ ok: false, reason: 'noDirectoryPicker' });
    const data = await backup('pw-12345678');
    const result = await api.backupWriteExternal({ data, password: 'pw-12345678' });
    expect(result).toMatchObject({
      ok: true,
      name: 'DisclosureDesk-20250101-180000-cdcdcdcd.gkbak',
      counts: { requests: 3 },
    });
    expect(downloads).toEqual([
      { name: 'DisclosureDesk-20250101-180000-cdcdcdcd.gkbak', bytes: data.length },
    ]);
    expect(await api.backupStatus()).toMatchObject({
      ok: true,
      lastExternal: { name: 'DisclosureDesk-20250101-180000-cdcdcdcd.gkbak' },
    });
    // A wrong password means the bytes cannot be verified: nothing is downloaded.
    expect(await api.backupWriteExternal({ data, password: 'other' })).toMatchObject({
      ok: false,
      reason: 'wrongPassword',
    });
    expect(downloads).toHaveLength(1);
  });

  it('keeps automatic backups in IndexedDB with the 7/4/12 retention and reads them back', async () => {
    let d = 1;
    const { api } = setup({ day: () => d });
    const data = await backup();
    for (d = 1; d <= 40; d += 1) expect((await api.backupWriteAuto({ data, reason: 'start' })).ok).toBe(true);
    const status = await api.backupStatus();
    if (!status.ok) throw new Error(status.message);
    expect(status.auto).toHaveLength(11);
    expect(status.auto[0]?.date).toBe('2025-02-09');
    const read = await api.backupReadFile({ location: 'auto', name: status.auto[0]?.name ?? '' });
    expect(read.ok && read.data.length).toBe(data.length);
  });

  it('opening a file checks its header first', async () => {
    const { api } = setup({ file: new File([new Uint8Array(4096)], 'zeros.gkbak') });
    expect(await api.backupOpenFile()).toMatchObject({ ok: false, error: 'badFile', reason: 'notBackup' });
    const good = await backup();
    const ok = setup({ file: new File([good as Uint8Array<ArrayBuffer>], 'b.gkbak') });
    const opened = await ok.api.backupOpenFile();
    expect(opened.ok && opened.data.length).toBe(good.length);
    expect(await setup().api.backupOpenFile()).toMatchObject({ ok: false, error: 'cancelled' });
  });

  it('a backup made before a restore survives later automatic backups and is marked in the list', async () => {
    let d = 1;
    const { api } = setup({ day: () => d });
    const data = await backup();
    expect(await api.backupWriteAuto({ data, reason: 'beforeRestore' })).toMatchObject({
      ok: true,
      name: 'DisclosureDesk-auto-20250101-180000-cdcdcdcd-before-restore.gkbak',
    });
    // The quit backup of the same day (and the same second) must not take its place.
    const quit = await api.backupWriteAuto({ data, reason: 'quit' });
    expect(quit).toMatchObject({
      ok: true,
      name: 'DisclosureDesk-auto-20250101-180000-cdcdcdcd.gkbak',
      removed: [],
    });
    for (d = 2; d <= 40; d += 1) expect((await api.backupWriteAuto({ data, reason: 'start' })).ok).toBe(true);
    const status = await api.backupStatus();
    if (!status.ok) throw new Error(status.message);
    const before = status.auto.filter((a) => a.beforeRestore);
    expect(before).toEqual([
      {
        name: 'DisclosureDesk-auto-20250101-180000-cdcdcdcd-before-restore.gkbak',
        bytes: data.length,
        date: '2025-01-01',
        time: '18:00:00',
        beforeRestore: true,
      },
    ]);
    expect(status.auto.filter((a) => !a.beforeRestore)).toHaveLength(11);
    expect(status.auto.every((a) => a.beforeRestore || !('beforeRestore' in a))).toBe(true);
    const read = await api.backupReadFile({ location: 'auto', name: before[0]?.name ?? '' });
    expect(read.ok && read.data.length).toBe(data.length);
  });

  it('never lists or removes a file in the backup folder that only looks like a backup by its name', async () => {
    const data = await backup();
    const initial: Record<string, Uint8Array | string> = {
      'DisclosureDesk-20200101-000000.gkbak': 'my notes, not a backup',
      'notes.txt': 'hello',
    };
    for (let day = 1; day <= 10; day += 1)
      initial[`DisclosureDesk-202406${String(day).padStart(2, '0')}-120000-cdcdcdcd.gkbak`] = data;
    const { dir, files } = fakeFolder(initial);
    const { api } = setup({ folder: dir });
    expect(await api.backupChooseFolder()).toMatchObject({ ok: true, folder: 'USB' });
    const written = await api.backupWriteExternal({ data });
    expect(written).toMatchObject({
      ok: true,
      name: 'DisclosureDesk-20250101-180000-cdcdcdcd.gkbak',
      folder: 'USB',
      removed: ['DisclosureDesk-20240601-120000-cdcdcdcd.gkbak'],
    });
    expect(new TextDecoder().decode(files.get('DisclosureDesk-20200101-000000.gkbak'))).toBe(
      'my notes, not a backup',
    );
    expect(files.has('notes.txt')).toBe(true);
    const status = await api.backupStatus();
    if (!status.ok) throw new Error(status.message);
    expect(status.external).toHaveLength(10);
    expect(status.external.map((e) => e.name)).not.toContain('DisclosureDesk-20200101-000000.gkbak');
  });

  it('two backups to the folder in the same second get distinct names and neither is overwritten', async () => {
    const { dir, files } = fakeFolder();
    const { api } = setup({ folder: dir });
    await api.backupChooseFolder();
    const first = await backup();
    const second = await backup(undefined, '2025-03-02T00:00:00.000Z');
    // Started together (a click on "back up" while another backup runs): written one after the other.
    const [a, b] = await Promise.all([
      api.backupWriteExternal({ data: first }),
      api.backupWriteExternal({ data: second }),
    ]);
    expect(a).toMatchObject({ ok: true, name: 'DisclosureDesk-20250101-180000-cdcdcdcd.gkbak' });
    expect(b).toMatchObject({ ok: true, name: 'DisclosureDesk-20250101-180000-2-cdcdcdcd.gkbak' });
    const third = await api.backupWriteExternal({ data: first });
    expect(third).toMatchObject({ ok: true, name: 'DisclosureDesk-20250101-180000-3-cdcdcdcd.gkbak' });
    expect(files.get('DisclosureDesk-20250101-180000-cdcdcdcd.gkbak')).toEqual(first);
    expect(files.get('DisclosureDesk-20250101-180000-2-cdcdcdcd.gkbak')).toEqual(second);
    expect(files.get('DisclosureDesk-20250101-180000-3-cdcdcdcd.gkbak')).toEqual(first);
  });

  it('prunes only this browser profile’s own backups in a shared folder (issue 14)', async () => {
    const mine = await backup();
    const theirs = await backup(undefined, undefined, 'ab'.repeat(16));
    const initial: Record<string, Uint8Array | string> = {};
    for (let day = 1; day <= 3; day += 1) {
      initial[`DisclosureDesk-2024060${day}-120000-cdcdcdcd.gkbak`] = mine;
      initial[`DisclosureDesk-2024060${day}-120000-abababab.gkbak`] = theirs;
      initial[`DisclosureDesk-2024060${day}-130000.gkbak`] = mine;
    }
    const { dir, files } = fakeFolder(initial);
    const { api } = setup({ folder: dir });
    await api.backupChooseFolder();
    await api.backupSetKeep({ keep: 1 });
    const status = await api.backupStatus();
    expect(status.ok && status.installationId).toBe(ID);
    const written = await api.backupWriteExternal({ data: mine });
    expect(written.ok && written.removed.sort()).toEqual([
      'DisclosureDesk-20240601-120000-cdcdcdcd.gkbak',
      'DisclosureDesk-20240602-120000-cdcdcdcd.gkbak',
      'DisclosureDesk-20240603-120000-cdcdcdcd.gkbak',
    ]);
    expect(
      [...files.keys()].filter((n) => n.includes('abababab') || !/-[0-9a-f]{8}\.gkbak$/.test(n)),
    ).toHaveLength(6);
  });

  it('keeps the number of folder backups the officer set', async () => {
    const data = await backup();
    const initial: Record<string, Uint8Array | string> = {};
    for (let day = 1; day <= 4; day += 1)
      initial[`DisclosureDesk-2024060${day}-120000-cdcdcdcd.gkbak`] = data;
    const { dir, files } = fakeFolder(initial);
    const { api } = setup({ folder: dir });
    await api.backupChooseFolder();
    expect(await api.backupStatus()).toMatchObject({ ok: true, keep: 10 });
    expect(await api.backupSetKeep({ keep: 2 })).toEqual({ ok: true, keep: 2 });
    expect(await api.backupSetKeep({ keep: 0 })).toMatchObject({ ok: false, error: 'invalidRequest' });
    expect(await api.backupStatus()).toMatchObject({ ok: true, keep: 2 });
    const written = await api.backupWriteExternal({ data });
    expect(written).toMatchObject({ ok: true });
    expect([...files.keys()].sort()).toEqual([
      'DisclosureDesk-20240604-120000-cdcdcdcd.gkbak',
      'DisclosureDesk-20250101-180000-cdcdcdcd.gkbak',
    ]);
  });

  it('lists the automatic backups with their sizes without reading their files, also from a store made before the index', async () => {
    const indexedDB = new IDBFactory();
    // The platform store as version 1 made it (no `bytes` index), holding one automatic backup.
    const old = new Dexie('disclosure-desk-platform', { indexedDB, IDBKeyRange });
    old.version(1).stores({ autoBackups: 'name', kv: 'key' });
    const data = await backup();
    const oldName = 'DisclosureDesk-auto-20241231-090000-cdcdcdcd.gkbak';
    await old.table('autoBackups').put({ name: oldName, data, bytes: data.byteLength });
    old.close();
    const db = new PlatformDb({ indexedDB, IDBKeyRange });
    const api = createBrowserBackup({
      window: {},
      crypto: platformCrypto,
      db,
      now: () => new Date(2025, 0, 1, 18, 0, 0),
      download: async () => ({ ok: true, path: '', bytes: 0 }),
      pickFile: async () => null,
    });
    const small = await backup(undefined, '2025-03-02T00:00:00.000Z');
    expect(await api.backupWriteAuto({ data: small, reason: 'start' })).toMatchObject({ ok: true });
    const read = vi.spyOn(db.autoBackups, 'toArray');
    const get = vi.spyOn(db.autoBackups, 'get');
    const status = await api.backupStatus();
    if (!status.ok) throw new Error(status.message);
    expect(status.auto.map((a) => [a.name, a.bytes])).toEqual([
      ['DisclosureDesk-auto-20250101-180000-cdcdcdcd.gkbak', small.byteLength],
      [oldName, data.byteLength],
    ]);
    expect(read).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
  });
});

/** The backup worker running its written-backup check in this process. */
const verifyWorker = (jobs: VerifyJob[], fail = false) =>
  inProcessWorker<VerifyJob, VerifyMessage>(
    jobs,
    (job, post) => void runVerifyJob(job, { crypto, post }),
    fail,
  );

describe('the read-back check of a written backup in the backup worker (issue 17)', () => {
  it('stores an automatic backup the worker found intact, and refuses one it found damaged', async () => {
    const jobs: VerifyJob[] = [];
    const { api } = setup({ verifyInWorker: workerVerify(verifyWorker(jobs)) ?? undefined });
    const data = await backup();
    expect(await api.backupWriteAuto({ data, reason: 'start' })).toMatchObject({ ok: true });
    expect(jobs.map((j) => j.bytes.length)).toEqual([data.length]);
    // One byte of the payload changed: the checksum no longer matches, nothing more is stored.
    const damaged = damage(data);
    expect(await api.backupWriteAuto({ data: damaged, reason: 'start' })).toMatchObject({
      ok: false,
      error: 'badFile',
      reason: 'checksumMismatch',
    });
    expect(jobs).toHaveLength(2);
    const status = await api.backupStatus();
    expect(status.ok && status.auto.map((a) => a.bytes)).toEqual([data.length]);
  });

  it('checks an encrypted backup with its password in the worker: a wrong password is refused', async () => {
    const jobs: VerifyJob[] = [];
    const { api, downloads } = setup({ verifyInWorker: workerVerify(verifyWorker(jobs)) ?? undefined });
    const data = await backup('pw-12345678');
    expect(await api.backupWriteExternal({ data, password: 'pw-12345678' })).toMatchObject({ ok: true });
    expect(await api.backupWriteExternal({ data, password: 'other' })).toMatchObject({
      ok: false,
      reason: 'wrongPassword',
    });
    expect(jobs.map((j) => j.password)).toEqual(['pw-12345678', 'other']);
    expect(downloads).toHaveLength(1);
  });

  it('checks the backup in the window when the worker cannot start', async () => {
    const jobs: VerifyJob[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { api } = setup({ verifyInWorker: workerVerify(verifyWorker(jobs, true)) ?? undefined });
    await intactThenDamaged(api);
    expect(jobs).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

/**
 * The backup worker storing automatic backups in this process, with its own connection to the
 * store; `transfers` records what each message moved rather than copied. `crashAfterMove`: a
 * worker that stops once it was given the file.
 */
function storeWorker(
  jobs: StoreAutoJob[],
  transfers: Transferable[][],
  open: () => PlatformDb,
  { fail = false, crashAfterMove = false } = {},
) {
  const worker = inProcessWorker<StoreAutoJob | StoreAutoReadyQuestion, StoreAutoMessage>(
    [],
    (message, post) => {
      if (crashAfterMove && message.kind === 'storeAutoBackup') {
        queueMicrotask(() => w.onerror?.({ message: 'out of memory' } as ErrorEvent));
        return;
      }
      answerStoreAuto(message, { crypto, db: open(), post });
    },
    fail,
  );
  let w: Worker;
  return () => {
    w = worker();
    const post = w.postMessage.bind(w);
    w.postMessage = ((message: StoreAutoJob | StoreAutoReadyQuestion, transfer: Transferable[] = []) => {
      transfers.push(transfer);
      if (message.kind === 'storeAutoBackup') jobs.push(message);
      post(message);
    }) as typeof w.postMessage;
    return w;
  };
}

describe('automatic backups checked and stored in the backup worker (issue 17)', () => {
  it('the worker checks and stores the file: the window puts nothing into the store itself', async () => {
    const jobs: StoreAutoJob[] = [];
    const transfers: Transferable[][] = [];
    const { api, db } = setup({
      storeAutoInWorker: (open) => workerStoreAuto(storeWorker(jobs, transfers, open)) ?? undefined,
    });
    const windowPut = vi.spyOn(db.autoBackups, 'put');
    const data = await backup();
    const saved = await api.backupWriteAuto({ data, reason: 'start' });
    expect(saved).toMatchObject({
      ok: true,
      name: 'DisclosureDesk-auto-20250101-180000-cdcdcdcd.gkbak',
      removed: [],
    });
    expect(windowPut).not.toHaveBeenCalled();
    // Asked whether it runs first, then given the file itself, moved rather than copied.
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.bytes).toBe(data);
    expect(transfers).toEqual([[], [data.buffer]]);
    expect(jobs[0]).toMatchObject({ kind: 'storeAutoBackup', beforeRestore: false, installationId: ID });
    // What the worker stored is what the window lists and reads back.
    const status = await api.backupStatus();
    expect(status.ok && status.auto.map((a) => [a.name, a.bytes])).toEqual([
      [saved.ok && saved.name, data.length],
    ]);
    const read = await api.backupReadFile({ location: 'auto', name: saved.ok ? saved.name : '' });
    expect(read.ok && read.data).toEqual(await backup());
  });

  it('a damaged file is refused by the worker and nothing is stored', async () => {
    const jobs: StoreAutoJob[] = [];
    const { api } = setup({
      storeAutoInWorker: (open) => workerStoreAuto(storeWorker(jobs, [], open)) ?? undefined,
    });
    const damaged = damage(await backup());
    expect(await api.backupWriteAuto({ data: damaged, reason: 'start' })).toMatchObject({
      ok: false,
      error: 'badFile',
      reason: 'checksumMismatch',
    });
    expect(jobs).toHaveLength(1);
    const status = await api.backupStatus();
    expect(status.ok && status.auto).toEqual([]);
  });

  it('names and retention as in the window: nine days of backups and one before a restore', async () => {
    let day = 1;
    const inWorker = setup({
      day: () => day,
      storeAutoInWorker: (open) => workerStoreAuto(storeWorker([], [], open)) ?? undefined,
    });
    const inWindow = setup({ day: () => day });
    const data = await backup();
    const outcomes: unknown[][] = [[], []];
    for (day = 1; day <= 9; day += 1)
      for (const [i, { api }] of [inWorker, inWindow].entries())
        outcomes[i]?.push(await api.backupWriteAuto({ data, reason: day === 5 ? 'beforeRestore' : 'start' }));
    expect(outcomes[0]).toEqual(outcomes[1]);
    // Eight daily backups: the oldest fell out of the rule (seven days kept); the before-restore one stays.
    expect(outcomes[0]?.flatMap((o) => (o as { removed: string[] }).removed)).toEqual([
      'DisclosureDesk-auto-20250101-180000-cdcdcdcd.gkbak',
    ]);
    const listed = await Promise.all([inWorker.api.backupStatus(), inWindow.api.backupStatus()]);
    const names = listed.map((s) => (s.ok ? s.auto.map((a) => a.name) : []));
    expect(names[0]).toEqual(names[1]);
    expect(names[0]).toHaveLength(8);
    expect(names[0]).toContain('DisclosureDesk-auto-20250105-180000-cdcdcdcd-before-restore.gkbak');
  });

  it('stores the backup in the window when the worker cannot start', async () => {
    const jobs: StoreAutoJob[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { api } = setup({
      storeAutoInWorker: (open) => workerStoreAuto(storeWorker(jobs, [], open, { fail: true })) ?? undefined,
    });
    const data = await intactThenDamaged(api);
    // The script never ran: the file was never handed over, and the window stored it.
    expect(jobs).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(2);
    const status = await api.backupStatus();
    expect(status.ok && status.auto.map((a) => a.bytes)).toEqual([data.length]);
    warn.mockRestore();
  });

  it('a worker that stops after it was given the file: the write fails, nothing is stored', async () => {
    const jobs: StoreAutoJob[] = [];
    const { api, db } = setup({
      storeAutoInWorker: (open) =>
        workerStoreAuto(storeWorker(jobs, [], open, { crashAfterMove: true })) ?? undefined,
    });
    const windowPut = vi.spyOn(db.autoBackups, 'put');
    expect(await api.backupWriteAuto({ data: await backup(), reason: 'start' })).toMatchObject({
      ok: false,
      error: 'unknown',
      message: expect.stringContaining('out of memory'),
    });
    expect(jobs).toHaveLength(1);
    expect(windowPut).not.toHaveBeenCalled();
    const status = await api.backupStatus();
    expect(status.ok && status.auto).toEqual([]);
  });
});
