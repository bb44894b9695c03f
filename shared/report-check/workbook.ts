// The 体检结果 workbook (ExcelJS): a summary sheet (body, year, findings by class, worst
// severity), one sheet of findings per report, and who has not submitted. Bytes at the edge.
import ExcelJS from 'exceljs';
import { type FileResult, summaryRows } from './batch';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
const TABLE_ZH: Record<string, string> = { table2: '表二', table3: '表三', table4: '表四' };
const CLASSES = ['t3', 't4', 'cell', 'label', 'format', 'section', 'prose', 'cross', 'similar', 'read'];
const CLASS_ZH: Record<string, string> = {
  t3: '表三勾稽',
  t4: '表四',
  cell: '空白/非数字',
  label: '标签',
  format: '格式',
  section: '章节',
  prose: '正文与表格',
  cross: '跨年',
  similar: '内容雷同',
  read: '读取',
};

function bold(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
}

/** Excel sheet names: ≤31 characters, none of []:*?/\, unique. */
function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || '报告';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 26)}(${i})`;
  used.add(name);
  return name;
}

export function buildCheckWorkbook(
  results: readonly FileResult[],
  missing: readonly string[] | null,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('汇总');
  summary.columns = [
    { header: '单位', key: 'body', width: 28 },
    { header: '年度', key: 'year', width: 8 },
    { header: '格式', key: 'format', width: 8 },
    { header: '最严重', key: 'worst', width: 8 },
    { header: '错误', key: 'errors', width: 6 },
    { header: '警告', key: 'warnings', width: 6 },
    ...CLASSES.map((c) => ({ header: CLASS_ZH[c] ?? c, key: c, width: 10 })),
    { header: '对照上年文件', key: 'previousFile', width: 24 },
    { header: '文件', key: 'file', width: 40 },
    { header: '无法读取的原因', key: 'error', width: 40 },
  ];
  bold(summary.getRow(1));
  summary.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of summaryRows(results)) {
    summary.addRow({
      ...row,
      worst: row.worst ? SEVERITY_ZH[row.worst] : row.error ? '无法读取' : '无',
      ...Object.fromEntries(CLASSES.map((c) => [c, row.byClass[c] ?? 0])),
    });
  }
  const used = new Set(['汇总', '未提交']);
  for (const r of results) {
    const ws = wb.addWorksheet(sheetName(r.report?.body ?? r.file, used));
    ws.columns = [
      { header: '级别', key: 'severity', width: 8 },
      { header: '代码', key: 'code', width: 22 },
      { header: '位置', key: 'table', width: 8 },
      { header: '行', key: 'row', width: 22 },
      { header: '列', key: 'column', width: 14 },
      { header: '问题', key: 'message', width: 70 },
      { header: '原文', key: 'evidence', width: 60 },
    ];
    bold(ws.getRow(1));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    if (r.error) ws.addRow({ severity: '错误', code: 'read.failed', message: r.error });
    for (const f of r.findings) {
      ws.addRow({
        ...f,
        severity: SEVERITY_ZH[f.severity],
        table: f.table ? (TABLE_ZH[f.table] ?? f.table) : '正文',
      });
    }
    for (const col of ['message', 'evidence'])
      ws.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
  }
  if (missing) {
    const ws = wb.addWorksheet('未提交');
    ws.columns = [{ header: '未提交年度报告的单位', key: 'body', width: 40 }];
    bold(ws.getRow(1));
    for (const body of missing) ws.addRow({ body });
  }
  return wb;
}
