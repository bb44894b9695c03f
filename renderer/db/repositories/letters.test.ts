import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar';
import { draftLetter } from '../../../shared/letters';
import { defaultSettings } from '../../../shared/model';
import { exportAll, importAll } from '../interchange';
import { makeTestDb, testCtx } from '../test-db';
import {
  createDraft,
  issueLetter,
  LetterFrozenError,
  letterRegisterData,
  lettersOfYear,
  updateDraft,
} from './letters';
import { ValidationError } from './errors';
import { createRecord, updateRecord } from './registers';
import { saveSettings } from './settings';

const calendar = buildCalendar();

async function setup() {
  const db = makeTestDb();
  const ctx = testCtx();
  await saveSettings(
    db,
    { profile: { ...defaultSettings().profile, agencyName: '某县教育局', parentAgency: '某县人民政府' } },
    ctx,
  );
  const request = await createRecord(
    db,
    'requests',
    {
      serial: '2025-003',
      applicantType: 'natural',
      applicantName: '张三',
      channel: 'inPerson',
      submittedDate: '2025-03-03',
      receivedDate: '2025-03-03',
      content: '测试内容',
    },
    ctx,
  );
  const settings = {
    ...defaultSettings(),
    profile: { ...defaultSettings().profile, agencyName: '某县教育局', parentAgency: '某县人民政府' },
  };
  const draft = (type: 'correction' | 'answer', facts = {}) =>
    draftLetter({ type, request, settings, today: '2025-03-05', calendar, facts });
  return { db, ctx, request, draft };
}

describe('letters repository', () => {
  it('issuing takes the 文号, freezes the letter and adds the timeline event in one step', async () => {
    const { db, ctx, request, draft } = await setup();
    const d = draft('correction');
    const l = await createDraft(db, request.id, d, ctx);
    const paragraphs = l.paragraphs.map((p) => p.replace(/【请填写：[^】]*】/g, '申请获取信息的具体名称'));
    await updateDraft(db, l.id, { paragraphs }, ctx);
    const out = await issueLetter(
      db,
      l.id,
      { issuedDate: '2025-03-05', delivery: { method: 'inPerson', date: '2025-03-05' } },
      { ...ctx, today: '2025-03-05' },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.letter.number).toBe('补〔2025〕1号');
    const stored = await db.requests.get(request.id);
    expect(stored?.events).toMatchObject([
      { type: 'correctionAsked', date: '2025-03-05', dueBy: '2025-03-26' },
    ]);
    expect(out.letter.eventId).toBe(stored?.events[0]?.id);
    await expect(updateDraft(db, l.id, { paragraphs: ['改'] }, ctx)).rejects.toBeInstanceOf(
      LetterFrozenError,
    );
    expect((await lettersOfYear(db, 2025)).map((x) => x.number)).toEqual(['补〔2025〕1号']);
  });

  it('a refused issue changes nothing: no number, no event, no counter', async () => {
    const { db, ctx, request, draft } = await setup();
    const l = await createDraft(db, request.id, draft('correction'), ctx);
    const out = await issueLetter(
      db,
      l.id,
      { issuedDate: '2025-03-05', delivery: { method: 'inPerson', date: '2025-03-05' } },
      { ...ctx, today: '2025-03-05' },
    );
    expect(out.ok ? [] : out.errors.map((e) => e.code)).toEqual(['blanks']);
    expect((await db.letters.get(l.id))?.status).toBe('draft');
    expect((await db.requests.get(request.id))?.events).toEqual([]);
    expect((await db.settings.get('app'))?.value.letterCounters).toEqual({});
  });

  it('issued texts survive an export and import unchanged', async () => {
    const { db, ctx, request, draft } = await setup();
    const l = await createDraft(db, request.id, draft('answer', { outcome: 'unable.notHeld' }), ctx);
    const out = await issueLetter(
      db,
      l.id,
      { issuedDate: '2025-03-10', delivery: { method: 'email', date: '2025-03-10' } },
      { ...ctx, today: '2025-03-10' },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.letter.number).toBe('答〔2025〕1号');
    const doc = await exportAll(db, { appVersion: 't', exportedAt: ctx.now });
    const other = makeTestDb();
    await importAll(other, doc.stores);
    expect(await other.letters.get(l.id)).toEqual(await db.letters.get(l.id));
  });

  it('the request form cannot change or remove the step an issued letter stands for; the note stays free', async () => {
    const { db, ctx, request, draft } = await setup();
    const l = await createDraft(db, request.id, draft('answer', { outcome: 'unable.notHeld' }), ctx);
    const out = await issueLetter(
      db,
      l.id,
      { issuedDate: '2025-03-10', delivery: { method: 'email', date: '2025-03-10' } },
      { ...ctx, today: '2025-03-10' },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const stored = await db.requests.get(request.id);
    if (!stored) throw new Error('no request');
    const [answer] = stored.events;
    const save = (events: unknown[]) => updateRecord(db, 'requests', request.id, { ...stored, events }, ctx);
    const refused = async (events: unknown[]) => {
      const e = await save(events).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).issues;
    };
    expect(await refused([{ ...answer, outcome: 'disclose' }])).toEqual([
      { path: ['events', 0, 'date'], message: 'validation.eventHasLetter:答〔2025〕1号' },
    ]);
    expect(await refused([])).toEqual([
      { path: ['events'], message: 'validation.eventWithLetterRemoved:答〔2025〕1号' },
    ]);
    expect((await db.requests.get(request.id))?.events).toEqual(stored.events);
    await save([{ ...answer, note: '已电话告知' }]);
    expect((await db.requests.get(request.id))?.events[0]).toMatchObject({ note: '已电话告知' });
  });

  it('the register of a year finds each letter’s request, the year’s by range and older ones by key', async () => {
    const { db, ctx, request, draft } = await setup();
    const old = await createRecord(
      db,
      'requests',
      {
        serial: '2020-001',
        applicantType: 'natural',
        applicantName: '李四',
        channel: 'inPerson',
        submittedDate: '2020-05-06',
        receivedDate: '2020-05-06',
        content: '测试内容',
      },
      ctx,
    );
    const base = await createDraft(db, request.id, draft('answer', { outcome: 'unable.notHeld' }), ctx);
    await db.letters.bulkPut([
      { ...base, status: 'issued', number: '答〔2025〕1号', issuedDate: '2025-03-10' },
      {
        ...base,
        id: 'old',
        requestId: old.id,
        status: 'issued',
        number: '答〔2025〕2号',
        issuedDate: '2025-04-01',
      },
      { ...base, id: 'other-year', status: 'issued', number: '答〔2024〕9号', issuedDate: '2024-12-30' },
    ]);
    const { letters, requests } = await letterRegisterData(db, 2025);
    expect(letters.map((l) => l.number).sort()).toEqual(['答〔2025〕1号', '答〔2025〕2号']);
    expect(requests.map((r) => r.serial).sort()).toEqual(['2020-001', '2025-003']);
  });
});
