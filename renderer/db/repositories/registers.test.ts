import { describe, expect, it } from 'vitest';
import { exportAll, importAll } from '../interchange';
import { makeTestDb, testCtx } from '../test-db';
import { ValidationError } from './errors';
import {
  createRecord,
  deleteRecord,
  listLive,
  listTrash,
  nextRequestSerial,
  purgeExpiredTrash,
  restoreRecord,
  updateRecord,
} from './registers';

const request = (serial: string) => ({
  serial,
  applicantType: 'natural',
  applicantName: '测试申请人甲',
  applicantContact: '13800000000',
  channel: 'inPerson',
  submittedDate: '2025-03-03',
  receivedDate: '2025-03-03',
  content: '某某项目环评批复文件',
});

describe('register repositories', () => {
  it('creates, updates and audits a publication', async () => {
    const db = makeTestDb();
    const p = await createRecord(
      db,
      'publications',
      { title: '关于测试的通知', formedDate: '2025-03-01', category: '通知公告' },
      testCtx(),
    );
    expect(p.channels).toEqual([]);
    expect(p.validity).toBe('valid');
    await updateRecord(
      db,
      'publications',
      p.id,
      { ...p, title: '关于测试的通知（修订）' },
      testCtx('2025-06-02T00:00:00.000Z'),
    );
    const stored = await db.publications.get(p.id);
    expect(stored?.title).toBe('关于测试的通知（修订）');
    expect(stored?.createdAt).toBe('2025-06-01T02:00:00.000Z');
    const audit = await db.audit.where('recordId').equals(p.id).toArray();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect((audit[1]?.before as { title: string } | undefined)?.title).toBe('关于测试的通知');
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const db = makeTestDb();
    const bad = { ...request('2025-001'), receivedDate: '2025-03-01' };
    await expect(createRecord(db, 'requests', bad, testCtx())).rejects.toMatchObject({
      issues: [{ path: ['receivedDate'], message: 'validation.receivedBeforeSubmitted' }],
    });
    await expect(
      createRecord(db, 'publications', { title: 'x', formedDate: '2025-02-30', category: '其他' }, testCtx()),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createRecord(
        db,
        'publications',
        { title: 'x'.repeat(301), formedDate: '2025-02-03', category: '其他', abolishedDate: '2025-05-01' },
        testCtx(),
      ),
    ).rejects.toMatchObject({
      issues: expect.arrayContaining([
        { path: ['title'], message: 'validation.tooLong:300' },
        { path: ['abolishedDate'], message: 'validation.abolishedOnOrdinary' },
      ]),
    });
    expect(await db.requests.count()).toBe(0);
    expect(await db.publications.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a duplicate serial, trash included', async () => {
    const db = makeTestDb();
    const first = await createRecord(db, 'requests', request('2025-001'), testCtx());
    await deleteRecord(db, 'requests', first.id, testCtx());
    await expect(createRecord(db, 'requests', request('2025-001'), testCtx())).rejects.toMatchObject({
      issues: [{ path: ['serial'], message: 'validation.duplicateSerial' }],
    });
    expect(await nextRequestSerial(db, 2025)).toBe('2025-002');
    expect(await nextRequestSerial(db, 2026)).toBe('2026-001');
  });

  it('moves records to the trash, restores them, and purges after 30 days', async () => {
    const db = makeTestDb();
    const c = await createRecord(
      db,
      'consultations',
      { date: '2025-05-05', channel: 'phone', topic: '咨询申请流程' },
      testCtx(),
    );
    await deleteRecord(db, 'consultations', c.id, testCtx('2025-06-01T00:00:00.000Z'));
    expect(await listLive(db, 'consultations')).toHaveLength(0);
    expect((await listTrash(db)).map((t) => t.record.id)).toEqual([c.id]);
    await restoreRecord(db, 'consultations', c.id, testCtx('2025-06-02T00:00:00.000Z'));
    expect(await listLive(db, 'consultations')).toHaveLength(1);
    await deleteRecord(db, 'consultations', c.id, testCtx('2025-06-03T00:00:00.000Z'));
    expect(await purgeExpiredTrash(db, testCtx('2025-07-02T00:00:00.000Z'))).toBe(0);
    expect(await purgeExpiredTrash(db, testCtx('2025-07-03T00:00:01.000Z'))).toBe(1);
    expect(await db.consultations.count()).toBe(0);
  });

  it('refuses an appeal about a request that does not exist', async () => {
    const db = makeTestDb();
    await expect(
      createRecord(db, 'appeals', { kind: 'review', requestId: 'nope', filedDate: '2025-04-01' }, testCtx()),
    ).rejects.toMatchObject({ issues: [{ path: ['requestId'], message: 'validation.requestNotFound' }] });
  });

  it('refuses an appeal filed before its request was received; the same day is allowed', async () => {
    const db = makeTestDb();
    const r = await createRecord(db, 'requests', request('2025-001'), testCtx());
    const filed = (filedDate: string) =>
      createRecord(db, 'appeals', { kind: 'review', requestId: r.id, filedDate }, testCtx());
    const day = (iso: string, n: number) =>
      new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    await expect(filed(day(r.receivedDate, -1))).rejects.toMatchObject({
      issues: [{ path: ['filedDate'], message: 'validation.filedBeforeRequest' }],
    });
    await expect(filed(r.receivedDate)).resolves.toMatchObject({ requestId: r.id });
  });

  it('exports every store and imports it back into an empty database', async () => {
    const db = makeTestDb();
    const r = await createRecord(db, 'requests', request('2025-001'), testCtx());
    await createRecord(
      db,
      'appeals',
      { kind: 'review', requestId: r.id, filedDate: '2025-04-01' },
      testCtx(),
    );
    await db.calendarOverrides.put({ date: '2027-01-01', kind: 'holiday', note: '元旦' });
    const doc = await exportAll(db, { appVersion: '0.1.0', exportedAt: '2025-06-01T00:00:00.000Z' });
    expect(doc.stores.requests).toHaveLength(1);
    expect(doc.stores.audit).toHaveLength(2);
    const other = makeTestDb();
    const counts = await importAll(other, JSON.parse(JSON.stringify(doc.stores)));
    expect(counts.requests).toBe(1);
    const again = await exportAll(other, { appVersion: '0.1.0', exportedAt: '2025-06-01T00:00:00.000Z' });
    expect(again.stores).toEqual(doc.stores);
  });

  it('leaves the database as it was when an import fails half-way', async () => {
    const db = makeTestDb();
    await createRecord(db, 'requests', request('2025-001'), testCtx());
    const doc = await exportAll(db, { appVersion: '0.1.0', exportedAt: 'x' });
    const dup = doc.stores.requests[0]!;
    // Two requests with the same serial violate the unique index: the transaction must roll back.
    const broken = { ...doc.stores, publications: [], requests: [dup, { ...dup, id: 'other' }] };
    await expect(importAll(db, broken)).rejects.toThrow();
    expect(await db.requests.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });
});

describe('workflow rules under every save', () => {
  it('refuses an extension approved after the unextended due date, and stores nothing', async () => {
    const db = makeTestDb();
    const input = {
      ...request('2025-009'),
      submittedDate: '2025-09-25',
      receivedDate: '2025-09-25',
      events: [
        // 20 working days after 2025-09-25 is 2025-10-29: an extension approved on 11-05 is too late.
        {
          id: 'e1',
          type: 'extension',
          date: '2025-11-05',
          workingDays: 10,
          approver: '办公室主任',
          noticeDate: '2025-11-05',
        },
      ],
    };
    await expect(createRecord(db, 'requests', input, testCtx())).rejects.toMatchObject({
      issues: expect.arrayContaining([
        { path: ['events', 0, 'date'], message: 'clock:workflow.extensionAfterDue' },
      ]),
    });
    expect(await db.requests.count()).toBe(0);
    const ok = { ...input, events: [{ ...input.events[0], date: '2025-10-28', noticeDate: '2025-10-28' }] };
    await expect(createRecord(db, 'requests', ok, testCtx())).resolves.toMatchObject({ serial: '2025-009' });
  });

  it('stores a timeline in date order whatever order it was entered in', async () => {
    const db = makeTestDb();
    const r = await createRecord(
      db,
      'requests',
      {
        ...request('2025-010'),
        events: [
          { id: 'a', type: 'answered', date: '2025-03-20', outcome: 'disclose' },
          { id: 'c', type: 'correctionAsked', date: '2025-03-05' },
          { id: 'd', type: 'correctionReceived', date: '2025-03-10' },
        ],
      },
      testCtx(),
    );
    expect(r.events.map((e) => e.id)).toEqual(['c', 'd', 'a']);
  });
});
