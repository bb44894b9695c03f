import {
  addPrintableSheet,
  fitRowHeights,
  mergeBlock,
  newWorkbook,
  putCell,
  type Workbook,
  xlsxBytes,
} from '../xlsx/style';
import { type MonthlyBulletin, monthListZh } from './bulletin';

/**
 * The monthly bulletin as a one-sheet .xlsx (some county offices collect figures in a spreadsheet):
 * the same sections as the .docx, one block under the other.
 */

const STATUS_ZH = { blank: '空白栏目', stale: '长期未更新', fresh: '正常', tooEarly: '记录不足' } as const;
const MONTH_STATUS_ZH = {
  blank: '空白月',
  underQuota: '未完成',
  met: '完成',
  inProgress: '进行中',
  future: '',
  beforeRecords: '未记录',
} as const;

export function bulletinRows(b: MonthlyBulletin): (string | number)[][] {
  const rows: (string | number)[][] = [
    [`${b.agencyName}${b.year}年${b.month}月政府信息公开情况月报`],
    [`统计期间：${b.periodFrom} 至 ${b.periodTo}`],
    [],
    ['一、基本情况'],
    ['本月主动公开（条）', b.total],
    ['月度任务（条）', b.quota],
    ['是否完成', b.quotaMet ? '完成' : `未完成（差${b.shortfall}条）`],
    ['本年累计（条）', b.yearToDate],
    ['本年空白月', b.blankMonths.length > 0 ? monthListZh(b.blankMonths) : '无'],
    ['本年未完成月度任务的月份', b.underQuotaMonths.length > 0 ? monthListZh(b.underQuotaMonths) : '无'],
    ['本月超期公开（条）', b.late.length],
    ['月末已生成未公开且超期（条）', b.overdueUnpublished],
    [],
    ['二、按主题分类', '条数'],
    ...b.byCategory.map((r) => [r.name, r.count]),
    [],
    ['三、按公开渠道', '条数'],
    ...b.byChannel.map((r) => [r.zh, r.count]),
    [],
    ['四、按栏目', '条数'],
    ...b.byColumn.map((r) => [r.name, r.count]),
    [],
    ['五、逐月情况', '条数', '情况'],
    ...b.months.map((m) => [`${m.month}月`, m.count, MONTH_STATUS_ZH[m.status]]),
    [],
    ['六、长期未更新及空白栏目', '最近更新', '未更新天数', '标准（天）', '情况'],
    ...b.idleColumns.map((c) => [
      c.name,
      c.lastPublished ?? '—',
      c.idleDays ?? '—',
      c.thresholdDays,
      STATUS_ZH[c.status],
    ]),
  ];
  if (b.late.length > 0) {
    rows.push([], ['七、超期公开信息（条例第二十六条）', '生成日期', '公开日期', '应公开日期']);
    for (const l of b.late) rows.push([l.title, l.formedDate, l.publishedDate, l.dueDate]);
  }
  return rows;
}

const SECTION = /^[一二三四五六七八九十]、/;
const WIDTHS = [40, 13, 13, 13, 12];

/**
 * The bulletin as one printable sheet (A4 portrait, fitted to the width): the title rows merged
 * and repeated on each page, every section a bordered table under a bold heading row, 0 printed
 * as 0. Built with ExcelJS (shared/xlsx/style.ts); xlsxBytes makes the bytes.
 */
export function bulletinWorkbook(b: MonthlyBulletin): Workbook {
  const wb = newWorkbook(b.agencyName);
  const ws = addPrintableSheet(wb, {
    name: `${b.month}月月报`,
    landscape: false,
    widths: WIDTHS,
    headerRows: 2,
  });
  const last = WIDTHS.length;
  let section = '';
  bulletinRows(b).forEach((cells, i) => {
    const r = i + 1;
    if (cells.length === 0) return;
    if (r <= 2) {
      putCell(ws, r, 1, cells[0] ?? '', r === 1 ? 'title' : 'label');
      ws.getCell(r, 1).style = { ...ws.getCell(r, 1).style, border: {} };
      mergeBlock(ws, r, 1, r, last);
      return;
    }
    const heading = typeof cells[0] === 'string' && SECTION.test(cells[0]);
    if (heading) section = String(cells[0]);
    cells.forEach((v, c) => {
      putCell(ws, r, c + 1, v, heading ? 'header' : c === 0 ? 'text' : 'value');
    });
    // 一、基本情况: a one-cell heading over label/value pairs whose values (month lists) get the
    // width of the other four columns.
    if (heading && cells.length === 1) mergeBlock(ws, r, 1, r, last);
    else if (section.startsWith('一、') && cells.length === 2) mergeBlock(ws, r, 2, r, last);
  });
  ws.getRow(1).height = 30;
  fitRowHeights(ws, 2);
  return wb;
}

export function bulletinXlsx(b: MonthlyBulletin): Promise<Uint8Array> {
  return xlsxBytes(bulletinWorkbook(b));
}
