// Row and column keys of a parsed annual report, and the label variants that map onto them.
// Keys reuse the app's own codes (shared/model/taxonomy.ts) so a parsed report and our computed
// report speak the same language; docs/report-check.md lists them all.
import { APPEAL_KINDS, APPEAL_RESULTS, APPLICANT_TYPES, OUTCOMES, type OutcomeCode } from '../model/taxonomy';
import { FORMAT_2021 } from '../report/format-2021';

/** 表三 columns: the six applicant types, then 总计. */
export const T3_COLUMNS = [...APPLICANT_TYPES.map((a) => a.code), 'total'] as const;
export type T3Column = (typeof T3_COLUMNS)[number];

/** 表三 rows in the 2021 order; the 2019 trial format has a single `other` row instead of other.*. */
export const T3_ROWS = [
  'received',
  'carriedIn',
  ...OUTCOMES.map((o) => o.code),
  'resultsTotal',
  'carriedOut',
] as const;
export type T3Row = (typeof T3_ROWS)[number] | 'other';

/** The leaf rows whose sum is （七）总计, per format. */
export const LEAVES_2021: readonly string[] = OUTCOMES.map((o) => o.code);
export const LEAVES_2019: readonly string[] = [
  ...OUTCOMES.filter((o) => o.group !== 'other').map((o) => o.code),
  'other',
];

export const T4_BLOCKS = APPEAL_KINDS.map((k) => k.code);
export const T4_COLUMNS = [...APPEAL_RESULTS.map((r) => r.code), 'total'] as const;

export const T3_COLUMN_LABELS: Record<string, string> = Object.fromEntries([
  ...APPLICANT_TYPES.map((a) => [a.code, a.zh]),
  ['total', '总计'],
]);

/** Official label of each 表三 row (2021 format), for messages and the label-typo check. */
export const T3_ROW_LABELS: Record<string, string> = (() => {
  const t3 = FORMAT_2021.table3;
  const labels: Record<string, string> = {
    received: t3.received,
    carriedIn: t3.carriedIn,
    resultsTotal: t3.resultsTotal,
    carriedOut: t3.carriedOut,
    other: '（六）其他处理',
  };
  for (const g of t3.groups) {
    if (g.items.length === 0) labels[g.id] = g.label;
    for (const item of g.items) labels[item.id] = `${g.label} ${item.label}`;
  }
  return labels;
})();

/** The leaf label alone (without its group), as printed in its own cell. */
export const T3_LEAF_LABELS: Record<string, string> = Object.fromEntries(
  FORMAT_2021.table3.groups.flatMap((g): [string, string][] =>
    g.items.length === 0 ? [[g.id, g.label]] : g.items.map((i) => [i.id, i.label]),
  ),
);

export const T4_BLOCK_LABELS: Record<string, string> = Object.fromEntries(
  APPEAL_KINDS.map((k) => [k.code, k.zh]),
);
export const T4_COLUMN_LABELS: Record<string, string> = Object.fromEntries([
  ...APPEAL_RESULTS.map((r) => [r.code, r.zh]),
  ['total', '总计'],
]);

/**
 * Distinctive words of each leaf row, checked before the group words: they survive typos elsewhere
 * in the label (其他法律行政止公开) and labels wrapped over several lines of a PDF cell.
 */
const LEAF_WORDS: readonly [OutcomeCode, RegExp][] = [
  ['withhold.stateSecret', /国家秘密/],
  ['withhold.lawProhibited', /其他法律|行政法规禁止|禁止公开|行政止公开/],
  ['withhold.security', /三安全|一稳定/],
  ['withhold.thirdParty', /第三方/],
  ['withhold.internal', /内部事务/],
  ['withhold.process', /过程性/],
  ['withhold.enforcement', /执法案卷/],
  ['withhold.query', /行政查询|查询事项/],
  ['unable.notHeld', /不掌握/],
  ['unable.needsCreation', /另行制作|现成信息/],
  ['unable.stillUnclear', /仍不明/],
  ['notProcessed.petition', /信访|举报投诉/],
  ['notProcessed.repeat', /重复申请/],
  ['notProcessed.publication', /出版物/],
  ['notProcessed.massive', /大量反复/],
  ['notProcessed.confirm', /确认或重新出具|重新出具/],
  ['other.noCorrection', /不补正/],
  ['other.feeUnpaid', /缴纳费用|收费通知/],
];

/**
 * Which 表三 row a (normalised, possibly merged) label names; null when none. `inOtherGroup` says
 * the row sits under （六）其他处理, where a bare "3.其他" is other.other.
 */
export function matchT3Row(label: string, inOtherGroup: boolean): T3Row | null {
  if (/新收/.test(label)) return 'received';
  if (/上年结转|上年度结转/.test(label)) return 'carriedIn';
  if (/结转下年|转入下年|结转至下年/.test(label)) return 'carriedOut';
  for (const [code, re] of LEAF_WORDS) if (re.test(label)) return code;
  if (/[（(]七[)）]|^总计$|办理结果总计/.test(label)) return 'resultsTotal';
  if (/部分公开/.test(label)) return 'partial';
  if (/予以公开/.test(label) && !/不予公开/.test(label)) return 'disclose';
  // "3.其他" under （六）其他处理 (its group label may sit in another merged cell); a 其他处理 row
  // without sub-rows is the 2019 trial format's single row.
  if (/3[.、]其他(?!处理)/.test(label) && (inOtherGroup || /其他处理/.test(label))) return 'other.other';
  if (/其他处理/.test(label)) return 'other';
  return null;
}

/** 表二 rows: key → label as in the 2021 format; the 2019 trial rows are added. */
export const T2_ROW_WORDS: readonly [string, RegExp][] = [
  ['normative', /规范性文件/],
  ['rule', /规章/],
  ['licensing', /行政许可/],
  ['otherServices', /其他对外管理服务/],
  ['penalty', /行政处罚/],
  ['enforcement', /行政强制/],
  ['fees', /行政事业性收费/],
  ['procurement', /政府集中采购/],
];

/** 表二 column header → key. The 2019 trial format used other columns (made/published/…). */
export const T2_COLUMN_WORDS: readonly [string, RegExp][] = [
  ['issued', /本年制发/],
  ['abolished', /本年废止/],
  ['valid', /现行有效/],
  ['amount', /收费金额/],
  ['count', /处理决定数量|决定数量/],
  ['made', /新制作/],
  ['published', /新公开/],
  ['publicTotal', /对外公开总数/],
  ['lastYearItems', /上一年项目/],
  ['change', /增\/?减/],
  ['procurementItems', /采购项目数/],
  ['procurementAmount', /采购总金额/],
];

/** Default 2021 columns of each 表二 row, used when a header row could not be read. */
export const T2_DEFAULT_COLUMNS: Record<string, readonly string[]> = {
  rule: ['issued', 'abolished', 'valid'],
  normative: ['issued', 'abolished', 'valid'],
  licensing: ['count'],
  penalty: ['count'],
  enforcement: ['count'],
  fees: ['amount'],
};

export const T2_ROW_LABELS: Record<string, string> = {
  rule: '规章',
  normative: '行政规范性文件',
  licensing: '行政许可',
  otherServices: '其他对外管理服务事项',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
};
export const T2_COLUMN_LABELS: Record<string, string> = {
  issued: '本年制发件数',
  abolished: '本年废止件数',
  valid: '现行有效件数',
  count: '本年处理决定数量',
  amount: '本年收费金额（单位：万元）',
  made: '本年新制作数量',
  published: '本年新公开数量',
  publicTotal: '对外公开总数量',
  lastYearItems: '上一年项目数量',
  change: '本年增/减',
  procurementItems: '采购项目数量',
  procurementAmount: '采购总金额',
};

/** Section ids, in order, with the exact 2021 titles. */
export const SECTIONS = FORMAT_2021.sections.map((s) => ({ id: s.id, title: s.title }));
export type SectionId = 'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'other';
export const SECTION_IDS: readonly SectionId[] = [
  'overview',
  'proactive',
  'requests',
  'appeals',
  'problems',
  'other',
];
