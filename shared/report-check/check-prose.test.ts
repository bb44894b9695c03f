import { describe, expect, it } from 'vitest';
import { checkReport } from './check';
import { proseChecks, proseNumbers } from './check-prose';
import { extractFromText } from './extract';
import { emptySections, type ParsedReport } from './model';
import { similarityPercent } from './similarity';

/** A report with 表三/表四 totals only, to hold prose against. */
function withTables(t3: Record<string, number>, t4: Record<string, number>, overview: string): ParsedReport {
  return {
    body: '测试县示例局',
    year: 2023,
    format: '2021',
    title: '',
    tables: {
      table2: {},
      table3: Object.fromEntries(Object.entries(t3).map(([row, total]) => [row, { total }])),
      table4: Object.fromEntries(Object.entries(t4).map(([block, total]) => [block, { total }])),
    },
    sections: { ...emptySections(''), overview },
    sectionTitles: emptySections(null),
    printed: {},
    notes: [],
  };
}

// Real prose (深圳市市场监督管理局龙华监管局 2023 report, see test/fixtures/report-check/README.md)
// with tables that agree with it: none of its numbers may be read as a contradiction.
const LONGHUA_2023 =
  '2023年共受理政府信息依申请公开121件（其中本年度新收申请数112件，上年结转申请数9件），已答复119件，属于同意公开的60件，部分公开13件，不同意公开的6件，无法提供的26件，不予处理3件，其他处理11件，另2件结转下一年处理。\n2023年我局因政府信息公开被行政复议7件，其中结果维持6件、结果纠正0件、其他结果0件、尚未审结1件。2023年度收到诉讼为3件，其中未经复议直接起诉2件，均尚未审结。复议后起诉1件，结果维持。';
const LONGHUA_TABLES = {
  received: 112,
  carriedIn: 9,
  resultsTotal: 119,
  carriedOut: 2,
  disclose: 60,
  partial: 13,
  'withhold.internal': 6,
  'unable.notHeld': 26,
  'notProcessed.repeat': 3,
  'other.other': 11,
};

describe('prose against the tables', () => {
  it('reads real prose without false contradictions', () => {
    const r = withTables(LONGHUA_TABLES, { review: 7, suitDirect: 2, suitAfterReview: 1 }, LONGHUA_2023);
    expect(proseChecks(r).filter((f) => f.code.startsWith('prose.'))).toEqual([]);
  });

  it('finds a stated count that contradicts the table (受理17件 against 新收95)', () => {
    const r = withTables(
      { ...LONGHUA_TABLES, received: 95 },
      { review: 7, suitDirect: 2, suitAfterReview: 1 },
      '本年度共受理政府信息公开申请17件。',
    );
    const f = proseChecks(r).find((x) => x.code === 'prose.mismatch');
    expect(f).toMatchObject({ severity: 'error', column: 'received' });
    expect(f?.evidence).toBe('“本年度共受理政府信息公开申请17件”');
  });

  it('finds prose arithmetic that does not add up (新收6 + 结转6 beside 办结6 + 结转0)', () => {
    const text = '本年度新收申请6件，上年结转6件，办结6件，结转下年度0件。';
    const codes = proseChecks(withTables({}, {}, text)).map((f) => f.code);
    expect(codes).toEqual(['prose.arithmetic']);
  });

  it('does not count published items as 行政许可 decisions', () => {
    expect(proseNumbers('公布行政许可类信息26件').map((p) => p.figure.key)).toEqual([]);
    expect(proseNumbers('作出行政许可决定26件').map((p) => p.value)).toEqual([26]);
  });
});

describe('内容雷同', () => {
  it('gives the share of this year’s sentences found last year, years and counts masked', () => {
    const last = '2024年我局主动公开信息52条。加强业务培训，提升工作人员能力。完善审核机制，确保信息安全。';
    const now =
      '2025年我局主动公开信息61条。加强业务培训，提升工作人员能力。今年新开设了政策解读专栏并每月更新。';
    const pct = similarityPercent(now, last);
    expect(pct).toBeGreaterThan(40);
    expect(pct).toBeLessThan(80);
    expect(similarityPercent(last, last)).toBe(100);
    expect(similarityPercent('完全不同的一段新文字内容。', last)).toBe(0);
  });

  it('reports a section over the threshold, not under it', () => {
    const text =
      '一、总体情况\n本年度我局认真贯彻条例，主动公开各类信息。依申请公开均在法定期限内答复。加强业务培训，提升工作人员能力，完善审核机制。\n五、存在的主要问题及改进情况\n栏目更新不及时。';
    const r = extractFromText(text);
    const prev = extractFromText(text);
    expect(
      checkReport(r, prev)
        .filter((f) => f.code === 'similar.section')
        .map((f) => f.row),
    ).toEqual(['overview']);
    expect(
      checkReport(r, prev, { similarityThreshold: 101 }).filter((f) => f.code === 'similar.section'),
    ).toEqual([]);
  });
});

describe('severity of prose findings', () => {
  it('makes a group count a warning and a 表三 total an error', () => {
    const r = withTables({ ...LONGHUA_TABLES }, {}, '本年度新收申请100件，予以公开50件。');
    const bySeverity = proseChecks(r)
      .filter((f) => f.code === 'prose.mismatch')
      .map((f) => `${f.column}:${f.severity}`);
    expect(bySeverity).toEqual(['received:error', 'disclose:warning']);
  });

  it('warns (not errs) when 六 is silent on the 信息处理费 but another section states it', () => {
    const text =
      '一、总体情况\n本年度未收取信息处理费。\n六、其他需要报告的事项\n本年度无其他需要报告的事项。';
    expect(proseChecks(extractFromText(text)).find((f) => f.code === 'section.feeSilent')?.severity).toBe(
      'warning',
    );
    const silent = '一、总体情况\n本年度工作正常。\n六、其他需要报告的事项\n本年度无其他需要报告的事项。';
    expect(proseChecks(extractFromText(silent)).find((f) => f.code === 'section.feeSilent')?.severity).toBe(
      'error',
    );
  });
});
