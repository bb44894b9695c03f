import { webcrypto } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, type CryptoLike, createBackup, openBackup } from '../../shared/backup';
import { sampleDocument } from '../../shared/backup/sample-data';
import type { FsDeps } from './deps';
import { createHandlers } from './index';
import { createNodeDeps, scriptedDialog } from './node-deps';

const crypto = webcrypto as unknown as CryptoLike;
let dir: string;
let usb: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'desk-backup-'));
  usb = join(dir, 'usb');
  await fsp.mkdir(usb);
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** A clock that moves one hour per call, so each backup gets its own time stamp. */
function steppingClock(start = '2025-03-01T09:00:00') {
  let t = new Date(start).getTime();
  return () => {
    const d = new Date(t);
    t += 3600_000;
    return d;
  };
}

async function setup(options: { fs?: FsDeps; clock?: () => Date; choose?: boolean } = {}) {
  const dialog = scriptedDialog();
  const deps = createNodeDeps({
    dialog,
    fs: options.fs,
    clock: options.clock ?? steppingClock(),
    paths: { userData: join(dir, 'userData'), docs: join(dir, 'docs'), downloads: dir },
  });
  const handlers = createHandlers(deps);
  const status = await handlers['backup:status']({});
  installation = status.ok ? status.installationId : null;
  if (options.choose !== false) {
    dialog.nextFolder.push(usb);
    const chosen = await handlers['backup:chooseFolder']({});
    expect(chosen).toEqual({ ok: true, folder: usb });
  }
  return { dialog, handlers };
}

/** The installation id of the handlers `setup` made last: the renderer writes it into each header. */
let installation: string | null = null;
const backupBytes = async (password?: string) =>
  (
    await createBackup(sampleDocument(), {
      crypto,
      createdAt: '2025-03-01T01:00:00.000Z',
      password,
      installationId: installation,
    })
  ).bytes;

/** A name this installation would give a backup made at `local`. */
const ours = (local: string) => backupFileName('external', local, 1, false, installation);
/** The name the installation `setup` made gives an automatic backup (suffix: `-2`, `-before-restore`). */
const autoName = (stamp: string, suffix = '') => {
  const id = installation?.slice(0, 8);
  const [seq, before] = suffix === '-before-restore' ? ['', suffix] : [suffix, ''];
  return `DisclosureDesk-auto-${stamp}${seq}-${id}${before}.gkbak`;
};

/** Files in the USB folder with their contents, to prove nothing else changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fsp.readdir(folder)).sort())
    out[name] = (await fsp.readFile(join(folder, name))).toString('base64');
  return out;
}

describe('back up to a USB stick or folder', () => {
  it('writes a verified backup into the remembered folder and reports name, size and counts', async () => {
    const { handlers } = await setup();
    const data = await backupBytes();
    const result = await handlers['backup:writeExternal']({ data });
    if (!result.ok) throw new Error(result.message);
    expect(result.name).toMatch(/^DisclosureDesk-\d{8}-\d{6}-[0-9a-f]{8}\.gkbak$/);
    expect(result.name).toContain(installation?.slice(0, 8));
    expect(result).toMatchObject({ folder: usb, bytes: data.length, removed: [] });
    expect(result.counts).toMatchObject({ publications: 3, requests: 3, consultations: 2, appeals: 2 });
    const onDisk = new Uint8Array(await fsp.readFile(join(usb, result.name)));
    const opened = await openBackup(onDisk, { crypto, maxSchemaVersion: 1 });
    expect(opened.ok && opened.doc).toEqual(sampleDocument());
    const status = await handlers['backup:status']({});
    expect(status).toMatchObject({
      ok: true,
      folder: usb,
      folderAvailable: true,
      lastExternal: { name: result.name },
    });
    expect(status.ok && status.external.map((f) => f.name)).toEqual([result.name]);
  });

  it('verifies an encrypted backup with its password, and refuses to keep one it cannot verify', async () => {
    const { handlers } = await setup();
    const data = await backupBytes('测试口令');
    expect(await handlers['backup:writeExternal']({ data, password: '测试口令' })).toMatchObject({
      ok: true,
    });
    const before = await snapshot(usb);
    const wrong = await handlers['backup:writeExternal']({ data, password: 'other' });
    expect(wrong).toMatchObject({ ok: false, error: 'badFile' });
    expect(wrong.ok ? '' : wrong.message).toContain('password is wrong');
    expect(await snapshot(usb)).toEqual(before);
  });

  it('keeps the last 10 of our backups and never touches other files', async () => {
    const { handlers } = await setup();
    const data = await backupBytes();
    for (let day = 1; day <= 11; day += 1) {
      await fsp.writeFile(join(usb, ours(`2025-02-${String(day).padStart(2, '0')}T10:00:00`)), data);
    }
    // Named like ours but not a backup inside, and a file of the officer's own.
    await fsp.writeFile(join(usb, 'DisclosureDesk-20200101-000000.gkbak'), 'not ours');
    await fsp.writeFile(join(usb, '工作笔记.docx'), 'officer file');
    const result = await handlers['backup:writeExternal']({ data });
    if (!result.ok) throw new Error(result.message);
    expect(result.removed.sort()).toEqual([ours('2025-02-01T10:00:00'), ours('2025-02-02T10:00:00')]);
    const names = await fsp.readdir(usb);
    expect(names).toContain('DisclosureDesk-20200101-000000.gkbak');
    expect(names).toContain('工作笔记.docx');
    expect(names.filter((n) => n.startsWith('DisclosureDesk-2025'))).toHaveLength(10);
  });

  it('removes no older backup when the new one fails its check, even with more than the folder keeps', async () => {
    const { handlers } = await setup();
    const data = await backupBytes('测试口令');
    for (let day = 1; day <= 12; day += 1) {
      await fsp.writeFile(
        join(usb, backupFileName('external', `2025-02-${String(day).padStart(2, '0')}T10:00:00`)),
        data,
      );
    }
    const before = await snapshot(usb);
    // The check after writing fails (the password given does not open what was written).
    const failed = await handlers['backup:writeExternal']({ data, password: 'other' });
    expect(failed).toMatchObject({ ok: false, error: 'badFile' });
    expect(await snapshot(usb)).toEqual(before);
  });

  it('two installations sharing one folder: each prunes only its own backups (issue 14)', async () => {
    const { handlers } = await setup();
    await handlers['backup:setKeep']({ keep: 2 });
    const mine = await backupBytes();
    const otherId = 'ab'.repeat(16);
    const theirs = (
      await createBackup(sampleDocument(), {
        crypto,
        createdAt: '2025-01-01T00:00:00.000Z',
        installationId: otherId,
      })
    ).bytes;
    for (let day = 1; day <= 4; day += 1) {
      const local = `2025-02-0${day}T10:00:00`;
      await fsp.writeFile(join(usb, ours(local)), mine);
      await fsp.writeFile(join(usb, backupFileName('external', local, 1, false, otherId)), theirs);
      // Written before installation ids: whose is unknown, so never pruned.
      await fsp.writeFile(join(usb, backupFileName('external', local)), mine);
    }
    // Our id in the name but another installation's header: not removed either.
    const forged = backupFileName('external', '2025-01-01T10:00:00', 1, false, installation);
    await fsp.writeFile(join(usb, forged), theirs);
    const result = await handlers['backup:writeExternal']({ data: mine });
    if (!result.ok) throw new Error(result.message);
    expect(result.removed.sort()).toEqual([
      ours('2025-02-01T10:00:00'),
      ours('2025-02-02T10:00:00'),
      ours('2025-02-03T10:00:00'),
    ]);
    const names = await fsp.readdir(usb);
    for (let day = 1; day <= 4; day += 1) {
      expect(names).toContain(backupFileName('external', `2025-02-0${day}T10:00:00`, 1, false, otherId));
      expect(names).toContain(backupFileName('external', `2025-02-0${day}T10:00:00`));
    }
    expect(names).toContain(forged);
    // The header of the new backup names this installation.
    const written = new Uint8Array(await fsp.readFile(join(usb, result.name)));
    const opened = await openBackup(written, { crypto, maxSchemaVersion: 99, level: 'integrity' });
    expect(opened.ok && opened.header.installationId).toBe(installation);
  });

  it('keeps the number of backups the officer set, and refuses a number out of range', async () => {
    const { handlers } = await setup();
    const data = await backupBytes();
    for (let day = 1; day <= 5; day += 1) {
      await fsp.writeFile(join(usb, ours(`2025-02-0${day}T10:00:00`)), data);
    }
    expect(await handlers['backup:setKeep']({ keep: 3 })).toEqual({ ok: true, keep: 3 });
    for (const keep of [0, 101, 2.5]) {
      expect(await handlers['backup:setKeep']({ keep })).toMatchObject({
        ok: false,
        error: 'invalidRequest',
      });
    }
    const status = await handlers['backup:status']({});
    expect(status).toMatchObject({ ok: true, keep: 3 });
    const result = await handlers['backup:writeExternal']({ data });
    if (!result.ok) throw new Error(result.message);
    expect(result.removed.sort()).toEqual([
      ours('2025-02-01T10:00:00'),
      ours('2025-02-02T10:00:00'),
      ours('2025-02-03T10:00:00'),
    ]);
    expect((await fsp.readdir(usb)).filter((n) => n.endsWith('.gkbak'))).toHaveLength(3);
  });

  it('a crash after the temp file was written leaves the previous backups intact; the next backup cleans up', async () => {
    const first = await setup();
    const data = await backupBytes();
    const ok = await first.handlers['backup:writeExternal']({ data });
    expect(ok.ok).toBe(true);
    const before = await snapshot(usb);
    // The process "dies" between write and rename: rename never happens, nothing cleans up.
    const crashing = {
      ...fsp,
      rename: async () => {
        throw Object.assign(new Error('killed'), { code: 'EINTR' });
      },
      rm: async (p: string, o?: object) => (String(p).includes('.desk-tmp-') ? undefined : fsp.rm(p, o)),
    } as FsDeps;
    // Same userData: the folder is already remembered.
    const { handlers } = await setup({ fs: crashing, choose: false });
    expect((await handlers['backup:writeExternal']({ data })).ok).toBe(false);
    const after = await snapshot(usb);
    const leftovers = Object.keys(after).filter((n) => n.startsWith('.desk-tmp-'));
    expect(leftovers).toHaveLength(1);
    for (const [name, content] of Object.entries(before)) expect(after[name], name).toBe(content);
    // The leftover is not listed as a backup, and the next good backup removes it.
    const status = await first.handlers['backup:status']({});
    expect(status.ok && status.external).toHaveLength(1);
    expect((await first.handlers['backup:writeExternal']({ data })).ok).toBe(true);
    expect((await fsp.readdir(usb)).filter((n) => n.startsWith('.desk-tmp-'))).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'diskFull', 'Disk is full'],
    ['EROFS', 'readOnly', 'read-only'],
    ['EACCES', 'permissionDenied', 'Permission denied'],
    ['EIO', 'folderMissing', 'USB stick'],
  ])(
    '%s while writing → %s, a clear message, previous backups untouched, no temp left',
    async (code, error, text) => {
      const first = await setup();
      const data = await backupBytes();
      await first.handlers['backup:writeExternal']({ data });
      const before = await snapshot(usb);
      // The failure happens half-way: the temp file is open, the data write fails.
      const failing = {
        ...fsp,
        open: async (path: string, flags?: string) => {
          const handle = await fsp.open(path, flags);
          if (flags !== 'wx') return handle;
          return Object.assign(Object.create(handle), {
            writeFile: async () => {
              throw Object.assign(new Error(code), { code });
            },
            close: () => handle.close(),
          });
        },
      } as FsDeps;
      const { handlers } = await setup({ fs: failing, choose: false });
      const result = await handlers['backup:writeExternal']({ data });
      expect(result).toMatchObject({ ok: false, error });
      expect(result.ok ? '' : result.message).toContain(text);
      expect(await snapshot(usb)).toEqual(before);
    },
  );

  it('refuses to remember a folder it cannot write to (read-only stick)', async () => {
    const readOnly = {
      ...fsp,
      open: async (path: string, flags?: string) => {
        if (flags === 'wx') throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
        return fsp.open(path, flags);
      },
    } as FsDeps;
    const { dialog, handlers } = await setup({ fs: readOnly, choose: false });
    dialog.nextFolder.push(usb);
    const result = await handlers['backup:chooseFolder']({});
    expect(result).toMatchObject({ ok: false, error: 'readOnly' });
    expect(await handlers['backup:status']({})).toMatchObject({ ok: true, folder: null });
  });

  it('says the USB stick is missing when the remembered folder is gone', async () => {
    const { handlers } = await setup();
    await fsp.rm(usb, { recursive: true });
    const result = await handlers['backup:writeExternal']({ data: await backupBytes() });
    expect(result).toMatchObject({ ok: false, error: 'folderMissing' });
    expect(result.ok ? '' : result.message).toContain('Is the USB stick plugged in?');
    expect(await handlers['backup:status']({})).toMatchObject({
      ok: true,
      folder: usb,
      folderAvailable: false,
    });
  });

  it('refuses bytes that are not a backup and keeps nothing of them', async () => {
    const { handlers } = await setup();
    const result = await handlers['backup:writeExternal']({ data: new TextEncoder().encode('not a backup') });
    expect(result).toMatchObject({ ok: false, error: 'badFile' });
    expect(await fsp.readdir(usb)).toEqual([]);
  });
});

describe('automatic backups', () => {
  it('after 40 days of daily backups keeps 7 daily + 4 weekly + monthly ones', async () => {
    let day = 0;
    const clock = () => new Date(2025, 0, 1 + day, 18, 0, 0); // 2025-01-01 (Wed) onwards, local time
    const { handlers } = await setup({ clock });
    const data = await backupBytes();
    for (day = 0; day < 40; day += 1)
      expect((await handlers['backup:writeAuto']({ data, reason: 'quit' })).ok).toBe(true);
    const status = await handlers['backup:status']({});
    if (!status.ok) throw new Error(status.message);
    expect(status.auto.map((f) => f.date)).toEqual([
      // 7 daily
      '2025-02-09',
      '2025-02-08',
      '2025-02-07',
      '2025-02-06',
      '2025-02-05',
      '2025-02-04',
      '2025-02-03',
      // weekly (Sundays of the 3 weeks before), monthly (end of January)
      '2025-02-02',
      '2025-01-31',
      '2025-01-26',
      '2025-01-19',
    ]);
  });
});

describe('the backup made before a restore', () => {
  it('is marked in its name and survives the same day’s quit backup', async () => {
    let hour = 11;
    const clock = () => new Date(2025, 2, 10, hour, 0, 0); // 2025-03-10, local time
    const { handlers } = await setup({ clock });
    const data = await backupBytes();
    const saved = await handlers['backup:writeAuto']({ data, reason: 'beforeRestore' });
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.name).toBe(autoName('20250310-110000', '-before-restore'));
    hour = 17;
    const quit = await handlers['backup:writeAuto']({ data, reason: 'quit' });
    expect(quit).toMatchObject({ ok: true, removed: [] });
    const status = await handlers['backup:status']({});
    if (!status.ok) throw new Error(status.message);
    expect(status.auto.map((f) => [f.name, f.beforeRestore ?? false])).toEqual([
      [autoName('20250310-170000'), false],
      [autoName('20250310-110000', '-before-restore'), true],
    ]);
  });
});

describe('backups written at the same moment', () => {
  it('get names of their own: neither replaces the other', async () => {
    const clock = () => new Date(2025, 2, 10, 9, 0, 0);
    const { handlers } = await setup({ clock });
    const [a, b] = await Promise.all([backupBytes(), backupBytes('口令')]);
    const results = await Promise.all([
      handlers['backup:writeExternal']({ data: a }),
      handlers['backup:writeExternal']({ data: b, password: '口令' }),
      handlers['backup:writeAuto']({ data: a, reason: 'start' }),
      handlers['backup:writeAuto']({ data: a, reason: 'quit' }),
    ]);
    const names = results.map((r) => (r.ok ? r.name : r.message));
    expect(names).toEqual([
      ours('2025-03-10T09:00:00'),
      backupFileName('external', '2025-03-10T09:00:00', 2, false, installation),
      autoName('20250310-090000'),
      autoName('20250310-090000', '-2'),
    ]);
    // Each file holds what its own write was given.
    expect(new Uint8Array(await fsp.readFile(join(usb, names[1]!)))).toEqual(b);
    expect(new Uint8Array(await fsp.readFile(join(usb, names[0]!)))).toEqual(a);
  });
});

describe('opening a backup for restore', () => {
  it('refuses a 2 GB file of zeros from its first bytes without reading the rest', async () => {
    const { dialog, handlers } = await setup();
    const path = join(dir, 'zeros.gkbak');
    const handle = await fsp.open(path, 'w');
    await handle.truncate(2 * 1024 ** 3); // sparse: instant, no disk used
    await handle.close();
    dialog.nextOpen.push(path);
    const started = Date.now();
    const result = await handlers['backup:openFile']({});
    expect(result).toMatchObject({ ok: false, error: 'badFile', reason: 'notBackup' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says a truncated file is incomplete', async () => {
    const { dialog, handlers } = await setup();
    const data = await backupBytes();
    const path = join(dir, 'cut.gkbak');
    await fsp.writeFile(path, data.subarray(0, data.length - 100));
    dialog.nextOpen.push(path);
    const result = await handlers['backup:openFile']({});
    expect(result).toMatchObject({ ok: false, error: 'badFile', reason: 'truncated' });
    expect(result.ok ? '' : result.message).toContain('incomplete');
  });

  it('reads a listed backup by name, and only by one of our names', async () => {
    const { handlers } = await setup();
    const data = await backupBytes();
    const written = await handlers['backup:writeAuto']({ data, reason: 'start' });
    if (!written.ok) throw new Error(written.message);
    const read = await handlers['backup:readFile']({ location: 'auto', name: written.name });
    expect(read.ok && [...read.data]).toEqual([...data]);
    expect(
      await handlers['backup:readFile']({ location: 'auto', name: '../desk-main-settings.json' }),
    ).toMatchObject({
      ok: false,
      error: 'invalidRequest',
    });
    expect(await handlers['backup:readFile']({ location: 'external', name: written.name })).toMatchObject({
      ok: false,
      error: 'invalidRequest',
    });
  });
});
