// Checks on the tables of one parsed report (DOMAIN.md §3 invariants, §11 error classes).
import {
  LEAVES_2019,
  LEAVES_2021,
  T2_COLUMN_LABELS,
  T2_ROW_LABELS,
  T3_COLUMN_LABELS,
  T3_COLUMNS,
  T3_LEAF_LABELS,
  T3_ROW_LABELS,
  T4_BLOCK_LABELS,
  T4_BLOCKS,
  T4_COLUMN_LABELS,
  T4_COLUMNS,
} from './keys';
import type { Finding, ParsedReport } from './model';
import { labelShape, readCell } from './normalise';

const n = (v: number | null | undefined) => v ?? 0;
const q = (s: string | undefined) => `“${s ?? ''}”`;

function t3Evidence(r: ParsedReport, row: string, col: string): string {
  const printed = r.printed[`t3:${row}:${col}`];
  return `${r.printed[`t3:${row}`] ?? T3_ROW_LABELS[row] ?? row}／${T3_COLUMN_LABELS[col]}：${q(printed)}`;
}

function finding(
  code: string,
  severity: Finding['severity'],
  table: string | null,
  row: string | null,
  column: string | null,
  message: string,
  evidence: string,
): Finding {
  return { code, severity, table, row, column, message, evidence };
}

export function table3Checks(r: ParsedReport): Finding[] {
  const out: Finding[] = [];
  const t3 = r.tables.table3;
  if (Object.keys(t3).length === 0) {
    out.push(
      finding(
        't3.missing',
        'error',
        'table3',
        null,
        null,
        '未读到表三（收到和处理政府信息公开申请情况）。请确认报告包含该表，且是文字版PDF或Word文件（扫描件无法读取）。',
        '',
      ),
    );
    return out;
  }
  const leaves = t3.other && !t3['other.noCorrection'] ? LEAVES_2019 : LEAVES_2021;
  for (const row of ['received', 'carriedIn', ...leaves, 'resultsTotal', 'carriedOut']) {
    if (!t3[row]) {
      out.push(
        finding(
          't3.rowMissing',
          'error',
          'table3',
          row,
          null,
          `表三缺少“${T3_ROW_LABELS[row] ?? row}”一行（或该行未能识别）。请按国办公开办函〔2021〕30号格式补齐。`,
          '',
        ),
      );
    }
  }
  for (const col of T3_COLUMNS) {
    const v = (row: string) => n(t3[row]?.[col]);
    const left = v('received') + v('carriedIn');
    const right = v('resultsTotal') + v('carriedOut');
    if (t3.received && t3.resultsTotal && left !== right) {
      out.push(
        finding(
          't3.identity',
          'error',
          'table3',
          'resultsTotal',
          col,
          `表三“${T3_COLUMN_LABELS[col]}”列勾稽关系不成立：新收${v('received')}＋上年结转${v('carriedIn')}＝${left}，而办理结果总计${v('resultsTotal')}＋结转下年度${v('carriedOut')}＝${right}。请核对该列各项数字。`,
          ['received', 'carriedIn', 'resultsTotal', 'carriedOut']
            .map((row) => t3Evidence(r, row, col))
            .join('；'),
        ),
      );
    }
    const present = leaves.filter((row) => t3[row]);
    const sum = present.reduce((s, row) => s + v(row), 0);
    if (t3.resultsTotal && present.length > 0 && sum !== v('resultsTotal')) {
      out.push(
        finding(
          't3.resultsSum',
          'error',
          'table3',
          'resultsTotal',
          col,
          `表三“${T3_COLUMN_LABELS[col]}”列各项办理结果之和为${sum}，与（七）总计${v('resultsTotal')}不符。请核对该列（一）至（六）各行。`,
          t3Evidence(r, 'resultsTotal', col),
        ),
      );
    }
  }
  for (const row of Object.keys(t3)) {
    const cells = t3[row] ?? {};
    const sum = T3_COLUMNS.filter((c) => c !== 'total').reduce((s, c) => s + n(cells[c]), 0);
    if (sum !== n(cells.total)) {
      out.push(
        finding(
          't3.columnsSum',
          'error',
          'table3',
          row,
          'total',
          `表三“${T3_ROW_LABELS[row] ?? row}”一行六类申请人之和为${sum}，与总计${n(cells.total)}不符。`,
          t3Evidence(r, row, 'total'),
        ),
      );
    }
  }
  return out;
}

export function table4Checks(r: ParsedReport): Finding[] {
  const out: Finding[] = [];
  const t4 = r.tables.table4;
  if (Object.keys(t4).length === 0) {
    out.push(
      finding(
        't4.missing',
        'error',
        'table4',
        null,
        null,
        '未读到表四（行政复议、行政诉讼情况）的15个数字。请确认报告包含该表；没有案件也应填0。',
        '',
      ),
    );
    return out;
  }
  for (const block of T4_BLOCKS) {
    const cells = t4[block] ?? {};
    const sum = T4_COLUMNS.filter((c) => c !== 'total').reduce((s, c) => s + n(cells[c]), 0);
    if (sum !== n(cells.total)) {
      out.push(
        finding(
          't4.blockSum',
          'error',
          'table4',
          block,
          'total',
          `表四“${T4_BLOCK_LABELS[block]}”的结果维持、结果纠正、其他结果、尚未审结之和为${sum}，与其总计${n(cells.total)}不符。`,
          T4_COLUMNS.map((c) => `${T4_COLUMN_LABELS[c]}：${q(r.printed[`t4:${block}:${c}`])}`).join('；'),
        ),
      );
    }
  }
  return out;
}

/** Blank, "/" or non-numeric cells, in every table. */
export function cellChecks(r: ParsedReport): Finding[] {
  const out: Finding[] = [];
  const tables: [string, string, (row: string, col: string) => string][] = [
    ['table2', 't2', (row, col) => `表二 ${T2_ROW_LABELS[row] ?? row}／${T2_COLUMN_LABELS[col] ?? col}`],
    ['table3', 't3', (row, col) => `表三 ${T3_ROW_LABELS[row] ?? row}／${T3_COLUMN_LABELS[col]}`],
    ['table4', 't4', (row, col) => `表四 ${T4_BLOCK_LABELS[row]}／${T4_COLUMN_LABELS[col]}`],
  ];
  for (const [table, prefix, where] of tables) {
    const cells = r.tables[table as keyof ParsedReport['tables']];
    for (const [row, cols] of Object.entries(cells)) {
      for (const [col, value] of Object.entries(cols)) {
        if (value !== null) continue;
        const printed = r.printed[`${prefix}:${row}:${col}`] ?? '';
        const reading = readCell(printed);
        if (reading.kind === 'text') {
          out.push(
            finding(
              'cell.nonNumeric',
              'error',
              table,
              row,
              col,
              `${where(row, col)}填的不是数字。请填阿拉伯数字（没有就填0）。`,
              q(printed),
            ),
          );
        } else {
          out.push(
            finding(
              'cell.blank',
              'warning',
              table,
              row,
              col,
              `${where(row, col)}为空或填“${printed || '空白'}”。没有发生的事项应填0，不留空、不填“/”。`,
              q(printed),
            ),
          );
        }
      }
    }
  }
  return out;
}

/** Printed row labels that differ from the official ones beyond spacing and punctuation. */
export function labelChecks(r: ParsedReport): Finding[] {
  const out: Finding[] = [];
  for (const [row, official] of Object.entries(T3_LEAF_LABELS)) {
    const printed = r.printed[`t3:${row}`];
    if (!printed) continue;
    const bare = official.replace(/^\d+\./, '').replace(/（区分处理的.*$/, '');
    if (!labelShape(printed).includes(labelShape(bare))) {
      out.push(
        finding(
          'label.typo',
          'warning',
          'table3',
          row,
          null,
          `表三行名与官方格式不一致，应为“${official}”。`,
          q(printed),
        ),
      );
    }
  }
  const normative = r.printed['t2:normative'];
  if (normative && !/行政规范性文件/.test(labelShape(normative))) {
    out.push(
      finding(
        'label.normative',
        'warning',
        'table2',
        'normative',
        null,
        '表二应写“行政规范性文件”（2021年格式），不写“规范性文件”。',
        q(normative),
      ),
    );
  }
  if (r.feeUnitYuan) {
    out.push(
      finding(
        'label.feeUnit',
        'error',
        'table2',
        'fees',
        'amount',
        '表二行政事业性收费的单位应为“万元”，不是“元”。请换算后填写。',
        '本年收费金额（单位：元）',
      ),
    );
  }
  return out;
}
