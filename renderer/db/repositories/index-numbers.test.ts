import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Publication, publicationSchema } from '../../../shared/model';
import { DeskDb } from '../database';
import { makeTestDb, testCtx } from '../test-db';
import {
  assignMissingIndexNumbers,
  previewIndexNumber,
  setIndexNumberByHand,
  withIndexNumber,
} from './index-numbers';
import { deleteRecord, purgeExpiredTrash } from './registers';
import { getSettings, saveSettings } from './settings';

const CODE = '110000000000FAKE0X';

async function setUp(db: DeskDb, agencyCode = CODE) {
  await saveSettings(
    db,
    { profile: { ...defaultSettings().profile, agencyName: '测试县测试局', agencyCode } },
    testCtx(),
  );
}

function draft(id: string, formedDate = '2025-03-01'): Publication {
  return publicationSchema.parse({
    id,
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    title: `测试信息${id}`,
    formedDate,
    category: '通知公告',
  });
}

/** What the publications repository does on save, with the call the lead adds (see the report). */
async function save(db: DeskDb, id: string, patch: Partial<Publication>) {
  return db.transaction('rw', [db.publications, db.settings], async () => {
    const before = (await db.publications.get(id)) ?? null;
    const next = { ...(before ?? draft(id)), ...patch, indexNumber: patch.indexNumber ?? null };
    const { record, problem } = await withIndexNumber(db, next, before);
    await db.publications.put(record);
    return { record, problem };
  });
}

describe('index numbers in the database', () => {
  it('two tabs publishing at once get distinct, consecutive numbers', async () => {
    const factory = new IDBFactory();
    const tab1 = new DeskDb('two-tabs', { indexedDB: factory, IDBKeyRange });
    const tab2 = new DeskDb('two-tabs', { indexedDB: factory, IDBKeyRange });
    await setUp(tab1);
    for (let i = 0; i < 10; i++) await tab1.publications.add(draft(`p${i}`));

    // The hazard: both tabs read the same state and compute the same next number.
    const [seen1, seen2] = await Promise.all([
      previewIndexNumber(tab1, '2025-03-05', '通知公告'),
      previewIndexNumber(tab2, '2025-03-05', '通知公告'),
    ]);
    expect(seen1.ok && seen2.ok && seen1.indexNumber === seen2.indexNumber).toBe(true);

    // Publishing: each read-assign-write is one transaction, so they serialise.
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        save(i % 2 ? tab2 : tab1, `p${i}`, { publishedDate: '2025-03-05' }),
      ),
    );
    const numbers = results.map((r) => r.record.indexNumber).sort();
    expect(numbers).toEqual(
      Array.from({ length: 10 }, (_, i) => `${CODE}/2025-${String(i + 1).padStart(5, '0')}`),
    );
    expect((await getSettings(tab2)).indexCounters).toEqual({ [`${CODE}/2025-{#}`]: 10 });
    tab1.close();
    tab2.close();
  });

  it('keeps the number through edits the form makes (the form does not carry it)', async () => {
    const db = makeTestDb();
    await setUp(db);
    const { record } = await save(db, 'a', { publishedDate: '2025-04-01' });
    const edited = await save(db, 'a', {
      title: '改过的标题',
      category: '政策文件',
      publishedDate: '2025-04-02',
    });
    expect(edited.record.indexNumber).toBe(record.indexNumber);
    expect((await db.publications.get('a'))?.indexNumber).toBe(`${CODE}/2025-00001`);
  });

  it('does not number an unpublished item, and numbers it on publication', async () => {
    const db = makeTestDb();
    await setUp(db);
    expect((await save(db, 'a', {})).record.indexNumber).toBeNull();
    expect((await save(db, 'a', { publishedDate: '2025-05-06' })).record.indexNumber).toBe(
      `${CODE}/2025-00001`,
    );
  });

  it('never reuses the number of an item deleted and purged from the trash', async () => {
    const db = makeTestDb();
    await setUp(db);
    await save(db, 'a', { publishedDate: '2025-04-01' });
    await save(db, 'b', { publishedDate: '2025-04-02' });
    await deleteRecord(db, 'publications', 'b', testCtx('2025-04-03T00:00:00.000Z'));
    expect(await purgeExpiredTrash(db, testCtx('2025-06-02T00:00:00.000Z'))).toBe(1);
    expect(await db.publications.count()).toBe(1);
    expect((await save(db, 'c', { publishedDate: '2025-06-01' })).record.indexNumber).toBe(
      `${CODE}/2025-00003`,
    );
  });

  it('saves the item without a number, with the reason, when the agency code is missing', async () => {
    const db = makeTestDb();
    await setUp(db, '');
    const { record, problem } = await save(db, 'a', { publishedDate: '2025-04-01' });
    expect(record.indexNumber).toBeNull();
    expect(problem).toEqual({ code: 'noAgencyCode' });
    // Once the code is set, the catalogue page numbers what is missing, oldest first.
    await save(db, 'b', { publishedDate: '2025-03-01' });
    await setUp(db);
    const done = await assignMissingIndexNumbers(db, testCtx());
    expect(done).toEqual({
      assigned: [
        { id: 'b', indexNumber: `${CODE}/2025-00001` },
        { id: 'a', indexNumber: `${CODE}/2025-00002` },
      ],
      problem: null,
    });
    expect(await db.audit.where('recordId').equals('a').count()).toBe(1);
  });

  it('refuses an imported number already held by another item, trashed ones included', async () => {
    const db = makeTestDb();
    await setUp(db);
    await save(db, 'a', { publishedDate: '2025-04-01' });
    await deleteRecord(db, 'publications', 'a', testCtx());
    await expect(
      save(db, 'b', { publishedDate: '2025-04-02', indexNumber: `${CODE}/2025-00001` }),
    ).rejects.toMatchObject({
      issues: [{ path: ['indexNumber'], message: 'validation.indexNumberTaken' }],
    });
    await expect(save(db, 'b', { publishedDate: '2025-04-02', indexNumber: 'A B' })).rejects.toMatchObject({
      issues: [{ path: ['indexNumber'], message: 'validation.indexNumberInvalid' }],
    });
    const imported = await save(db, 'b', { publishedDate: '2025-04-02', indexNumber: `${CODE}/2025-00040` });
    expect(imported.record.indexNumber).toBe(`${CODE}/2025-00040`);
    expect((await save(db, 'c', { publishedDate: '2025-04-03' })).record.indexNumber).toBe(
      `${CODE}/2025-00041`,
    );
  });

  it('takes a number by hand only for an item without one, and never a taken one', async () => {
    const db = makeTestDb();
    await setUp(db);
    await save(db, 'a', { publishedDate: '2025-04-01' });
    await db.publications.add({ ...draft('old', '2019-05-01'), publishedDate: '2019-05-06' });
    expect(await setIndexNumberByHand(db, 'old', ` ${CODE}/2025-00001`, testCtx())).toEqual({
      ok: false,
      errors: [{ code: 'duplicate', params: { number: `${CODE}/2025-00001` } }],
    });
    expect(await setIndexNumberByHand(db, 'old', `${CODE}／2019－00007`, testCtx())).toEqual({
      ok: true,
      indexNumber: `${CODE}/2019-00007`,
      followsPattern: true,
    });
    expect(await setIndexNumberByHand(db, 'a', 'X-1', testCtx())).toMatchObject({
      ok: false,
      errors: [{ code: 'alreadyNumbered' }],
    });
    const next = await previewIndexNumber(db, '2019-12-01', '其他');
    expect(next.ok && next.indexNumber).toBe(`${CODE}/2019-00008`);
  });
});
