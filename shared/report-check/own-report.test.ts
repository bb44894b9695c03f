import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../report/format-2021';
import { computeAnnualReport } from '../report/compute';
import { SAMPLE_PROFILE, sampleExportDocument } from '../report/testing/sample-year';
import { crossYearChecks } from './check-cross';
import { extractFromText } from './extract';
import { baselineFromReport, parsedFromModel, previousFromBaseline } from './own-report';

const LAST_YEAR = `测试县示例局2024年政府信息公开工作年度报告
二、主动公开政府信息情况
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
规章 | 0 | 0 | 1
行政规范性文件 | 1 | 0 | 2
三、收到和处理政府信息公开申请情况
四、结转下年度继续办理 | 2 | 1 | 0 | 0 | 0 | 0 | 3`;

describe('own report against last year', () => {
  const model = computeAnnualReport(sampleExportDocument().stores, 2025, SAMPLE_PROFILE, FORMAT_2021);

  it('reads a published report into a baseline: 结转 per applicant column and 现行有效', () => {
    const b = baselineFromReport(extractFromText(LAST_YEAR), '2024年报.pdf', '2026-01-10T00:00:00.000Z');
    expect(b).toEqual({
      year: 2024,
      source: 'publishedReport',
      sourceLabel: '2024年报.pdf',
      carriedOut: { natural: 2, commercial: 1, research: 0, publicInterest: 0, legalService: 0, other: 0 },
      rulesInForce: 1,
      normativeInForce: 2,
      enteredAt: '2026-01-10T00:00:00.000Z',
    });
  });

  it('finds nothing when our report continues last year, and the column that breaks otherwise', () => {
    const b = baselineFromReport(extractFromText(LAST_YEAR), 'x', '');
    if (!b) throw new Error('no baseline');
    const ours = parsedFromModel(model, {});
    expect(ours.tables.table3.carriedIn?.natural).toBe(2);
    expect(crossYearChecks(ours, previousFromBaseline(b, '已发布的2024年度报告'))).toEqual([]);
    const broken = crossYearChecks(
      ours,
      previousFromBaseline(
        { ...b, carriedOut: { ...b.carriedOut, research: 1 }, normativeInForce: 4 },
        '已发布的2024年度报告',
      ),
    );
    expect(broken.map((f) => `${f.code}@${f.row}/${f.column}`)).toEqual([
      'cross.carriedIn@carriedIn/research',
      'cross.carriedIn@carriedIn/total',
      'cross.inForce@normative/valid',
    ]);
    expect(broken[0]?.message).toContain('已发布的2024年度报告');
  });

  it('gives 表二 money in 万元 as printed', () => {
    expect(parsedFromModel(model, {}).tables.table2.fees?.amount).toBe(1.01);
  });
});
