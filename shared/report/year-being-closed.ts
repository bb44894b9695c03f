// Which year the app opens on (issue 13 item 14). From January the officer still works on last
// year — late entries, the annual report due by 1月31日 (条例第四十九条; townships set their own date)
// — so last year stays "open" until its report is finalised in the app. Pure: `today` is an argument.
import { type DateString, daysInMonth, formatDate, yearOf } from '../model/dates';

export interface YearBeingClosedInput {
  today: DateString;
  /** 年度报告 due date "MM-DD" from the agency profile. */
  reportDueMonthDay: string;
  /** Years whose report has been finalised (定稿) in the app. */
  finalisedYears: readonly number[];
  /** Years the app holds records of: a year with no records has nothing to close here. */
  yearsWithRecords: readonly number[];
}

export interface OpenYear {
  /** The year lists, dashboard and report open on. */
  year: number;
  /** True while last year is still being closed (then `year` is last year). */
  closing: boolean;
  /** The other year, one click away: this year while closing, else last year. */
  other: number;
}

/**
 * The last day last year can still be open: the end of the month after the report's due date
 * (1月31日 → 2月底). A report never marked 定稿 in the app must not keep the whole year pointing
 * backwards; by then the report is published and the officer's work is in the new year.
 */
export function closingWindowEnd(year: number, reportDueMonthDay: string): DateString {
  const [mm] = reportDueMonthDay.split('-').map(Number) as [number, number];
  const m = Math.min(12, mm + 1);
  return formatDate(year, m, daysInMonth(year, m));
}

export function yearBeingClosed(input: YearBeingClosedInput): OpenYear {
  const year = yearOf(input.today);
  const last = year - 1;
  const closing =
    input.today <= closingWindowEnd(year, input.reportDueMonthDay) &&
    !input.finalisedYears.includes(last) &&
    input.yearsWithRecords.includes(last);
  return closing ? { year: last, closing: true, other: year } : { year, closing: false, other: last };
}
