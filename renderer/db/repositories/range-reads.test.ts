import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { makeTestDb } from '../test-db';
import { testPublication } from '../test-fixtures';
import { COUNT_TARGET, countByMonth, monthWindows, readByMonth } from './range-reads';

describe('reads a date range a month at a time (issue 17)', () => {
  it('covers the range with one window a month, cut at both ends', () => {
    expect(monthWindows('2024-11-15', '2025-02-03')).toEqual([
      ['2024-11-15', '2024-11-31'],
      ['2024-12-01', '2024-12-31'],
      ['2025-01-01', '2025-01-31'],
      ['2025-02-01', '2025-02-03'],
    ]);
    expect(monthWindows('2025-03-01', '2025-03-31')).toEqual([['2025-03-01', '2025-03-31']]);
    expect(monthWindows('2025-04-01', '2025-03-31')).toEqual([]);
  });

  it('gives what one read of the range gives, in index order, open-ended or not', async () => {
    const db = makeTestDb();
    const dates = [
      '2023-12-31',
      '2024-01-01',
      '2024-02-29',
      '2024-06-15',
      '2024-12-31',
      '2025-01-01',
      '2026-07-01',
    ];
    await db.publications.bulkAdd(dates.map((d, i) => testPublication(`p${i}`, d, d)));
    const once = (lo: string, hi: string) =>
      db.publications.where('listDate').between(lo, hi, true, true).toArray();
    expect(await readByMonth(db.publications, 'listDate', '2024-01-01', '2024-12-31')).toEqual(
      await once('2024-01-01', '2024-12-31'),
    );
    // No upper end: months to "today", then everything after in one more read (a date in the future too).
    const open = await readByMonth(db.publications, 'listDate', '2024-02-01', null, '2025-03-10');
    expect(open.map((p) => p.publishedDate)).toEqual([
      '2024-02-29',
      '2024-06-15',
      '2024-12-31',
      '2025-01-01',
      '2026-07-01',
    ]);
    expect(await readByMonth(db.publications, 'listDate', '2025-01-01', null, '2024-01-01')).toHaveLength(2);
  });

  it('reads sparse months several together: ten years of one record a month in two reads', async () => {
    const db = makeTestDb();
    const dates: string[] = [];
    for (let y = 2015; y < 2025; y++)
      for (let m = 1; m <= 12; m++) dates.push(`${y}-${String(m).padStart(2, '0')}-10`);
    await db.publications.bulkAdd(
      dates.map((d, i) => testPublication(`p${String(i).padStart(3, '0')}`, d, d)),
    );
    const where = vi.spyOn(db.publications, 'where');
    const rows = await readByMonth(db.publications, 'listDate', '2015-01-01', '2024-12-31');
    expect(rows.map((p) => p.publishedDate)).toEqual(dates);
    // The first month alone (one record: ~2,000 months a window), then the other 119 months in one read.
    expect(where).toHaveBeenCalledTimes(2);
  });

  it('counts a range as one count does, a window of months at a time (keys of any shape counted once)', async () => {
    // A table of its own: the app's hooks fill listDate from the dates, this index holds what it is given.
    const db = new Dexie('count-by-month', { indexedDB: new IDBFactory(), IDBKeyRange });
    db.version(1).stores({ t: 'id, k' });
    const t = db.table<{ id: string; k: string }, string>('t');
    const keys = [
      '2023-12-31',
      '2024-01-01',
      '2024-01-31',
      '2024-02-01',
      '2024-02-29',
      '2024-12-31',
      '2026-07-01',
    ];
    // Index keys that are not dates, below, among and above the dates: none may be lost or counted twice.
    keys.push('', '1999', '2024-1x', '2024-02', 'zzz', '9999-12-31');
    await t.bulkAdd(keys.map((k, i) => ({ id: `r${i}`, k })));
    const once = (lo: string, hi: string) => t.where('k').between(lo, hi, true, true).count();
    for (const [lo, hi] of [
      ['', 'zzz'],
      ['2024-01-01', '2024-12-31'],
      ['2024-01-15', '2024-02-01'],
      ['2024-02-01', '2024-02-01'],
      ['1999', '2024-02-29'],
      ['2024-1x', '2026-07-01'],
      ['2025-01-01', '2026-06-30'],
      ['2024-03-01', '2024-02-01'],
      ['2024-02', '9999-12-31'],
    ] as const)
      expect([lo, hi, await countByMonth(t, 'k', lo, hi)]).toEqual([lo, hi, await once(lo, hi)]);
    db.close();
  });

  it('counts a large range in several requests of about COUNT_TARGET keys (other requests answered between)', async () => {
    const db = makeTestDb();
    const perMonth = COUNT_TARGET / 2;
    const rows = [];
    for (let m = 1; m <= 12; m++)
      for (let i = 0; i < perMonth; i++) {
        const d = `2024-${String(m).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
        rows.push(testPublication(`p${m}-${i}`, d, d));
      }
    await db.publications.bulkAdd(rows);
    const where = vi.spyOn(db.publications, 'where');
    expect(await countByMonth(db.publications, 'listDate', '2024-01-01', '2024-12-31')).toBe(rows.length);
    // 12 months of COUNT_TARGET / 2 keys: the first month alone, then two months a window.
    expect(where.mock.calls.length).toBeGreaterThanOrEqual(6);
    expect(where.mock.calls.length).toBeLessThanOrEqual(8);
  });
});
