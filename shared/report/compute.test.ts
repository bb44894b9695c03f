import { describe, expect, it } from 'vitest';
import { addDays } from '../model/dates';
import { computeAnnualReport, NoReportFormatError } from './compute';
import { FORMAT_2021 } from './format-2021';
import type { ReportModel } from './model';
import { SAMPLE_PROFILE, SAMPLE_YEAR, sampleYearStores } from './testing/sample-year';

const COLS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];

/** 表三 of the sample year, worked out by hand (docs/report-numbers.md). Omitted rows are all 0. */
const TABLE3: Record<string, number[]> = {
  received: [5, 2, 1, 1, 1, 1, 11],
  carriedIn: [2, 1, 0, 0, 0, 0, 3],
  disclose: [3, 0, 0, 0, 0, 0, 3],
  partial: [1, 0, 0, 0, 0, 0, 1],
  'withhold.thirdParty': [0, 1, 0, 0, 0, 0, 1],
  'withhold.process': [0, 0, 1, 0, 0, 0, 1],
  'unable.notHeld': [0, 1, 0, 0, 0, 0, 1],
  'unable.needsCreation': [0, 0, 0, 0, 1, 0, 1],
  'unable.stillUnclear': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.petition': [0, 0, 0, 1, 0, 0, 1],
  'other.noCorrection': [1, 0, 0, 0, 0, 0, 1],
  'other.feeUnpaid': [0, 0, 0, 0, 0, 1, 1],
  resultsTotal: [6, 2, 1, 1, 1, 1, 12],
  carriedOut: [1, 1, 0, 0, 0, 0, 2],
};

const t3Rows = [
  'received',
  'carriedIn',
  ...FORMAT_2021.table3.groups.flatMap((g) => (g.items.length ? g.items.map((i) => i.id) : [g.id])),
  'resultsTotal',
  'carriedOut',
];

const text = (m: ReportModel, key: string) => {
  const cell = m.cells[key];
  if (!cell) throw new Error(`no cell ${key}`);
  return cell.text;
};

describe('computeAnnualReport on the hand-built 2025', () => {
  const model = computeAnnualReport(sampleYearStores(), SAMPLE_YEAR, SAMPLE_PROFILE);

  it('fills 表二 from the publications register and the year figures', () => {
    expect(text(model, 't2:rule:issued')).toBe('1');
    expect(text(model, 't2:rule:abolished')).toBe('0');
    expect(text(model, 't2:rule:valid')).toBe('2');
    expect(text(model, 't2:normative:issued')).toBe('2');
    expect(text(model, 't2:normative:abolished')).toBe('1');
    expect(text(model, 't2:normative:valid')).toBe('3');
    expect(text(model, 't2:licensing:count')).toBe('12');
    expect(text(model, 't2:penalty:count')).toBe('3');
    expect(text(model, 't2:enforcement:count')).toBe('0');
    // 1,005,000 分 = 1.005 万元 → 1.01 (Number.toFixed would give 1.00).
    expect(text(model, 't2:fees:amount')).toBe('1.01');
    expect(model.cells['t2:normative:valid']?.ids.sort()).toEqual(['norm-2', 'norm-3', 'norm-4']);
  });

  it('fills every cell of 表三, zero printed as 0', () => {
    for (const row of t3Rows) {
      const expected = TABLE3[row] ?? [0, 0, 0, 0, 0, 0, 0];
      const got = COLS.map((c) => text(model, `t3:${row}:${c}`));
      expect({ row, got }).toEqual({ row, got: expected.map(String) });
    }
  });

  it('keeps the records behind each 表三 cell', () => {
    expect(model.cells['t3:carriedIn:natural']?.ids.sort()).toEqual(['2024-010', '2024-011']);
    expect(model.cells['t3:carriedOut:total']?.ids.sort()).toEqual(['2025-009', '2025-010']);
    expect(model.cells['t3:partial:natural']?.ids).toEqual(['2025-002']);
    expect(model.cells['t3:other.feeUnpaid:total']?.ids).toEqual(['2025-006']);
    // The deleted 2025-011 (重复申请) is ignored everywhere.
    expect(Object.values(model.cells).some((c) => c.ids.includes('2025-011'))).toBe(false);
  });

  it('fills 表四 by kind and result as of 31 December', () => {
    const row = (kind: string) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((r) => text(model, `t4:${kind}:${r}`));
    expect(row('review')).toEqual(['2', '0', '0', '2', '4']);
    expect(row('suitDirect')).toEqual(['0', '0', '1', '0', '1']);
    expect(row('suitAfterReview')).toEqual(['1', '0', '0', '0', '1']);
    expect(model.cells['t4:review:pending']?.ids.sort()).toEqual(['A2', 'A3']);
  });

  it('counts as reviewed only items whose whole review chain passed on or before publication', () => {
    const stores = sampleYearStores();
    const reviewed = stores.publications.filter((p) => model.cells['pub:reviewed']?.ids.includes(p.id));
    expect(reviewed).toHaveLength(5);
    const [pending, late] = reviewed;
    if (!pending || !late?.publishedDate) throw new Error('sample');
    // 保密审查 still 待审 when published (issue 13 item 10).
    pending.review.secrecyReview = { ...pending.review.secrecyReview, result: 'pending', date: null };
    // 领导审签 dated the day after publication: not "审签后发布".
    late.review.leaderSignoff = { ...late.review.leaderSignoff, date: addDays(late.publishedDate, 1) };
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    expect(text(m, 'pub:reviewed')).toBe('3');
    expect(m.cells['pub:reviewed']?.ids).not.toContain(pending.id);
    expect(m.cells['pub:reviewed']?.ids).not.toContain(late.id);
  });

  it('computes the prose figures', () => {
    expect(text(model, 'pub:total')).toBe('6');
    expect(text(model, 'pub:category:工作动态')).toBe('2');
    expect(text(model, 'pub:category:政策文件')).toBe('3');
    expect(text(model, 'pub:channel:website')).toBe('5');
    expect(text(model, 'pub:channel:board')).toBe('2');
    expect(text(model, 'pub:reviewed')).toBe('5');
    expect(text(model, 'cons:total')).toBe('6');
    expect(text(model, 'cons:channel:phone')).toBe('3');
    expect(text(model, 'cons:channel:letter')).toBe('0');
    expect(text(model, 'req:group:unable')).toBe('3');
    expect(text(model, 'appeal:suitTotal')).toBe('2');
    expect(text(model, 'fee:count')).toBe('1');
    expect(text(model, 'fee:amount')).toBe('100.00');
    expect(text(model, 'fee:sentence')).toContain('收取信息处理费，共计100.00元');
  });

  it('raises no check on a consistent year whose 上年结转 matches last year’s report', () => {
    expect(model.checks).toEqual([]);
  });
});

describe('checks on bad data', () => {
  const ids = (m: ReportModel, id: string) =>
    m.checks
      .find((c) => c.id === id)
      ?.ids.slice()
      .sort();

  it('flags 表二 figures not entered, but accepts an explicit 0', () => {
    const stores = sampleYearStores();
    stores.yearFigures = [
      { year: 2025, licensing: null, penalty: 0, enforcement: 0, feesFen: null, updatedAt: '' },
    ];
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    expect(m.checks.map((c) => c.id).sort()).toEqual(['figureMissing:fees', 'figureMissing:licensing']);
    expect(m.checks[0]?.severity).toBe('error');
    expect(m.cells['t2:licensing:count']?.value).toBeNull();
    expect(m.cells['t2:penalty:count']?.text).toBe('0');
  });

  it('flags 上年结转 that differs from last year’s finalised 结转 and names the records', () => {
    const stores = sampleYearStores();
    // Someone back-dated the answer of 2024-011 into 2024 after last year's report was published.
    const r = stores.requests.find((x) => x.id === '2024-011');
    const answer = r?.events.find((e) => e.type === 'answered');
    if (!answer) throw new Error('fixture');
    answer.date = '2024-12-30';
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    expect(m.checks.map((c) => c.id).sort()).toEqual([
      'carriedInMismatch:natural',
      'carriedInMismatch:total',
    ]);
    const check = m.checks.find((c) => c.id === 'carriedInMismatch:natural');
    expect(check?.params).toMatchObject({ computed: 1, published: 2, lastYear: 2024, column: '自然人' });
    expect(check?.ids).toEqual(['2024-011']);
  });

  it('flags an answer without a known outcome: sub-rows no longer reach （七）总计', () => {
    const stores = sampleYearStores();
    const answer = stores.requests.find((x) => x.id === '2025-001')?.events[0];
    if (answer?.type !== 'answered') throw new Error('fixture');
    (answer as { outcome: string }).outcome = 'withhold.unknown2019';
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    expect(ids(m, 'answerWithoutOutcome')).toEqual(['2025-001']);
    expect(ids(m, 'resultsSum:natural')).toEqual(['2025-001']);
    expect(ids(m, 'resultsSum:total')).toEqual(['2025-001']);
    expect(m.cells['t3:resultsTotal:total']?.text).toBe('12');
  });

  it('flags a request whose applicant type fits no column: columns no longer sum to 总计', () => {
    const stores = sampleYearStores();
    const r = stores.requests.find((x) => x.id === '2025-009');
    if (!r) throw new Error('fixture');
    (r as { applicantType: string }).applicantType = 'government';
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    expect(ids(m, 'columnsSum:received')).toEqual(['2025-009']);
    expect(ids(m, 'columnsSum:carriedOut')).toEqual(['2025-009']);
    expect(m.checks.find((c) => c.id === 'columnsSum:received')?.params).toMatchObject({
      sum: 10,
      total: 11,
    });
  });

  it('flags a broken 勾稽 identity caused by an answer dated before receipt', () => {
    const stores = sampleYearStores();
    const r = stores.requests.find((x) => x.id === '2025-001');
    if (!r) throw new Error('fixture');
    r.receivedDate = '2026-02-01';
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    expect(ids(m, 'answerBeforeReceipt')).toEqual(['2025-001']);
    expect(ids(m, 'identity:natural')).toEqual(['2025-001']);
    expect(m.checks.find((c) => c.id === 'identity:natural')?.params).toMatchObject({ left: 6, right: 7 });
  });

  it('flags appeals linked to a request that is missing or in the trash', () => {
    const stores = sampleYearStores();
    const a = stores.appeals.find((x) => x.id === 'A7');
    if (!a) throw new Error('fixture');
    a.requestId = '2025-011';
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    expect(ids(m, 'appealRequestMissing')).toEqual(['A7']);
  });

  it('warns about carried-over requests whose 补正 or fee deadline lapsed without an outcome', () => {
    const stores = sampleYearStores();
    const r = stores.requests.find((x) => x.id === '2025-009');
    if (!r) throw new Error('fixture');
    r.events = [
      {
        id: 'x1',
        type: 'feeNotice',
        date: '2025-12-21',
        note: '',
        method: 'perPage',
        amountFen: 500,
        payBy: '2025-12-30',
      },
    ];
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    expect(ids(m, 'feeLapsed')).toEqual(['2025-009']);
    expect(m.checks.find((c) => c.id === 'feeLapsed')?.severity).toBe('warning');
  });

  it('refuses a year without a report format', () => {
    expect(() => computeAnnualReport(sampleYearStores(), 2019, SAMPLE_PROFILE)).toThrow(NoReportFormatError);
  });
});
