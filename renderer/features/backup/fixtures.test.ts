import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CryptoLike, inspectBackup, openBackup } from '../../../shared/backup';
import { type InterchangeDocument, parseInterchange } from '../../../shared/model';
import { exportAll } from '../../db/interchange';
import { makeTestDb } from '../../db/test-db';
import { restoreBackup } from './backup-service';

/** Every backup format version ever written must still restore (test/fixtures/backups, never edited). */
const dir = join(process.cwd(), 'test', 'fixtures', 'backups');
const crypto = webcrypto as unknown as CryptoLike;
const source = parseInterchange(readFileSync(join(dir, 'v1-source.json'), 'utf8'));
if (!source.ok) throw new Error(source.message);
const expected: InterchangeDocument = source.doc;

/** Pinned when each file was written: a fixture is never edited or regenerated, only new ones added. */
const FIXTURES = [
  {
    file: 'v1-plain.gkbak',
    version: 1,
    password: undefined,
    sha256: '60049ed3550257a1fed2f19fe8585a350c1944e5f5fa5ba7df4796d3091fd277',
  },
  {
    file: 'v1-encrypted.gkbak',
    version: 1,
    password: 'fixture-password-v1',
    sha256: 'd794f8b4d57908ae8d02071e71fbb72290c8382a8365d79e6d2569cfa8d4f98c',
  },
  {
    file: 'v2-plain.gkbak',
    version: 2,
    password: undefined,
    sha256: '0e4be67d4560ffacc45d2af147a3e0f6a19ae627c2953c521c3f35d1b74bf324',
  },
  {
    file: 'v2-encrypted.gkbak',
    version: 2,
    password: 'fixture-password-v2',
    sha256: 'ba98bef4706e6665594a406189894753ebc1fd0f57cab7feac244f70eb6dde07',
  },
];

describe.each(FIXTURES)('backup fixture $file', ({ file, version, password, sha256 }) => {
  const bytes = new Uint8Array(readFileSync(join(dir, file)));

  it('is byte for byte the file first written', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  });

  it(`is format version ${version} and opens to the data it was made from`, async () => {
    const info = inspectBackup(bytes);
    expect(info.ok && info.writtenVersion).toBe(version);
    const opened = await openBackup(bytes, { crypto, password, maxSchemaVersion: 1 });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.doc).toEqual(expected);
  });

  it('restores into an empty database with every store equal', async () => {
    const db = makeTestDb();
    try {
      const outcome = await restoreBackup(
        {
          db,
          crypto,
          appVersion: '0.1.0',
          now: () => new Date('2025-03-01T00:00:00Z'),
          api: {
            backupWriteAuto: async () => ({ ok: true, name: 'safety.gkbak', bytes: 1, removed: [] }),
            backupWriteExternal: async () => ({ ok: false, error: 'unknown', message: 'unused' }),
            backupStatus: async () => ({ ok: false, error: 'unknown', message: 'unused' }),
          },
        },
        bytes,
        password,
      );
      expect(outcome).toMatchObject({ ok: true });
      expect((await exportAll(db, { appVersion: 'x', exportedAt: 'x' })).stores).toEqual(expected.stores);
      // Written by schema 1, which had no listDate/activeTo: the current indexes hold every record.
      expect(await db.publications.where('listDate').above('').count()).toBe(
        expected.stores.publications.length,
      );
      expect(await db.requests.where('activeTo').above('').count()).toBe(expected.stores.requests.length);
    } finally {
      db.close();
    }
  });
});
