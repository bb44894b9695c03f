import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildInterchange, type InterchangeStores, parseInterchange } from '../../shared/model';
import { SCHEMA_VERSION, type DeskDb } from './database';
import { EXPORTED_TABLES, exportAll, exportForBackup, importAll, readInParts } from './interchange';
import { getSettings } from './repositories/settings';
import { makeTestDb } from './test-db';
import { testPublication } from './test-fixtures';

const source = parseInterchange(
  readFileSync(join(process.cwd(), 'test', 'fixtures', 'backups', 'v1-source.json'), 'utf8'),
);
if (!source.ok) throw new Error(source.message);
const stores = source.doc.stores;
const meta = { appVersion: '0.1.0', exportedAt: '2026-12-05T03:00:00.000Z' };

/** exportAll as it was before the export read in parts: every table whole, then one parse of all. */
async function exportAllAtOnce(db: DeskDb) {
  const read: Partial<InterchangeStores> = {};
  await db.transaction('r', [...EXPORTED_TABLES.map((t) => db.table(t)), db.settings], async () => {
    for (const t of EXPORTED_TABLES) {
      const rows = await db.table(t).toArray();
      (read as Record<string, unknown[]>)[t] =
        t === 'reportSnapshots' ? rows.map(({ seq: _seq, ...r }) => r) : rows;
    }
    read.settings = (await db.settings.get('app')) ? await getSettings(db) : null;
  });
  return buildInterchange(read, { ...meta, schemaVersion: SCHEMA_VERSION });
}

async function filled(extraPublications: number) {
  const db = makeTestDb();
  const snapshot = stores.reportDrafts[0];
  await importAll(db, {
    ...stores,
    reportSnapshots: snapshot ? [snapshot, { ...snapshot, year: snapshot.year - 1 }] : [],
  });
  await db.publications.bulkAdd(
    Array.from({ length: extraPublications }, (_, i) =>
      testPublication(`gen-${String(i).padStart(6, '0')}`, '2025-03-01', '2025-03-02'),
    ),
  );
  return db;
}

describe('readInParts', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${String(i).padStart(2, '0')}`);

  it('hands every record over once, in key order, the next part asked for before this one is handed', async () => {
    const db = makeTestDb();
    await db.publications.bulkAdd(ids(10).map((id) => testPublication(id, '2025-03-01', null)));
    const where = vi.spyOn(db.publications, 'where');
    const parts: string[][] = [];
    const askedBefore: number[] = [];
    await readInParts(
      db.publications,
      (rows) => {
        askedBefore.push(where.mock.calls.length);
        parts.push(rows.map((r) => (r as { id: string }).id));
      },
      3,
    );
    expect(parts).toEqual([ids(10).slice(0, 3), ids(10).slice(3, 6), ids(10).slice(6, 9), ['p09']]);
    // The second part's read is under way when the first is handed over; none after the last.
    expect(askedBefore).toEqual([1, 2, 3, 3]);
  });

  it('ends with an empty part when the records fill the last one exactly', async () => {
    const db = makeTestDb();
    await db.publications.bulkAdd(ids(6).map((id) => testPublication(id, '2025-03-01', null)));
    const sizes: number[] = [];
    await readInParts(db.publications, (rows) => sizes.push(rows.length), 3);
    expect(sizes).toEqual([3, 3, 0]);
  });

  it('reads a table without a key field in one go', async () => {
    const db = makeTestDb();
    const table = db.publications;
    await table.bulkAdd(ids(4).map((id) => testPublication(id, '2025-03-01', null)));
    const whole = vi.spyOn(table, 'toArray');
    Object.defineProperty(table.schema.primKey, 'keyPath', { value: undefined, configurable: true });
    const sizes: number[] = [];
    await readInParts(table, (rows) => sizes.push(rows.length), 3);
    expect(sizes).toEqual([4]);
    expect(whole).toHaveBeenCalledTimes(1);
  });
});

describe('exportAll, read in parts', () => {
  it('gives the document a whole read and one parse gave, byte for byte', async () => {
    const db = await filled(5);
    expect(JSON.stringify(await exportAll(db, meta))).toBe(JSON.stringify(await exportAllAtOnce(db)));
  });

  it('is the same past the part size (10,000 records)', async () => {
    const db = await filled(10_001);
    const doc = await exportAll(db, meta);
    expect(doc.stores.publications.length).toBe(stores.publications.length + 10_001);
    expect(JSON.stringify(doc)).toBe(JSON.stringify(await exportAllAtOnce(db)));
  }, 60_000);

  it('throws on an invalid record, as a parse of the whole does', async () => {
    const db = await filled(0);
    await db.publications.put(testPublication('bad', 'not a date', null));
    await expect(exportAll(db, meta)).rejects.toThrow(/publications/);
  });

  it('backs up the same document, and an invalid record as stored, named', async () => {
    const db = await filled(3);
    const backup = await exportForBackup(db, meta);
    expect(backup.invalidRecords).toEqual([]);
    expect(backup.doc).toEqual(await exportAllAtOnce(db));
    await db.publications.put(testPublication('bad', 'not a date', null));
    const invalid = await exportForBackup(db, meta);
    expect(invalid.invalidRecords.length).toBeGreaterThan(0);
    for (const line of invalid.invalidRecords) expect(line).toMatch(/^publications.*bad/);
    expect(invalid.doc.stores.publications.find((p) => p.id === 'bad')?.formedDate).toBe('not a date');
  });
});
