import { describe, expect, it } from 'vitest';
import { parseArrangementText } from './arrangement-text';
import { buildCalendar } from './work-calendar';
import { addWorkingDays } from './working-days';

describe('parseArrangementText', () => {
  it('reads ISO ranges and single make-up days, one per line', () => {
    const r = parseArrangementText('2027-02-06 至 2027-02-13 放假\n2027-02-14 上班\n', { note: '测试通知' });
    expect(r.errors).toEqual([]);
    expect(r.overrides.filter((o) => o.kind === 'holiday').map((o) => o.date)).toEqual([
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
      '2027-02-13',
    ]);
    expect(r.overrides.filter((o) => o.kind === 'workday')).toEqual([
      { date: '2027-02-14', kind: 'workday', note: '测试通知' },
    ]);
  });

  it("reads the State Council notice's own wording, taking the year from a heading", () => {
    const notice = [
      '国务院办公厅关于2027年部分节假日安排的通知',
      '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
      '二、春节：2月6日（星期六）至13日（星期六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。',
      '三、国庆节：10月1日至7日放假调休，共7天。9月26日（周日）、10月9日（周六）上班。',
    ].join('\n');
    const r = parseArrangementText(notice);
    expect(r.errors).toEqual([]);
    expect(r.ignoredLines).toEqual([1]);
    const holidays = r.overrides.filter((o) => o.kind === 'holiday');
    const workdays = r.overrides.filter((o) => o.kind === 'workday');
    expect(holidays).toHaveLength(3 + 8 + 7);
    expect(workdays.map((o) => o.date)).toEqual(['2027-02-14', '2027-02-20', '2027-09-26', '2027-10-09']);
    expect(r.overrides.find((o) => o.date === '2027-02-10')?.note).toBe('春节');
    // Used as a calendar, a deadline across the break moves accordingly.
    const cal = buildCalendar({ overrides: r.overrides });
    expect(addWorkingDays(cal, '2027-02-05', 1)).toBe('2027-02-14');
  });

  it('accepts full-width digits, 2027年2月6日 and short MM-DD range ends', () => {
    const r = parseArrangementText(
      '２０２７年２月６日～２月８日 放假\n2027-05-01 至 05-03 放假\n2027年5月8日 补班',
    );
    expect(r.errors).toEqual([]);
    expect(r.overrides.map((o) => `${o.date}:${o.kind}`)).toEqual([
      '2027-02-06:holiday',
      '2027-02-07:holiday',
      '2027-02-08:holiday',
      '2027-05-01:holiday',
      '2027-05-02:holiday',
      '2027-05-03:holiday',
      '2027-05-08:workday',
    ]);
  });

  it('uses defaultYear for month-day forms and reports lines it cannot read, keeping the rest', () => {
    const r = parseArrangementText(
      [
        '2月6日至8日放假',
        '2027-02-30 放假',
        '2027-02-13 至 2027-02-06 放假',
        '2027-03-01',
        '2027-02-06 上班',
        '备注：以正式通知为准',
      ].join('\n'),
      { defaultYear: 2027 },
    );
    expect(r.overrides.map((o) => o.date)).toEqual(['2027-02-06', '2027-02-07', '2027-02-08']);
    expect(r.errors.map((e) => [e.line, e.key])).toEqual([
      [2, 'parse.invalidDate'],
      [3, 'parse.badRange'],
      [4, 'parse.noKind'],
      [5, 'parse.conflict'],
    ]);
    expect(r.ignoredLines).toEqual([6]);
  });

  it('needs a year for month-day forms', () => {
    expect(parseArrangementText('2月6日放假').errors).toEqual([
      { line: 1, text: '2月6日放假', key: 'parse.noYear' },
    ]);
  });
});
