// @vitest-environment jsdom
import { webcrypto } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type CryptoLike, createBackup } from '../../shared/backup';
import { sampleDocument } from '../../shared/backup/sample-data';
import { createBrowserBackup, PlatformDb } from './browser-backup';

const crypto = webcrypto as unknown as CryptoLike;
const backup = async (password?: string) =>
  (await createBackup(sampleDocument(), { crypto, createdAt: '2025-03-01T00:00:00.000Z', password })).bytes;

function setup(options: { day?: () => number; file?: File | null } = {}) {
  const downloads: { name: string; bytes: number }[] = [];
  const day = options.day ?? (() => 1);
  const api = createBrowserBackup({
    window: {},
    crypto,
    db: new PlatformDb({ indexedDB: new IDBFactory(), IDBKeyRange }),
    now: () => new Date(2025, 0, day(), 18, 0, 0),
    download: async (r) => {
      downloads.push({
        name: r.suggestedName,
        bytes: typeof r.data === 'string' ? r.data.length : r.data.length,
      });
      return { ok: true, path: r.suggestedName, bytes: 0 };
    },
    pickFile: async () => options.file ?? null,
  });
  return { api, downloads };
}

describe('browser-mode backups', () => {
  it('without a folder picker, "back up to folder" verifies and downloads the file', async () => {
    const { api, downloads } = setup();
    expect(await api.backupChooseFolder()).toMatchObject({ ok: false, reason: 'noDirectoryPicker' });
    const data = await backup('pw-12345678');
    const result = await api.backupWriteExternal({ data, password: 'pw-12345678' });
    expect(result).toMatchObject({
      ok: true,
      name: 'DisclosureDesk-20250101-180000.gkbak',
      counts: { requests: 3 },
    });
    expect(downloads).toEqual([{ name: 'DisclosureDesk-20250101-180000.gkbak', bytes: data.length }]);
    expect(await api.backupStatus()).toMatchObject({
      ok: true,
      lastExternal: { name: 'DisclosureDesk-20250101-180000.gkbak' },
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
});
