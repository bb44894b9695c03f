import ics2025 from 'chinese-days/dist/years/2025.ics?raw';
import json2026 from 'chinese-days/dist/years/2026.json?raw';
import { describe, expect, it } from 'vitest';
import { calendarExportJson, parseCalendarJson, parseIcsArrangement } from './calendar-import';
import { OFFICIAL_CALENDAR } from './official-data';

function officialYear(year: number) {
  const prefix = `${year}-`;
  return {
    holidays: [...OFFICIAL_CALENDAR.holidays.keys()].filter((d) => d.startsWith(prefix)),
    workdays: [...OFFICIAL_CALENDAR.workdays.keys()].filter((d) => d.startsWith(prefix)),
  };
}

describe('parseIcsArrangement', () => {
  it('reads a published holiday .ics (folded lines, all-day DTEND exclusive) into the official 2025 days', () => {
    const r = parseIcsArrangement(ics2025);
    expect(r.errors).toEqual([]);
    const expected = officialYear(2025);
    expect(r.overrides.filter((o) => o.kind === 'holiday').map((o) => o.date)).toEqual(expected.holidays);
    expect(r.overrides.filter((o) => o.kind === 'workday').map((o) => o.date)).toEqual(expected.workdays);
    expect(r.overrides.find((o) => o.date === '2025-09-28')?.note).toBe('国庆节');
  });

  it('reads timed and UTC starts as Beijing dates, and reports events it cannot classify', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART:20270205T160000Z',
      'DTEND:20270206T160000Z',
      'SUMMARY:春节(休)',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270214',
      'SUMMARY:春节 补班',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270301',
      'SUMMARY:单位开会',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const r = parseIcsArrangement(ics);
    expect(r.overrides).toEqual([
      { date: '2027-02-06', kind: 'holiday', note: '春节' },
      { date: '2027-02-14', kind: 'workday', note: '春节 补班' },
    ]);
    expect(r.errors).toEqual([{ key: 'import.unknownSummary', detail: '单位开会 2027-03-01' }]);
  });

  it('refuses a file that is not a calendar', () => {
    expect(parseIcsArrangement('hello').errors[0]?.key).toBe('import.notIcs');
  });
});

describe('parseCalendarJson', () => {
  it('reads the chinese-days year JSON shape', () => {
    const r = parseCalendarJson(json2026);
    const expected = officialYear(2026);
    expect(r.errors).toEqual([]);
    expect(r.overrides.filter((o) => o.kind === 'workday').map((o) => o.date)).toEqual(expected.workdays);
    expect(r.overrides.find((o) => o.date === '2026-02-14')?.note).toBe('春节');
  });

  it('round-trips our own calendar export, years included', () => {
    const overrides = [
      { date: '2027-02-14', kind: 'workday' as const, note: '测试' },
      { date: '2027-02-06', kind: 'holiday' as const, note: '' },
    ];
    const years = [{ year: 2027, complete: true, note: '已录入' }];
    const r = parseCalendarJson(calendarExportJson(overrides, years));
    expect(r.errors).toEqual([]);
    expect(r.overrides.map((o) => o.date)).toEqual(['2027-02-06', '2027-02-14']);
    expect(r.years).toEqual(years);
  });

  it('reads a plain array and reports bad entries and conflicts', () => {
    const r = parseCalendarJson(
      JSON.stringify([
        { date: '2027-01-01', kind: 'holiday' },
        { date: '2027-02-30', kind: 'holiday' },
        { date: '2027-01-01', kind: 'workday' },
      ]),
    );
    expect(r.overrides).toEqual([{ date: '2027-01-01', kind: 'holiday', note: '' }]);
    expect(r.errors.map((e) => e.key)).toEqual(['import.badEntry', 'import.conflict']);
  });

  it('says what is wrong with other files', () => {
    expect(parseCalendarJson('{').errors[0]?.key).toBe('import.notJson');
    expect(parseCalendarJson('{"a":1}').errors[0]?.key).toBe('import.unknownJson');
  });
});
