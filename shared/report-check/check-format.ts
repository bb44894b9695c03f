// Old structure and labels (DOMAIN.md §4, §11): the 2019 trial format after 2021, （六）其他处理 as
// one row, citing the 试行 format, a township reporting 规章, missing or re-worded section titles.
import { SECTION_IDS, SECTIONS } from './keys';
import type { Finding, ParsedReport } from './model';
import { normLabel } from './normalise';

export function formatChecks(r: ParsedReport, fullText: string): Finding[] {
  const out: Finding[] = [];
  const current = r.year === null || r.year >= 2021;
  const t2Cols = Object.values(r.tables.table2).flatMap((row) => Object.keys(row));
  if (
    current &&
    t2Cols.some((c) => ['made', 'published', 'publicTotal', 'lastYearItems', 'change'].includes(c))
  ) {
    out.push({
      code: 'format.trialTable2',
      severity: 'error',
      table: 'table2',
      row: null,
      column: null,
      message:
        '表二仍是2019年试行格式（本年新制作/新公开数量、上一年项目数量等）。2021年度起应使用国办公开办函〔2021〕30号格式：本年制发件数、本年废止件数、现行有效件数等。',
      evidence: t2Cols
        .filter((c) => ['made', 'published', 'publicTotal', 'lastYearItems', 'change'].includes(c))
        .join('、'),
    });
  }
  const t3 = r.tables.table3;
  if (current && t3.other) {
    out.push({
      code: 'format.otherOneRow',
      severity: 'error',
      table: 'table3',
      row: 'other',
      column: null,
      message:
        '表三“（六）其他处理”只有一行（2019年试行格式）。2021年格式应分列1.逾期不补正、2.逾期未缴费、3.其他三行。',
      evidence: `“${r.printed['t3:other'] ?? '（六）其他处理'}”`,
    });
  }
  const trialCite = /(2019〕60号|年度报告格式[(（]试行[)）])/.exec(normLabel(fullText));
  if (current && trialCite) {
    out.push({
      code: 'format.trialCited',
      severity: 'warning',
      table: null,
      row: null,
      column: null,
      message:
        '报告引用了2019年试行格式（国办公开办函〔2019〕60号）。2021年度起的依据是国办公开办函〔2021〕30号。',
      evidence: `“${trialCite[0]}”`,
    });
  }
  const rule = r.tables.table2.rule;
  // 立法法第九十三条: only provincial and districted-city governments make 规章; a township cannot.
  if (
    r.body &&
    /(乡|镇|街道)(人民政府|办事处)?$/.test(r.body) &&
    rule &&
    Object.values(rule).some((v) => (v ?? 0) > 0)
  ) {
    out.push({
      code: 'format.townshipRule',
      severity: 'warning',
      table: 'table2',
      row: 'rule',
      column: null,
      message:
        '乡镇（街道）无权制定规章（立法法第九十三条），表二“规章”一行应为0；行政规范性文件请填在下一行。',
      evidence: `规章：${Object.values(rule).join('、')}`,
    });
  }
  for (const id of SECTION_IDS) {
    const official = SECTIONS.find((s) => s.id === id)?.title ?? id;
    const printed = r.sectionTitles[id];
    if (printed === null) {
      out.push({
        code: 'section.missing',
        severity: 'error',
        table: null,
        row: id,
        column: null,
        message: `未找到“${official}”一节。年度报告应包含一至六共六部分（国办公开办函〔2021〕30号）。`,
        evidence: '',
      });
    } else if (normLabel(printed) !== normLabel(official)) {
      out.push({
        code: 'section.titleVariant',
        severity: 'info',
        table: null,
        row: id,
        column: null,
        message: `标题与格式不完全一致，格式为“${official}”。`,
        evidence: `“${printed}”`,
      });
    }
  }
  return out;
}
