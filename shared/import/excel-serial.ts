import { addDays, type DateString, fromDayNumber, toDayNumber } from '../model/dates';

// Day number of 1899-12-30 (serial 0 for dates after the phantom day); model/dates refuses years < 1900.
const EXCEL_EPOCH = toDayNumber('1900-01-01') - 2;

/**
 * Excel's 1900 date system counts 1900-02-29, a day that never existed (Lotus 1-2-3 compatibility):
 * serial 60 is that phantom day, so serials from 61 on are one day ahead of a plain count.
 */
export function excelSerialToDate(serial: number, date1904 = false): DateString | null {
  if (!Number.isFinite(serial)) return null;
  // A time of day rides in the fraction; the civil date is the whole part.
  const whole = Math.floor(serial);
  if (date1904) return whole >= 0 ? addDays('1904-01-01', whole) : null;
  if (whole < 1 || whole === 60) return null;
  return fromDayNumber(EXCEL_EPOCH + (whole < 60 ? whole + 1 : whole));
}

/** The inverse, for writing real date cells when exporting. */
export function dateToExcelSerial(date: DateString): number {
  const serial = toDayNumber(date) - EXCEL_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}
