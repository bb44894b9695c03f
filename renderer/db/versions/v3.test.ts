import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { DeskDb, SCHEMA_VERSION } from '../database';
import { exportAll } from '../interchange';
import { testCtx } from '../test-db';
import { applyV1 } from './v1';
import { applyV2 } from './v2';
import { activeToOf, OPEN_REQUEST } from './v3';

type Stored = { id: string; unpublishedSince?: string; activeTo?: string };

describe('schema version 3: the dashboard and report indexes', () => {
  it('fills unpublishedSince and activeTo for records stored by version 2, and indexes them', async () => {
    const stores = sampleStores({ publications: 3, requests: 2, consultations: 0, appeals: 0 });
    const [p1, p2, p3] = stores.publications;
    const [r1, r2] = stores.requests;
    if (!p1 || !p2 || !p3 || !r1 || !r2) throw new Error('sample');
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v3', { indexedDB, IDBKeyRange });
    applyV1(old);
    applyV2(old);
    await old.table('publications').bulkAdd([p1, { ...p2, publishedDate: null }, p3]);
    // r2 has no answer yet: open.
    await old.table('requests').bulkAdd([r1, { ...r2, events: [] }]);
    old.close();

    const db = new DeskDb('upgrade-v3', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const indexes = (table: string) => Object.keys(db.table(table).schema.idxByName).sort();
    expect(indexes('publications')).toEqual([
      '[column+listDate]',
      'deletedAt',
      'docKind',
      'indexNumber',
      'listDate',
      'unpublishedSince',
    ]);
    expect(indexes('requests')).toEqual(['activeTo', 'deletedAt', 'receivedDate', 'serial']);

    expect(await db.publications.where('unpublishedSince').above('').primaryKeys()).toEqual([p2.id]);
    const answered = r1.events.find((e) => e.type === 'answered');
    const requests = (await db.requests.toArray()) as unknown as Stored[];
    expect(Object.fromEntries(requests.map((r) => [r.id, r.activeTo]))).toEqual({
      [r1.id]: answered?.date,
      [r2.id]: OPEN_REQUEST,
    });
    const newest = await db.publications
      .where('[column+listDate]')
      .between([p1.column, Dexie.minKey], [p1.column, Dexie.maxKey])
      .last();
    expect(newest?.id).toBe('p-3');
    db.close();
  });

  it('keeps the fields right on every write, and leaves them out of exports', async () => {
    const db = new DeskDb('v3-writes', { indexedDB: new IDBFactory(), IDBKeyRange });
    const { publications, requests } = sampleStores({
      publications: 1,
      requests: 1,
      consultations: 0,
      appeals: 0,
    });
    const p = publications[0];
    const r = requests[0];
    if (!p || !r) throw new Error('sample');
    await db.publications.add({ ...p, publishedDate: null });
    const since = async () => ((await db.publications.get(p.id)) as unknown as Stored).unpublishedSince;
    expect(await since()).toBe(p.formedDate);
    await db.publications.update(p.id, { publishedDate: '2024-02-01' });
    expect(await since()).toBeUndefined();
    expect(await db.publications.where('unpublishedSince').above('').count()).toBe(0);

    await db.requests.add({ ...r, events: [] });
    const activeTo = async () => ((await db.requests.get(r.id)) as unknown as Stored).activeTo;
    expect(await activeTo()).toBe(OPEN_REQUEST);
    await db.requests.update(r.id, {
      events: [
        {
          id: 'n',
          type: 'feeNotice',
          date: '2024-02-10',
          note: '',
          method: 'perApplication',
          amountFen: 100,
          payBy: '2025-01-10',
        },
        { id: 'a', type: 'answered', date: '2024-02-10', note: '', outcome: 'disclose' },
        { id: 'f', type: 'feePaid', date: '2025-01-03', note: '', amountFen: 100 },
      ],
    });
    // A fee paid in 2025 for a request answered in 2024 keeps it in 2025's report.
    expect(await activeTo()).toBe('2025-01-03');

    const doc = await exportAll(db, { appVersion: 'test', exportedAt: testCtx().now });
    expect(doc.stores.publications[0]).not.toHaveProperty('unpublishedSince');
    expect(doc.stores.requests[0]).not.toHaveProperty('activeTo');
    db.close();
  });

  it('activeTo: the latest date of receipt and events once answered', () => {
    expect(activeToOf({ receivedDate: '2024-01-02', events: [] })).toBe(OPEN_REQUEST);
    expect(
      activeToOf({
        receivedDate: '2024-01-02',
        events: [
          { id: 'c', type: 'correctionAsked', date: '2024-01-05', note: '', dueBy: null },
          { id: 'a', type: 'answered', date: '2024-03-01', note: '', outcome: 'disclose' },
        ],
      }),
    ).toBe('2024-03-01');
  });
});
