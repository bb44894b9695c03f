import { CONSULTATION_CHANNELS, labelOf, OUTCOME_GROUPS, PUBLICATION_CHANNELS } from '../model/taxonomy';
import { table3RowLabel } from './checks';
import type { ReportFormat } from './format-types';
import { TOTAL } from './model';

/**
 * Where a cell sits, in the report's own words: 表 / row / column labels for a table cell, or a
 * description for a prose figure. Used by the diff view, the JSON export and figure pickers.
 */
export interface CellLabel {
  table: '表二' | '表三' | '表四' | '正文';
  row: string;
  column: string;
}

export function describeCell(format: ReportFormat, key: string): CellLabel {
  const [prefix = '', a = '', ...rest] = key.split(':');
  const b = rest.join(':');
  if (prefix === 't2') {
    for (const block of format.table2.blocks) {
      const row = block.rows.find((r) => r.id === a);
      const col = block.columns.find((c) => c.id === b);
      if (row && col) return { table: '表二', row: `${block.heading} ${row.label}`, column: col.label };
    }
  }
  if (prefix === 't3') {
    const column =
      b === TOTAL ? format.table3.totalLabel : (format.table3.columns.find((c) => c.id === b)?.label ?? b);
    return { table: '表三', row: table3RowLabel(format, a), column };
  }
  if (prefix === 't4') {
    const block = format.table4.blocks.find((x) => x.id === a);
    const result =
      b === TOTAL ? format.table4.totalLabel : (format.table4.results.find((r) => r.id === b)?.label ?? b);
    return {
      table: '表四',
      row: [block?.heading, block?.subheading].filter(Boolean).join('-'),
      column: result,
    };
  }
  const figure: Record<string, string> = {
    'pub:total': '主动公开政府信息（条）',
    'pub:reviewed': '经三级审核发布（条）',
    'cons:total': '政府信息公开咨询（人次）',
    'fee:count': '收取信息处理费（件）',
    'fee:amount': '信息处理费金额（元）',
    'fee:sentence': '信息处理费说明',
    'appeal:suitTotal': '行政诉讼（件）',
  };
  if (figure[key]) return { table: '正文', row: figure[key], column: '' };
  if (key.startsWith('pub:category:')) return { table: '正文', row: `主动公开：${b}`, column: '' };
  if (key.startsWith('pub:channel:'))
    return { table: '正文', row: `主动公开渠道：${labelOf(PUBLICATION_CHANNELS, b)}`, column: '' };
  if (key.startsWith('cons:channel:'))
    return { table: '正文', row: `${labelOf(CONSULTATION_CHANNELS, b)}咨询`, column: '' };
  if (key.startsWith('req:group:'))
    return { table: '正文', row: `办理结果${labelOf(OUTCOME_GROUPS, b)}`, column: '' };
  return { table: '正文', row: key, column: '' };
}
