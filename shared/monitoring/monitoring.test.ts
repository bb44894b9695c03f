import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/work-calendar';
import { addWorkingDays } from '../calendar/working-days';
import { consultationSchema, publicationSchema, requestSchema } from '../model/records';
import { defaultSettings } from '../model/settings';
import {
  consultationsByChannel,
  reportDeadline,
  requestsByOutcome,
  requestsNeedingAttention,
} from './activity';
import { buildMonthlyBulletin } from './bulletin';
import { columnFreshness } from './columns';
import { monthSummary, thisMonthAgainstQuota } from './monthly';
import { latePublications, unpublishedItems } from './timeliness';

const TODAY = '2025-05-15';
const calendar = buildCalendar();
const addWD = (from: string, n: number) => addWorkingDays(calendar, from, n);
const META = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deletedAt: null,
};

const pub = (
  id: string,
  formedDate: string,
  publishedDate: string | null,
  column: string,
  extra: object = {},
) =>
  publicationSchema.parse({
    ...META,
    id,
    title: `测试信息${id}`,
    formedDate,
    publishedDate,
    column,
    category: column,
    ...extra,
  });

/** A small year with known answers (2025 holidays: 春节 1/28–2/4, 清明 4/4–6, 劳动节 5/1–5; 调休 1/26, 2/8, 4/27). */
const publications = [
  pub('p1', '2025-01-10', '2025-01-10', '通知公告', { channels: ['website'] }),
  pub('p2', '2025-01-14', '2025-01-15', '工作动态', { channels: ['website', 'board'] }),
  pub('p3', '2025-01-20', '2025-01-20', '财政信息', { category: '财政预决算' }),
  pub('p4', '2025-02-10', '2025-02-10', '政策文件', { deletedAt: '2025-02-11T00:00:00Z' }),
  pub('p5', '2025-01-02', '2025-03-10', '人事信息'),
  pub('p6', '2025-05-06', '2025-05-06', '工作动态'),
  pub('p7', '2025-05-09', '2025-05-10', '工作动态'),
  pub('p8', '2025-05-19', '2025-05-20', '政策文件'),
  pub('p9', '2025-04-01', null, '通知公告'),
  pub('p10', '2025-05-12', null, '通知公告'),
];

const settings = {
  ...defaultSettings(),
  monthlyQuota: 3,
  columns: [
    { name: '工作动态', kind: 'news' as const, staleDays: null },
    { name: '通知公告', kind: 'notice' as const, staleDays: null },
    { name: '政策文件', kind: 'policy' as const, staleDays: null },
    { name: '财政信息', kind: 'other' as const, staleDays: null },
    { name: '人事信息', kind: 'other' as const, staleDays: 30 },
  ],
};

describe('months and quota', () => {
  const s = monthSummary(publications, 2025, 3, TODAY);

  it('counts published, live items up to today per month', () => {
    expect(s.months.map((m) => m.count)).toEqual([3, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.total).toBe(6);
  });

  it('marks 空白月 and months under quota among finished months only', () => {
    expect(s.months.map((m) => m.status).slice(0, 6)).toEqual([
      'met',
      'blank',
      'underQuota',
      'blank',
      'inProgress',
      'future',
    ]);
    expect(s.blankMonths).toEqual([2, 4]);
    expect(s.underQuotaMonths).toEqual([3]);
    expect(s.blankStreak).toBe(1);
  });

  it('judges every month of a past year', () => {
    const past = monthSummary(publications, 2024, 3, TODAY);
    expect(past.blankMonths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(past.blankStreak).toBe(12);
  });

  it('shows this month against the quota', () => {
    expect(thisMonthAgainstQuota(publications, 3, TODAY)).toEqual({
      year: 2025,
      month: 5,
      count: 2,
      quota: 3,
      remaining: 1,
    });
  });
});

describe('column freshness (国办秘函〔2019〕19号 thresholds)', () => {
  it('finds blank and stale columns by kind and by the column’s own threshold', () => {
    const r = columnFreshness(publications, settings.columns, TODAY);
    const byName = Object.fromEntries(
      r.columns.map((c) => [c.name, [c.status, c.idleDays, c.thresholdDays]]),
    );
    expect(byName).toEqual({
      工作动态: ['fresh', 5, 14],
      通知公告: ['fresh', 125, 183],
      政策文件: ['blank', null, 183],
      财政信息: ['stale', 115, 90],
      人事信息: ['stale', 66, 30],
    });
    expect(r.columns.map((c) => c.name).slice(0, 3)).toEqual(['政策文件', '财政信息', '人事信息']);
    expect([r.staleCount, r.blankCount, r.failsSiteCheck]).toEqual([2, 1, false]);
  });

  it('does not call a column blank before the records cover its threshold (a new install)', () => {
    // Records since 2025-01 (134 days by 05-15): 政策文件 (183 days) is too early to judge.
    const early = columnFreshness(publications, settings.columns, TODAY, new Map(), '2025-01');
    const status = Object.fromEntries(early.columns.map((c) => [c.name, c.status]));
    expect(status.政策文件).toBe('tooEarly');
    expect(status.财政信息).toBe('stale');
    expect(early.blankCount).toBe(0);
    // Records since 2024-11 (195 days): now it is a 空白栏目.
    const covered = columnFreshness(publications, settings.columns, TODAY, new Map(), '2024-11');
    expect(covered.columns.find((c) => c.name === '政策文件')?.status).toBe('blank');
    expect(covered.blankCount).toBe(1);
  });
});

describe('条例第二十六条: 20 working days from formed to published', () => {
  it('lists unpublished items with their due date, overdue first', () => {
    expect(unpublishedItems(publications, TODAY, addWD)).toEqual([
      { id: 'p9', title: '测试信息p9', formedDate: '2025-04-01', dueDate: '2025-04-29', overdue: true },
      { id: 'p10', title: '测试信息p10', formedDate: '2025-05-12', dueDate: '2025-06-10', overdue: false },
    ]);
  });

  it('finds items published after the deadline (counting 春节 and the 1/26 调休)', () => {
    expect(latePublications(publications, addWD, { from: '2025-01-01', to: TODAY })).toEqual([
      {
        id: 'p5',
        title: '测试信息p5',
        formedDate: '2025-01-02',
        publishedDate: '2025-03-10',
        dueDate: '2025-02-06',
      },
    ]);
  });
});

describe('consultations, requests, report deadline', () => {
  it('counts this month’s consultations by channel', () => {
    const c = (id: string, date: string, channel: string, deletedAt: string | null = null) =>
      consultationSchema.parse({ ...META, id, date, channel, topic: '测试', deletedAt });
    const items = [
      c('c1', '2025-05-03', 'phone'),
      c('c2', '2025-05-04', 'phone'),
      c('c3', '2025-05-06', 'online'),
      c('c4', '2025-04-30', 'letter'),
      c('c5', '2025-05-07', 'inPerson', '2025-05-08T00:00:00.000Z'),
    ];
    expect(consultationsByChannel(items, 2025, 5)).toEqual([
      { channel: 'phone', count: 2 },
      { channel: 'inPerson', count: 0 },
      { channel: 'online', count: 1 },
      { channel: 'letter', count: 0 },
    ]);
  });

  const r = (id: string, receivedDate: string, events: object[] = []) =>
    requestSchema.parse({
      ...META,
      id,
      serial: id,
      applicantType: 'natural',
      applicantName: '测试申请人甲',
      channel: 'inPerson',
      submittedDate: receivedDate,
      receivedDate,
      content: '测试',
      events,
    });
  const answered = (date: string, outcome: string) => [{ id: `a${date}`, type: 'answered', date, outcome }];

  it('counts the year’s requests by outcome group, answers in the year they are given', () => {
    const items = [
      r('r1', '2025-02-10', answered('2025-03-01', 'disclose')),
      r('r2', '2025-03-10', answered('2025-04-02', 'withhold.thirdParty')),
      r('r3', '2024-12-20', answered('2025-01-10', 'unable.notHeld')),
      r('r4', '2024-11-01', answered('2024-11-20', 'partial')),
      r('r5', '2025-05-01'),
      r('r6', '2025-05-20'),
    ];
    expect(Object.fromEntries(requestsByOutcome(items, 2025, TODAY).map((b) => [b.bucket, b.count]))).toEqual(
      {
        disclose: 1,
        partial: 0,
        withhold: 1,
        unable: 1,
        notProcessed: 0,
        other: 0,
        pending: 1,
      },
    );
  });

  it('lists requests needing attention by the statutory clock', () => {
    const items = [
      r('2025-001', '2025-04-01'),
      r('2025-002', '2025-04-20'),
      r('2025-003', '2025-05-06', [{ id: 'k1', type: 'correctionAsked', date: '2025-05-07' }]),
      r('2025-004', '2025-05-06', [
        { id: 'k2', type: 'consultationSent', date: '2025-05-08', party: 'thirdParty' },
      ]),
      r('2025-005', '2025-05-12'),
      r('2025-006', '2025-04-01', answered('2025-04-10', 'disclose')),
    ];
    const list = requestsNeedingAttention(items, calendar, TODAY, 5);
    expect(Object.fromEntries(list.map((a) => [a.serial, a.kind]))).toEqual({
      '2025-001': 'overdue',
      '2025-002': 'dueSoon',
      '2025-003': 'awaitingCorrection',
      '2025-004': 'consulting',
    });
    expect(list.find((a) => a.serial === '2025-001')?.replyDue).toBe('2025-04-29');
    expect(list.find((a) => a.serial === '2025-002')?.replyDue).toBe('2025-05-20');
  });

  it('gives the days left to the annual report deadline (条例第四十九条, configurable)', () => {
    expect(reportDeadline('01-31', TODAY)).toEqual({
      reportYear: 2025,
      dueDate: '2026-01-31',
      daysLeft: 261,
    });
    expect(reportDeadline('01-31', '2025-01-20')).toEqual({
      reportYear: 2024,
      dueDate: '2025-01-31',
      daysLeft: 11,
    });
    expect(reportDeadline('01-31', '2025-01-31')).toEqual({
      reportYear: 2024,
      dueDate: '2025-01-31',
      daysLeft: 0,
    });
    expect(reportDeadline('03-31', '2025-02-01')).toEqual({
      reportYear: 2024,
      dueDate: '2025-03-31',
      daysLeft: 58,
    });
    expect(reportDeadline('02-29', '2025-01-01').dueDate).toBe('2025-02-28');
  });
});

describe('monthly bulletin', () => {
  it('reports March 2025: by category, channel and column, against quota, blank months so far', () => {
    const b = buildMonthlyBulletin(publications, settings, 2025, 3, addWD);
    expect([b.periodFrom, b.periodTo, b.total, b.quota, b.quotaMet, b.shortfall]).toEqual([
      '2025-03-01',
      '2025-03-31',
      1,
      3,
      false,
      2,
    ]);
    expect(b.byCategory).toEqual([{ name: '人事信息', count: 1 }]);
    expect(b.byChannel).toEqual([{ code: 'none', zh: '未填写', count: 1 }]);
    expect(b.byColumn).toEqual([
      { name: '工作动态', count: 0 },
      { name: '通知公告', count: 0 },
      { name: '政策文件', count: 0 },
      { name: '财政信息', count: 0 },
      { name: '人事信息', count: 1 },
    ]);
    expect([b.yearToDate, b.blankMonths, b.underQuotaMonths]).toEqual([4, [2], [3]]);
    expect(b.months.map((m) => m.status)).toEqual(['met', 'blank', 'underQuota']);
    expect(b.idleColumns.map((c) => [c.name, c.status])).toEqual([
      ['政策文件', 'blank'],
      ['工作动态', 'stale'],
    ]);
    expect(b.late.map((l) => l.id)).toEqual(['p5']);
    expect(b.overdueUnpublished).toBe(0);
  });

  it('reports January 2025 with channels counted per channel', () => {
    const b = buildMonthlyBulletin(publications, settings, 2025, 1, addWD);
    expect(b.total).toBe(3);
    expect(b.quotaMet).toBe(true);
    expect(b.byChannel).toEqual([
      { code: 'website', zh: '政府网站/信息公开平台', count: 2 },
      { code: 'board', zh: '政务公开栏', count: 1 },
      { code: 'none', zh: '未填写', count: 1 },
    ]);
    // In the order of the settings' category list.
    expect(b.byCategory.map((c) => c.name)).toEqual(['财政预决算', '工作动态', '通知公告']);
  });

  it('counts an item published only in May as overdue-unpublished at the end of April', () => {
    expect(buildMonthlyBulletin(publications, settings, 2025, 4, addWD).overdueUnpublished).toBe(1); // p9
    const b = buildMonthlyBulletin(
      [...publications, pub('p11', '2025-03-03', '2025-05-02', '工作动态')],
      settings,
      2025,
      4,
      addWD,
    );
    expect(b.overdueUnpublished).toBe(2);
    expect(b.blankMonths).toEqual([2, 4]);
  });
});
