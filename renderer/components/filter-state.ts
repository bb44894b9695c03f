import { useMemo } from 'react';
import { currentQuery, setQuery, useQueryText } from '../app/router';

/*
 * The lists' filters as state — in the address — and their matching, without the filter bar's
 * controls (filters.tsx, antd's Input and Select): what the dashboard and the lists' reads use, so
 * neither loads the controls' code with the first screen or a read ahead (issue 17).
 */

/** Sets one list filter in the address, keeping the others ('' or null removes it). */
export function setFilter(k: string, v: string | number | null | undefined): void {
  const next: Record<string, string> = {};
  currentQuery().forEach((value, key) => {
    next[key] = value;
  });
  if (v === null || v === undefined || v === '') delete next[k];
  else next[k] = String(v);
  setQuery(next);
}

/**
 * List filters live in the URL query, so a dashboard link can open a filtered list. A page using
 * this re-renders when its filters change, not when a record's drawer opens (issue 17).
 */
export function useFilters() {
  const text = useQueryText();
  const query = useMemo(() => new URLSearchParams(text), [text]);
  const get = (k: string) => query.get(k) ?? '';
  return { get, set: setFilter, query };
}

/**
 * The first year a register can hold: the 条例 in force since 2008-05-01 (revised 2019). A bureau's
 * ten years imported from its old spreadsheets reach back before 2019, and each of those years must
 * be one the list's year filter offers (it stopped at 2019, leaving older years out of reach).
 */
export const FIRST_RECORD_YEAR = 2008;

/** Years to offer: from FIRST_RECORD_YEAR to next year, newest first. */
export function yearOptions(today: string): number[] {
  const now = Number(today.slice(0, 4));
  const years: number[] = [];
  for (let y = now + 1; y >= FIRST_RECORD_YEAR; y -= 1) years.push(y);
  return years;
}

/** Does a civil date match the year/month filters (empty filter = match)? */
export function matchesYearMonth(date: string | null | undefined, year: string, month: string): boolean {
  if (!year && !month) return true;
  if (!date) return false;
  if (year && date.slice(0, 4) !== year) return false;
  if (month && Number(date.slice(5, 7)) !== Number(month)) return false;
  return true;
}

export function matchesText(q: string, ...fields: (string | null | undefined)[]): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return fields.some((f) => f?.toLowerCase().includes(needle));
}
