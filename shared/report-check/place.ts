// Where a finding points, in the report's own words: 表三 · 一、本年新收… · 自然人, or the section.
import {
  T2_COLUMN_LABELS,
  T2_ROW_LABELS,
  T3_COLUMN_LABELS,
  T3_ROW_LABELS,
  T4_BLOCK_LABELS,
  T4_COLUMN_LABELS,
} from './keys';
import type { Finding } from './model';

const SECTION_LABELS: Record<string, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

export function findingPlace(f: Pick<Finding, 'table' | 'row' | 'column'>): string {
  const row = f.row ?? '';
  const col = f.column ?? '';
  if (f.table === 'table2')
    return ['表二', T2_ROW_LABELS[row] ?? row, T2_COLUMN_LABELS[col] ?? col].filter(Boolean).join(' · ');
  if (f.table === 'table3')
    return ['表三', T3_ROW_LABELS[row] ?? row, T3_COLUMN_LABELS[col] ?? col].filter(Boolean).join(' · ');
  if (f.table === 'table4') {
    const block = T4_BLOCK_LABELS[row] ?? (row === 'suits' ? '行政诉讼' : row);
    return ['表四', block, T4_COLUMN_LABELS[col] ?? col].filter(Boolean).join(' · ');
  }
  return SECTION_LABELS[row] ?? '全文';
}
