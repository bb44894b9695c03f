import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_TYPES,
  OUTCOME_GROUPS,
  OUTCOMES,
  type OutcomeCode,
  type OutcomeGroup,
} from '../model/taxonomy';
import type { ReportFormat, Table3Def, Table4Def } from './format-types';

/**
 * 政府信息公开工作年度报告格式, 国办公开办函〔2021〕30号, for reporting years 2021 onward.
 * Row and column labels of 表三/表四 come from shared/model/taxonomy.ts (exact labels, DOMAIN.md §3);
 * only the table furniture (headings, numbering) is written here.
 */

function groupItems(group: OutcomeGroup): { id: OutcomeCode; label: string }[] {
  const inGroup = OUTCOMES.filter((o) => o.group === group);
  // （一）予以公开 and （二）部分公开 are leaf rows themselves: their one outcome has the group's code.
  if (inGroup.length === 1 && inGroup[0]?.code === group) return [];
  return inGroup.map((o, i) => ({ id: o.code, label: `${i + 1}.${o.zh}` }));
}

const table3: Table3Def = {
  corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicantHeading: '申请人情况',
  legalHeading: '法人或其他组织',
  totalLabel: '总计',
  columns: APPLICANT_TYPES.map((a) => ({ id: a.code, label: a.zh, legal: a.code !== 'natural' })),
  received: '一、本年新收政府信息公开申请数量',
  carriedIn: '二、上年结转政府信息公开申请数量',
  resultsHeading: '三、本年度办理结果',
  groups: OUTCOME_GROUPS.map((g) => ({ id: g.code, label: g.zh, items: groupItems(g.code) })),
  resultsTotal: '（七）总计',
  carriedOut: '四、结转下年度继续办理',
};

/** APPEAL_KINDS labels read 行政诉讼-未经复议直接起诉: the table shows them as two header levels. */
const table4: Table4Def = {
  blocks: APPEAL_KINDS.map((k) => {
    const [heading, subheading] = k.zh.split('-');
    return { id: k.code, heading: heading ?? k.zh, subheading: subheading ?? null };
  }),
  results: APPEAL_RESULTS.map((r) => ({ id: r.code, label: r.zh })),
  totalLabel: '总计',
};

export const FORMAT_2021: ReportFormat = {
  version: '2021',
  basis: '国办公开办函〔2021〕30号',
  firstYear: 2021,
  lastYear: null,
  title: '{agency}{year}年政府信息公开工作年度报告',
  sections: [
    { id: 'overview', title: '一、总体情况', content: 'text' },
    { id: 'proactive', title: '二、主动公开政府信息情况', content: 'table2' },
    { id: 'requests', title: '三、收到和处理政府信息公开申请情况', content: 'table3' },
    { id: 'appeals', title: '四、政府信息公开行政复议、行政诉讼情况', content: 'table4' },
    { id: 'problems', title: '五、存在的主要问题及改进情况', content: 'text' },
    { id: 'other', title: '六、其他需要报告的事项', content: 'text' },
  ],
  overviewSubheads: [
    { id: 'proactive', title: '（一）主动公开' },
    { id: 'requests', title: '（二）依申请公开' },
    { id: 'management', title: '（三）政府信息管理' },
    { id: 'platform', title: '（四）政府信息公开平台建设' },
    { id: 'oversight', title: '（五）监督保障' },
  ],
  table2: {
    blocks: [
      {
        heading: '第二十条第（一）项',
        labelHeader: '信息内容',
        columns: [
          { id: 'issued', label: '本年制发件数' },
          { id: 'abolished', label: '本年废止件数' },
          { id: 'valid', label: '现行有效件数' },
        ],
        rows: [
          { id: 'rule', label: '规章', source: { kind: 'docKind', docKind: 'rule' } },
          { id: 'normative', label: '行政规范性文件', source: { kind: 'docKind', docKind: 'normative' } },
        ],
      },
      {
        heading: '第二十条第（五）项',
        labelHeader: '信息内容',
        columns: [{ id: 'count', label: '本年处理决定数量' }],
        rows: [{ id: 'licensing', label: '行政许可', source: { kind: 'figure', field: 'licensing' } }],
      },
      {
        heading: '第二十条第（六）项',
        labelHeader: '信息内容',
        columns: [{ id: 'count', label: '本年处理决定数量' }],
        rows: [
          { id: 'penalty', label: '行政处罚', source: { kind: 'figure', field: 'penalty' } },
          { id: 'enforcement', label: '行政强制', source: { kind: 'figure', field: 'enforcement' } },
        ],
      },
      {
        heading: '第二十条第（八）项',
        labelHeader: '信息内容',
        columns: [{ id: 'amount', label: '本年收费金额（单位：万元）' }],
        rows: [{ id: 'fees', label: '行政事业性收费', source: { kind: 'money', field: 'feesFen' } }],
      },
    ],
  },
  table3,
  table4,
};
