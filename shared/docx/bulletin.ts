import type { Document, Paragraph, Table } from 'docx';
import { type MonthlyBulletin, monthListZh } from '../monitoring/bulletin';
import {
  chineseDate,
  FONT_SIZE,
  govBody,
  govCaption,
  govDocument,
  govHeading,
  govSection,
  govTitle,
} from './gov-style';
import { type GridCell, govTable } from './gov-table';

/**
 * The monthly bulletin as a short Word document in the official layout (GB/T 9704-2012 via
 * gov-style): what the officer reports upward each month. Packing to bytes happens at the edge.
 */

const COLUMN_STATUS_ZH = {
  blank: '空白栏目',
  stale: '长期未更新',
  fresh: '正常',
  tooEarly: '记录不足',
} as const;
const MONTH_STATUS_ZH = {
  blank: '空白月',
  underQuota: '未完成',
  met: '完成',
  inProgress: '',
  future: '',
  beforeRecords: '未记录',
} as const;

const head = (texts: string[]): GridCell[] => texts.map((text) => ({ text, bold: true }));
const table = (widths: number[], rows: GridCell[][]) =>
  govTable(rows, { widths, size: FONT_SIZE.xiaoSi, headerRows: 1 });

export function bulletinTitle(b: MonthlyBulletin): string {
  return `${b.agencyName}${b.year}年${b.month}月政府信息公开情况月报`;
}

/** The summary paragraph: every number in it comes from the same model as the tables below. */
export function bulletinSummaryZh(b: MonthlyBulletin): string {
  const quota =
    b.quota === 0
      ? ''
      : b.quotaMet
        ? `，完成月度任务（${b.quota}条）`
        : `，未完成月度任务（${b.quota}条），差${b.shortfall}条`;
  const blank = b.blankMonths.length > 0 ? `本年度空白月：${monthListZh(b.blankMonths)}` : '本年度无空白月';
  const under =
    b.underQuotaMonths.length > 0 ? `；未完成月度任务的月份：${monthListZh(b.underQuotaMonths)}` : '';
  return `${b.month}月共主动公开政府信息${b.total}条${quota}；本年累计${b.yearToDate}条。截至本月，${blank}${under}。`;
}

export function buildBulletinDocument(b: MonthlyBulletin): Document {
  const children: (Paragraph | Table)[] = [
    govTitle(bulletinTitle(b)),
    govBody(`统计期间：${chineseDate(b.periodFrom)}至${chineseDate(b.periodTo)}`, { indent: false }),
    govHeading('一、基本情况', 1),
    govBody(bulletinSummaryZh(b)),
  ];
  if (b.late.length > 0 || b.overdueUnpublished > 0) {
    // 条例第二十六条: within 20 working days of being formed or changed.
    children.push(
      govBody(
        `按照《中华人民共和国政府信息公开条例》第二十六条（自形成或者变更之日起20个工作日内公开），本月超期公开${b.late.length}条；截至月末，已生成未公开且已超期${b.overdueUnpublished}条。`,
      ),
    );
  }

  children.push(govHeading('二、分类统计', 1), govCaption('（一）按主题分类'));
  children.push(
    table(
      [3, 1],
      [head(['主题分类', '条数']), ...b.byCategory.map((r) => [{ text: r.name }, { text: String(r.count) }])],
    ),
  );
  children.push(govCaption('（二）按公开渠道'));
  children.push(
    table(
      [3, 1],
      [head(['公开渠道', '条数']), ...b.byChannel.map((r) => [{ text: r.zh }, { text: String(r.count) }])],
    ),
  );
  children.push(govCaption('（三）按栏目'));
  children.push(
    table(
      [3, 1],
      [head(['栏目', '条数']), ...b.byColumn.map((r) => [{ text: r.name }, { text: String(r.count) }])],
    ),
  );

  children.push(govHeading('三、逐月发布情况', 1));
  children.push(
    table(
      [1, 1, 1],
      [
        head(['月份', '条数', '情况']),
        ...b.months.map((m) => [
          { text: `${m.month}月` },
          { text: String(m.count) },
          { text: MONTH_STATUS_ZH[m.status] },
        ]),
      ],
    ),
  );

  children.push(govHeading('四、栏目更新情况', 1));
  if (b.idleColumns.length === 0) children.push(govBody('截至月末，各栏目均按时更新，无空白栏目。'));
  else
    children.push(
      table(
        [3, 2, 1.5, 1.5, 2],
        [
          head(['栏目', '最近更新', '未更新天数', '标准（天）', '情况']),
          ...b.idleColumns.map((c) => [
            { text: c.name },
            { text: c.lastPublished ?? '—' },
            { text: c.idleDays === null ? '—' : String(c.idleDays) },
            { text: String(c.thresholdDays) },
            { text: COLUMN_STATUS_ZH[c.status] },
          ]),
        ],
      ),
    );

  if (b.late.length > 0) {
    children.push(govHeading('五、超期公开信息', 1));
    children.push(
      table(
        [5, 2, 2, 2],
        [
          head(['信息名称', '生成日期', '公开日期', '应公开日期']),
          ...b.late.map((l) => [
            { text: l.title, align: 'left' as const },
            { text: l.formedDate },
            { text: l.publishedDate },
            { text: l.dueDate },
          ]),
        ],
      ),
    );
  }

  return govDocument({ title: bulletinTitle(b), creator: b.agencyName, sections: [govSection(children)] });
}
