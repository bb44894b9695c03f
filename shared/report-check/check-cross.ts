// Checks that need last year's report (DOMAIN.md §11): 上年结转 = last year's 结转下年度 per applicant
// column; 表二 现行有效 = last year's 现行有效 + 本年制发 − 本年废止 (规章, 行政规范性文件); 内容雷同.
import { SECTION_IDS, T2_ROW_LABELS, T3_COLUMN_LABELS, T3_COLUMNS } from './keys';
import type { Finding, ParsedReport } from './model';
import { similarityPercent } from './similarity';

/** Last year as the checks need it: a parsed report, or only the figures of a baseline. */
export type PreviousReport = Pick<ParsedReport, 'year' | 'tables' | 'sections'> & { label?: string };

const SECTION_TITLES: Record<string, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

export function crossYearChecks(r: ParsedReport, prev: PreviousReport, thresholdPercent = 50): Finding[] {
  const out: Finding[] = [];
  const lastYear = prev.year ?? (r.year !== null ? r.year - 1 : null);
  const source = prev.label ?? `${lastYear ?? '上一'}年度报告`;
  if (r.year !== null && prev.year !== null && prev.year !== r.year - 1) {
    out.push({
      code: 'cross.yearGap',
      severity: 'info',
      table: null,
      row: null,
      column: null,
      message: `对照的上年报告是${prev.year}年度的，不是${r.year - 1}年度。跨年核对结果仅供参考。`,
      evidence: '',
    });
  }
  const carriedIn = r.tables.table3.carriedIn;
  const before = prev.tables.table3.carriedOut;
  if (carriedIn && before) {
    for (const col of T3_COLUMNS) {
      const last = before[col];
      if (last === undefined || last === null) continue;
      const now = carriedIn[col] ?? 0;
      if (now !== last) {
        out.push({
          code: 'cross.carriedIn',
          severity: 'error',
          table: 'table3',
          row: 'carriedIn',
          column: col,
          message: `表三“${T3_COLUMN_LABELS[col]}”列上年结转${now}件，而${source}的结转下年度继续办理为${last}件，两者应相等。`,
          evidence: `本年：二、上年结转政府信息公开申请数量／${T3_COLUMN_LABELS[col]}＝${now}；上年：四、结转下年度继续办理／${T3_COLUMN_LABELS[col]}＝${last}`,
        });
      }
    }
  }
  for (const row of ['rule', 'normative']) {
    const now = r.tables.table2[row];
    const last = prev.tables.table2[row]?.valid;
    if (!now || last === undefined || last === null) continue;
    const { issued, abolished, valid } = now;
    if (issued == null || abolished == null || valid == null) continue;
    const expected = last + issued - abolished;
    if (expected !== valid) {
      out.push({
        code: 'cross.inForce',
        severity: 'error',
        table: 'table2',
        row,
        column: 'valid',
        message: `表二“${T2_ROW_LABELS[row]}”现行有效件数${valid}与推算不符：上年现行有效${last}＋本年制发${issued}－本年废止${abolished}＝${expected}。`,
        evidence: `本年：${issued}、${abolished}、${valid}；${source}现行有效件数：${last}`,
      });
    }
  }
  for (const id of SECTION_IDS) {
    const now = r.sections[id];
    const last = prev.sections[id];
    if (!now || !last || now.replace(/\s/g, '').length < 40) continue;
    const pct = similarityPercent(now, last);
    if (pct >= thresholdPercent) {
      out.push({
        code: 'similar.section',
        severity: 'warning',
        table: null,
        row: id,
        column: null,
        message: `“${SECTION_TITLES[id]}”有${pct}%的文字与${source}相同（阈值${thresholdPercent}%），可能被认定为内容雷同。请结合本年度工作重写。`,
        evidence: `相同比例：${pct}%`,
      });
    }
  }
  return out;
}
