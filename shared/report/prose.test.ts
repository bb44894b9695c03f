import { describe, expect, it } from 'vitest';
import { computeAnnualReport, previousTexts } from './compute';
import { draftTexts, PROMPT_MARK } from './draft';
import { FORMAT_2021 } from './format-2021';
import { renderText, tokensIn } from './placeholders';
import { proseChecks, staleNumbers } from './prose-checks';
import { SAMPLE_PROFILE, sampleYearStores } from './testing/sample-year';

const stores = sampleYearStores();
const model = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
const draft = draftTexts(model, FORMAT_2021, SAMPLE_PROFILE);

describe('draft texts', () => {
  it('drafts 一、总体情况 with the usual sub-heads and figures linked to the tables', () => {
    const overview = renderText(draft.overview, model.cells);
    for (const s of FORMAT_2021.overviewSubheads) expect(overview).toContain(s.title);
    expect(overview).toContain('共主动公开政府信息6条，其中政策文件3条、工作动态2条、通知公告1条。');
    expect(overview).toContain('本年制发规章1件、行政规范性文件2件');
    expect(overview).toContain('新收政府信息公开申请11件，上年结转3件；办结12件');
    expect(overview).toContain(
      '予以公开3件、部分公开1件、不予公开2件、无法提供3件、不予处理1件、其他处理2件',
    );
    expect(overview).toContain('结转下年度继续办理2件');
    expect(overview).toContain('其中电话咨询3人次、当面咨询1人次、网上咨询2人次。');
    expect(overview).toContain('行政复议4件、行政诉讼2件');
    expect(overview).toContain('6条政府信息中，5条经初审、保密审查、领导审签后发布');
    // No figure is typed: every number in the draft comes from a token.
    expect(staleNumbers(draft.overview, model.cells)).toEqual([]);
    expect(
      draft.overview.replace(/\{\{[^}]+\}\}/g, '').replace(/2025年|12月31日|（[一二三四五]）/g, ''),
    ).not.toMatch(/\d+\s*(件|条|人次)/);
  });

  it('states the 信息处理费 in 六 from the feePaid events, or that none was collected', () => {
    expect(renderText(draft.other, model.cells)).toContain(
      '2025年度，本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）对1件政府信息公开申请收取信息处理费，共计100.00元。',
    );
    const none = computeAnnualReport(stores, 2024, SAMPLE_PROFILE);
    expect(renderText(draftTexts(none, FORMAT_2021, SAMPLE_PROFILE).other, none.cells)).toContain(
      '2024年度，本机关未收取信息处理费。',
    );
  });

  it('updates linked figures when a record changes', () => {
    const changed = sampleYearStores();
    changed.requests = changed.requests.filter((r) => r.id !== '2025-009');
    const m = computeAnnualReport(changed, 2025, SAMPLE_PROFILE);
    expect(renderText(draft.overview, m.cells)).toContain('新收政府信息公开申请10件');
  });

  it('prints 0 for a category whose only item was deleted after drafting, never the token', () => {
    const changed = sampleYearStores();
    changed.publications = changed.publications.filter((p) => p.category !== '通知公告');
    const m = computeAnnualReport(changed, 2025, SAMPLE_PROFILE);
    expect(m.cells['pub:category:通知公告']).toBeUndefined();
    const overview = renderText(draft.overview, m.cells);
    expect(overview).toContain('其中政策文件3条、工作动态2条、通知公告0条。');
    expect(overview).not.toContain('{{');
    const checks = proseChecks(m, FORMAT_2021, draft, null).map((c) => c.id);
    expect(checks.filter((id) => id.startsWith('unknownFigure'))).toEqual([]);
  });
});

describe('prose checks', () => {
  const ids = (texts: Partial<typeof draft>) =>
    proseChecks(model, FORMAT_2021, { ...draft, ...texts }, previousTexts(stores, 2025)).map((c) => c.id);

  it('lists the prompts still to fill in, and nothing else, on a fresh draft', () => {
    expect(ids({})).toEqual(['promptLeft:overview', 'promptLeft:problems', 'promptLeft:other']);
  });

  it('flags typed numbers that contradict the tables, with the expected value', () => {
    const overview =
      '本年度新收政府信息公开申请15件，上年结转3件；其中予以公开3件、部分公开2件。电话咨询3人次。';
    const found = staleNumbers(overview, model.cells);
    expect(found.map((f) => [f.found, f.expected, f.key])).toEqual([
      [15, '11', 't3:received:total'],
      [2, '1', 'req:group:partial'],
    ]);
    const check = proseChecks(model, FORMAT_2021, { ...draft, overview }, null).find((c) =>
      c.id.startsWith('proseNumber:overview'),
    );
    expect(check?.params).toMatchObject({ found: 15, expected: '11', section: '一、总体情况' });
    expect(check?.store).toBe('requests');
    expect(check?.ids).toHaveLength(11);
  });

  it('requires 六 to state the 信息处理费', () => {
    expect(ids({ other: '无其他需要报告的事项。' })).toContain('feeStatementMissing');
    expect(ids({ other: '本年度未收取信息处理费。' })).not.toContain('feeStatementMissing');
  });

  it('flags text identical to last year’s published report (内容雷同)', () => {
    const problems = '（一）存在的主要问题\n测试问题一。\n（二）改进情况\n测试改进一。';
    expect(ids({ problems })).toContain('sameAsLastYear:problems');
    expect(ids({ problems: `${problems}新增测试措施。` })).not.toContain('sameAsLastYear:problems');
  });

  it('flags unknown figure tokens and empty sections as errors', () => {
    const checks = proseChecks(
      model,
      FORMAT_2021,
      { ...draft, overview: '共{{t3:nope:total}}件', problems: ' ' },
      null,
    );
    expect(checks.filter((c) => c.severity === 'error').map((c) => c.id)).toEqual([
      'unknownFigure:overview:t3:nope:total',
      'sectionEmpty:problems',
    ]);
  });

  it('keeps every token of the draft resolvable', () => {
    for (const text of Object.values(draft)) {
      for (const key of tokensIn(text)) expect(model.cells[key], key).toBeDefined();
    }
    expect(draft.problems).toContain(PROMPT_MARK);
  });
});
