import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../model/settings';
import {
  type AssignResult,
  assignIndexNumber,
  countersWithManualNumber,
  type IndexSettings,
  previewNextIndexNumber,
  validateIndexNumber,
} from './index-numbers';

const CODE = '110000000000FAKE0X';
const profile = { agencyCode: CODE };

function settingsWith(patch: Partial<IndexSettings> = {}): IndexSettings {
  const s = defaultSettings();
  return {
    indexPattern: s.indexPattern,
    indexCounters: {},
    categoryCodes: {},
    categories: s.categories,
    ...patch,
  };
}

function numberOf(r: AssignResult): string {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.errors)}`);
  return r.indexNumber;
}

/** A register in memory: publications (trashed ones stay until purged) + the settings row. */
interface State {
  pubs: {
    id: string;
    indexNumber: string | null;
    publishedDate: string | null;
    category: string;
    deleted: boolean;
  }[];
  settings: IndexSettings;
}

/** The body the db layer runs in one read-write transaction. */
function publish(state: State, id: string, date: string, category = '政策文件'): string {
  const pub = { id, indexNumber: null, publishedDate: date, category, deleted: false };
  const r = assignIndexNumber(
    pub,
    state.pubs.map((p) => p.indexNumber),
    state.settings,
    profile,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  state.pubs.push({ ...pub, indexNumber: r.indexNumber });
  state.settings = { ...state.settings, indexCounters: r.indexCounters };
  return r.indexNumber;
}

describe('assignIndexNumber', () => {
  it('numbers a year from 00001 in publication order', () => {
    const state: State = { pubs: [], settings: settingsWith() };
    expect(publish(state, 'a', '2025-01-06')).toBe(`${CODE}/2025-00001`);
    expect(publish(state, 'b', '2025-01-07')).toBe(`${CODE}/2025-00002`);
    expect(publish(state, 'c', '2025-12-31')).toBe(`${CODE}/2025-00003`);
  });

  it('restarts the serial each year, and a late item of last year continues last year', () => {
    const state: State = { pubs: [], settings: settingsWith() };
    publish(state, 'a', '2025-11-03');
    publish(state, 'b', '2025-12-30');
    expect(publish(state, 'c', '2026-01-04')).toBe(`${CODE}/2026-00001`);
    expect(publish(state, 'd', '2025-12-31')).toBe(`${CODE}/2025-00003`);
    expect(publish(state, 'e', '2026-01-05')).toBe(`${CODE}/2026-00002`);
  });

  it('keeps a number through edits: new title, new category, even a corrected date', () => {
    const state: State = { pubs: [], settings: settingsWith() };
    const n = publish(state, 'a', '2025-03-03');
    publish(state, 'b', '2025-03-04');
    const edited = { indexNumber: n, publishedDate: '2026-02-02', category: '通知公告' };
    const r = assignIndexNumber(
      edited,
      state.pubs.map((p) => p.indexNumber),
      state.settings,
      profile,
    );
    expect(r).toMatchObject({ ok: true, indexNumber: `${CODE}/2025-00001`, assigned: false });
    expect(r.ok && r.indexCounters).toEqual(state.settings.indexCounters);
  });

  it('never reuses the number of a trashed item, nor of a purged one', () => {
    const state: State = { pubs: [], settings: settingsWith() };
    publish(state, 'a', '2025-03-03');
    publish(state, 'b', '2025-03-04');
    publish(state, 'c', '2025-03-05');
    // In the trash: still in the store, so its number is seen.
    const c = state.pubs.find((p) => p.id === 'c');
    if (c) c.deleted = true;
    expect(
      previewNextIndexNumber(
        '2025-03-06',
        '其他',
        state.pubs.map((p) => p.indexNumber),
        state.settings,
        profile,
      ),
    ).toMatchObject({
      indexNumber: `${CODE}/2025-00004`,
    });
    // Purged 30 days later: gone from the store; the counter remembers it.
    state.pubs = state.pubs.filter((p) => p.id !== 'c');
    expect(publish(state, 'd', '2025-04-07')).toBe(`${CODE}/2025-00004`);
  });

  it('still skips a trashed number when the counters were lost (restored from an old export)', () => {
    const state: State = { pubs: [], settings: settingsWith() };
    publish(state, 'a', '2025-03-03');
    publish(state, 'b', '2025-03-04');
    state.settings = { ...state.settings, indexCounters: {} };
    expect(publish(state, 'c', '2025-03-05')).toBe(`${CODE}/2025-00003`);
  });

  it('two tabs with the same starting state compute the same number: the write must be one transaction', async () => {
    const shared: State = { pubs: [], settings: settingsWith() };
    publish(shared, 'a', '2025-05-06');
    // Without a transaction: both tabs read, then both write.
    const readA = structuredClone(shared);
    const readB = structuredClone(shared);
    const fromA = numberOf(
      assignIndexNumber(
        { indexNumber: null, publishedDate: '2025-05-07', category: '其他' },
        readA.pubs.map((p) => p.indexNumber),
        readA.settings,
        profile,
      ),
    );
    const fromB = numberOf(
      assignIndexNumber(
        { indexNumber: null, publishedDate: '2025-05-07', category: '其他' },
        readB.pubs.map((p) => p.indexNumber),
        readB.settings,
        profile,
      ),
    );
    expect(fromA).toBe(fromB);
    // The duplicate check the db layer runs before writing refuses the second.
    shared.pubs.push({
      id: 'b',
      indexNumber: fromA,
      publishedDate: '2025-05-07',
      category: '其他',
      deleted: false,
    });
    expect(
      validateIndexNumber(
        fromB,
        shared.pubs.map((p) => p.indexNumber),
        shared.settings,
        profile,
      ).errors,
    ).toEqual([{ code: 'duplicate', params: { number: fromB } }]);

    // With a transaction (read-assign-write runs whole, one tab after the other): distinct numbers.
    const state: State = { pubs: [], settings: settingsWith() };
    let queue = Promise.resolve();
    const transaction = <T>(body: () => T) => {
      const run = queue.then(body);
      queue = run.then(() => undefined);
      return run;
    };
    const numbers = await Promise.all(
      ['tab1', 'tab2', 'tab1', 'tab2'].map((tab, i) =>
        transaction(() => publish(state, `${tab}-${i}`, '2025-05-07')),
      ),
    );
    expect(new Set(numbers).size).toBe(4);
    expect(numbers.sort()).toEqual([1, 2, 3, 4].map((s) => `${CODE}/2025-0000${s}`));
  });

  it('gives every publication a distinct number whatever the order of publishing, trashing and purging', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('publish' as const),
        date: fc.constantFrom('2024-12-31', '2025-01-01', '2025-06-15', '2026-01-01'),
      }),
      fc.record({ kind: fc.constant('purge' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const state: State = {
          pubs: [],
          settings: settingsWith({ indexPattern: '{前段码}/{年份}-{3位流水号}' }),
        };
        const everIssued: string[] = [];
        ops.forEach((o, i) => {
          if (o.kind === 'publish') everIssued.push(publish(state, `p${i}`, o.date));
          else if (state.pubs.length > 0) state.pubs.splice(o.pick % state.pubs.length, 1);
        });
        expect(new Set(everIssued).size).toBe(everIssued.length);
        for (const year of ['2024', '2025', '2026']) {
          const serials = everIssued.filter((n) => n.includes(`/${year}-`)).map((n) => Number(n.slice(-3)));
          expect(serials).toEqual(serials.map((_, k) => k + 1));
        }
      }),
    );
  });

  it('fills {分类码} from the category code, else the list position, with a serial per category', () => {
    const settings = settingsWith({
      indexPattern: '{前段码}/{分类码}-{年份}{月份}-{4位流水号}',
      categories: ['机构职能', '政策文件', '通知公告'],
      categoryCodes: { 通知公告: 'TZ' },
    });
    const state: State = { pubs: [], settings };
    expect(publish(state, 'a', '2025-03-03', '政策文件')).toBe(`${CODE}/02-202503-0001`);
    expect(publish(state, 'b', '2025-04-01', '政策文件')).toBe(`${CODE}/02-202504-0002`);
    expect(publish(state, 'c', '2025-04-02', '通知公告')).toBe(`${CODE}/TZ-202504-0001`);
    const r = assignIndexNumber(
      { indexNumber: null, publishedDate: '2025-04-02', category: '不在列表' },
      [],
      settings,
      profile,
    );
    expect(r).toEqual({ ok: false, errors: [{ code: 'noCategoryCode', params: { category: '不在列表' } }] });
  });

  it('continues after a hand-entered number that follows the pattern, and steps past a case-only clash', () => {
    const settings = settingsWith({ indexPattern: '{年份}{月份}-{3位流水号}' });
    const existing = ['202503-007', '202504-008'];
    const next = assignIndexNumber(
      { indexNumber: null, publishedDate: '2025-04-10', category: '其他' },
      existing,
      settings,
      profile,
    );
    expect(next).toMatchObject({ ok: true, indexNumber: '202504-009', indexCounters: { '2025{月}-{#}': 9 } });
    // 'A001' typed by hand reads as category A, not a: a different scope, but the same number to a reader.
    const lower = settingsWith({ indexPattern: '{分类码}{3位流水号}', categoryCodes: { 其他: 'a' } });
    const stepped = assignIndexNumber(
      { indexNumber: null, publishedDate: '2025-04-10', category: '其他' },
      ['A001'],
      lower,
      profile,
    );
    expect(numberOf(stepped)).toBe('a002');
  });

  it.each([
    [{ indexNumber: null, publishedDate: null, category: '其他' }, profile, {}, 'notPublished'],
    [{ indexNumber: null, publishedDate: '2025-02-30', category: '其他' }, profile, {}, 'notPublished'],
    [
      { indexNumber: null, publishedDate: '2025-02-03', category: '其他' },
      { agencyCode: '' },
      {},
      'noAgencyCode',
    ],
    [
      { indexNumber: null, publishedDate: '2025-02-03', category: '其他' },
      profile,
      { indexPattern: '{前段码}/{年份}' },
      'noSerial',
    ],
  ])('refuses %j with %s', (pub, prof, patch, code) => {
    const r = assignIndexNumber(pub, [], settingsWith(patch), prof);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual([code]);
  });

  it('says when a year has used up its serials instead of issuing a longer number', () => {
    const settings = settingsWith({ indexPattern: '{年份}-{3位流水号}', indexCounters: { '2025-{#}': 999 } });
    const r = assignIndexNumber(
      { indexNumber: null, publishedDate: '2025-09-01', category: '其他' },
      [],
      settings,
      profile,
    );
    expect(r).toEqual({ ok: false, errors: [{ code: 'serialExhausted', params: { width: 3 } }] });
  });
});

describe('validateIndexNumber (hand-entered or imported numbers)', () => {
  const settings = settingsWith();
  const others = [`${CODE}/2025-00001`, null, `${CODE}/2025-00002`];

  it('accepts a free number that follows the pattern', () => {
    expect(validateIndexNumber(`${CODE}/2025-00003`, others, settings, profile)).toEqual({
      value: `${CODE}/2025-00003`,
      errors: [],
      followsPattern: true,
    });
  });

  it('accepts an older local number, flagged as not following the pattern', () => {
    const r = validateIndexNumber('XZ-2019-017', others, settings, profile);
    expect(r.errors).toEqual([]);
    expect(r.followsPattern).toBe(false);
  });

  it('refuses a duplicate, also when typed full-width or in lower case', () => {
    for (const typed of [`${CODE}/2025-00002`, `１１0000000000fake0x／2025－00002`, ` ${CODE}/2025-00002 `]) {
      expect(validateIndexNumber(typed, others, settings, profile).errors.map((e) => e.code)).toEqual([
        'duplicate',
      ]);
    }
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['A'.repeat(101), 'numberTooLong'],
    [`${CODE}/2025 00003`, 'numberWhitespace'],
    [`${CODE}/{年份}-00003`, 'numberBadCharacters'],
    [`${CODE}/2025-\u000700003`, 'numberBadCharacters'],
  ])('refuses %j with %s', (input, code) => {
    expect(validateIndexNumber(input, others, settings, profile).errors.map((e) => e.code)).toContain(code);
  });

  it('raises the counter for a hand-entered number so a later deletion leaves a gap', () => {
    const counters = countersWithManualNumber(`${CODE}/2025-00040`, settings, profile);
    expect(counters).toEqual({ [`${CODE}/2025-{#}`]: 40 });
    const next = assignIndexNumber(
      { indexNumber: null, publishedDate: '2025-10-10', category: '其他' },
      [],
      { ...settings, indexCounters: counters },
      profile,
    );
    expect(numberOf(next)).toBe(`${CODE}/2025-00041`);
    expect(countersWithManualNumber('XZ-2019-017', settings, profile)).toEqual({});
  });
});
