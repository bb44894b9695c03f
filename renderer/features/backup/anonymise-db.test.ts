import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { ANONYMISED_NAME } from '../../../shared/retention/anonymise';
import type { DeskDb } from '../../db/database';
import { importAll } from '../../db/interchange';
import { saveSettings } from '../../db/repositories/settings';
import { makeTestDb } from '../../db/test-db';
import { applyAnonymisation, countDueForAnonymisation } from './anonymise-db';

let db: DeskDb;
beforeEach(async () => {
  db = makeTestDb();
  await importAll(db, sampleStores()); // 3 requests answered 2024-01-12 … 2024-01-14
  // The office used the app the day before (the clock check needs a recent change).
  await db.audit.add({ ...dayBefore });
});
const dayBefore = {
  at: '2027-02-28T02:00:00.000Z',
  actor: '测试员',
  store: 'calendarOverrides',
  recordId: '2027-02-28',
  action: 'update' as const,
  before: null,
  after: null,
};
afterEach(() => db.close());

const ctx = { actor: '测试员', now: '2027-03-01T02:00:00.000Z', today: '2027-03-01' };

describe('anonymisation in the database', () => {
  const ids = async () => {
    const run = await applyAnonymisation(db, ctx);
    if (!run.ok) throw new Error('refused');
    return run.ids;
  };

  it('opens a read-write transaction only when something is due (issue 17: it runs at every start)', async () => {
    const modes: string[] = [];
    const original = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (...args) => {
      modes.push(String(args[0]));
      return original(...args);
    };
    expect(await ids()).toEqual([]);
    expect(modes).toEqual(['r']);
    modes.length = 0;
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    modes.length = 0;
    expect((await ids()).sort()).toEqual(['r-1', 'r-2', 'r-3']);
    expect(modes.slice(0, 2)).toEqual(['r', 'rw']);
  });

  it('the start’s run leaves a setting changed since the start to the officer (issue 17)', async () => {
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    // The app started with the setting off; the officer turned it on meanwhile.
    expect(await applyAnonymisation(db, ctx, { ifSettingIs: null })).toEqual({
      ok: true,
      ids: [],
      records: [],
    });
    expect((await db.requests.get('r-1'))?.applicantName).toBe('测试申请人甲');
    // The setting in force at start is applied.
    const run = await applyAnonymisation(db, ctx, { ifSettingIs: 2 });
    expect(run.ok && run.ids.sort()).toEqual(['r-1', 'r-2', 'r-3']);
  });

  it('does nothing while the setting is off', async () => {
    expect(await ids()).toEqual([]);
    expect((await db.requests.get('r-1'))?.applicantName).toBe('测试申请人甲');
  });

  it('anonymises requests closed more than N years ago, scrubs their audit copies and logs it', async () => {
    await saveSettings(db, { anonymiseAfterYears: 4 }, ctx);
    expect(await ids()).toEqual([]); // closed 2024-01: not yet 4 years before 2027-03
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    expect((await ids()).sort()).toEqual(['r-1', 'r-2', 'r-3']);
    const r1 = await db.requests.get('r-1');
    expect(r1).toMatchObject({
      applicantName: ANONYMISED_NAME,
      applicantContact: '',
      anonymisedAt: ctx.now,
      serial: '2024-001',
    });
    const audit = await db.audit.toArray();
    expect(JSON.stringify(audit)).not.toContain('测试申请人甲');
    expect(
      audit
        .filter((e) => e.action === 'anonymise' && e.store === 'requests')
        .map((e) => e.recordId)
        .sort(),
    ).toEqual(['r-1', 'r-2', 'r-3']);
    // Each entry names the audit rows it rewrote (r-1's create row, id 1).
    const r1Entry = audit.find((e) => e.action === 'anonymise' && e.recordId === 'r-1');
    expect(r1Entry?.after).toMatchObject({ afterYears: 2, auditRowsRewritten: [1] });
    // A second run finds nothing more to do.
    expect(await ids()).toEqual([]);
  });

  it('counts beforehand exactly the requests a run would anonymise', async () => {
    expect(await countDueForAnonymisation(db, 4, ctx.today)).toBe(0);
    // 3 requests and the 2 consultations (their askers) of 2024.
    expect(await countDueForAnonymisation(db, 2, ctx.today)).toBe(5);
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    expect(await ids()).toHaveLength(3);
    expect(await countDueForAnonymisation(db, 2, ctx.today)).toBe(0);
  });

  it('scrubs the audit rows of a request purged long ago, setting off, and leaves live ones alone', async () => {
    // r-1's create row holds the name; r-1 is gone (purged by a version that did not scrub).
    await db.requests.delete('r-1');
    const run = await applyAnonymisation(db, ctx);
    expect(run).toMatchObject({ ok: true, ids: [] });
    // The request's audit rows; its letters (if the sample has any) go with it.
    expect(run.ok && run.records.filter((r) => r.store === 'requests')).toEqual([
      { store: 'requests', id: 'r-1', purged: true, auditRowsRewritten: [1] },
    ]);
    expect(JSON.stringify(await db.audit.get(1))).not.toContain('测试申请人甲');
    expect((await db.requests.get('r-2'))?.applicantName).not.toBe(ANONYMISED_NAME);
  });

  it('consultations: only those dated before the cut-off are read as records; every id still counts', async () => {
    // c-1 of 2024 (due after 2 years), c-9 of 2026 (not due); each with an audit row holding the asker.
    await db.consultations.put({ ...(await db.consultations.get('c-1'))!, id: 'c-9', date: '2026-06-01' });
    const auditOf = (recordId: string) => ({
      ...dayBefore,
      store: 'consultations',
      recordId,
      action: 'create' as const,
      after: { asker: '测试咨询人乙' },
    });
    const recent = (await db.audit.add(auditOf('c-9'))) as number;
    const purged = (await db.audit.add(auditOf('c-gone'))) as number;
    const read: string[] = [];
    const reading = (c: { id: string }) => {
      read.push(c.id);
      return c;
    };
    db.consultations.hook('reading', reading);
    try {
      // Setting off: no consultation is read; the audit row of the purged one is scrubbed, the live one's kept.
      const off = await applyAnonymisation(db, ctx);
      expect(read).toEqual([]);
      expect(off.ok && off.records).toEqual([
        { store: 'consultations', id: 'c-gone', purged: true, auditRowsRewritten: [purged] },
      ]);
      expect(JSON.stringify(await db.audit.get(recent))).toContain('测试咨询人乙');
      await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
      const on = await applyAnonymisation(db, ctx);
      expect(
        on.ok &&
          on.records
            .filter((r) => r.store === 'consultations')
            .map((r) => r.id)
            .sort(),
      ).toEqual(['c-1', 'c-2']);
    } finally {
      db.consultations.hook('reading').unsubscribe(reading);
    }
    // Read as records: only the two of 2024 (in the look and again in the read-write run).
    expect([...new Set(read)].sort()).toEqual(['c-1', 'c-2']);
    expect((await db.consultations.get('c-1'))?.asker).not.toBe('测试咨询人乙');
    expect((await db.consultations.get('c-9'))?.asker).toBe('测试咨询人乙');
    expect(JSON.stringify(await db.audit.get(recent))).toContain('测试咨询人乙');
    expect(await countDueForAnonymisation(db, 2, ctx.today)).toBe(0);
  });

  it('refuses (changing nothing) when the clock is earlier than the newest change', async () => {
    await saveSettings(db, { anonymiseAfterYears: 2 }, ctx);
    const early = { ...ctx, now: '2027-02-27T02:00:00.000Z', today: '2027-02-27' };
    expect(await applyAnonymisation(db, early)).toEqual({
      ok: false,
      clock: { problem: 'behind', newestChange: ctx.now },
    });
    const late = { ...ctx, now: '2028-03-02T02:00:00.000Z', today: '2028-03-02' };
    expect(await applyAnonymisation(db, late)).toMatchObject({ ok: false, clock: { problem: 'ahead' } });
    expect((await db.requests.get('r-1'))?.applicantName).toBe('测试申请人甲');
  });
});
