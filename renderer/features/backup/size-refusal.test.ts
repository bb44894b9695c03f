// @vitest-environment jsdom
import { webcrypto } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBackupChecked } from '../../../electron/handlers/backup-files';
import {
  type BackupHeader,
  type CryptoLike,
  createBackup,
  inspectBackup,
  openBackup,
  packPrefix,
  sealContainer,
} from '../../../shared/backup';
import { MAX_JSON_BYTES, MAX_PIECE_BYTES } from '../../../shared/backup/codec';
import { sampleDocument } from '../../../shared/backup/sample-data';
import { initI18n } from '../../i18n';
import { createBrowserBackup, PlatformDb } from '../../platform/browser-backup';
import { previewBackup } from './backup-service';
import { failureText, problemText } from './messages';

/**
 * A file the CLI refuses for its size is refused in the app too, said as a size refusal in the
 * officer's language (issue 14 item 15): a header declaring more than the app can restore before any
 * of the payload is read; a record larger than any the app writes while the payload is read.
 */
const crypto = webcrypto as unknown as CryptoLike;
const i18n = initI18n('zh-CN');
const zh = i18n.getFixedT('zh-CN', 'backup');
const en = i18n.getFixedT('en', 'backup');
let good: Uint8Array;

beforeAll(async () => {
  good = (await createBackup(sampleDocument(), { crypto, createdAt: '2026-12-01T08:00:00.000Z' })).bytes;
});

/** A file sealed with a correct checksum around a forged header and payload (a hostile writer). */
async function forged(payload: Partial<BackupHeader['payload']>, stored: Uint8Array): Promise<Uint8Array> {
  const info = inspectBackup(good);
  if (!info.ok) throw new Error(info.message);
  const { header } = info;
  return sealContainer(
    crypto,
    packPrefix({ ...header, payload: { ...header.payload, storedBytes: stored.length, ...payload } }),
    stored,
  );
}
const storedOf = (bytes: Uint8Array) => {
  const info = inspectBackup(bytes);
  if (!info.ok) throw new Error(info.message);
  return bytes.subarray(info.payloadOffset, info.payloadOffset + info.header.payload.storedBytes);
};

describe('size refusals in the app', () => {
  it('a header declaring more than can be restored is refused from the header, the limit named', async () => {
    const bytes = await forged({ jsonBytes: MAX_JSON_BYTES + 1 }, storedOf(good));
    const preview = previewBackup(bytes);
    expect(preview).toMatchObject({ ok: false, error: 'corrupt', detail: 'tooLarge' });
    if (preview.ok) return;
    expect(problemText(zh, preview)).toBe(
      '该备份文件声明的数据量超过本软件能恢复的上限（300 MB），文件已损坏或并非本软件生成，未读取其内容。请改用其他备份文件。',
    );
    expect(problemText(en, preview)).toMatch(
      /^This backup declares more data than this app can restore \(at most 300 MB\)/,
    );
  });

  it('browser mode reads only the header of such a file, never its payload', async () => {
    const real = new File(
      [(await forged({ jsonBytes: MAX_JSON_BYTES + 1 }, storedOf(good))) as Uint8Array<ArrayBuffer>],
      'big.gkbak',
    );
    let wholeRead = false;
    const file = {
      name: real.name,
      size: real.size,
      slice: (start?: number, end?: number) => real.slice(start, end),
      arrayBuffer: () => {
        wholeRead = true;
        return real.arrayBuffer();
      },
    } as unknown as File;
    const api = createBrowserBackup({
      window: {},
      crypto,
      db: new PlatformDb({ indexedDB: new IDBFactory(), IDBKeyRange }),
      now: () => new Date(2026, 11, 1),
      download: async () => ({ ok: true, path: '', bytes: 0 }),
      pickFile: async () => file,
    });
    const result = await api.backupOpenFile();
    expect(result).toMatchObject({ ok: false, error: 'badFile', reason: 'tooLarge' });
    expect(wholeRead).toBe(false);
    if (result.ok) return;
    expect(failureText(zh, result)).toContain('超过本软件能恢复的上限（300 MB）');
    expect(failureText(en, result)).toContain('at most 300 MB');
  });

  it('the desktop app (main) refuses it with the same reason before reading the payload', async () => {
    const dir = await fsp.mkdtemp(join(tmpdir(), 'desk-size-'));
    try {
      const path = join(dir, 'big.gkbak');
      await fsp.writeFile(path, await forged({ jsonBytes: MAX_JSON_BYTES + 1 }, storedOf(good)));
      await expect(readBackupChecked(fsp, path)).rejects.toMatchObject({
        code: 'badFile',
        reason: 'tooLarge',
      });
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });

  it('a record larger than any the app writes is refused by the restore path, the limit named', async () => {
    const doc = sampleDocument();
    const text = JSON.stringify(doc).replace(
      '"stores":{',
      `"stores":{"publications":[{"title":"${'测'.repeat(MAX_PIECE_BYTES / 3)}"}],"x":{`,
    );
    const json = new TextEncoder().encode(`${text}}`);
    const bytes = await forged({ jsonBytes: json.length }, new Uint8Array(deflateRawSync(json)));
    // The renderer's own inflater (no inflateRaw: fflate), as restoreBackup and the preview call it.
    const opened = await openBackup(bytes, { crypto, maxSchemaVersion: 99 });
    expect(opened).toMatchObject({ ok: false, error: 'corrupt', detail: 'pieceTooLarge' });
    if (opened.ok) return;
    expect(problemText(zh, opened)).toContain('超过本软件能写入的上限（16 MB）');
    expect(problemText(en, opened)).toContain('larger than any this app writes (at most 16 MB)');
  });
});
