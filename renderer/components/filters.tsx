import { Input, Select, Space } from 'antd';
import { memo, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentQuery, setQuery, useQueryText, useQueryValue } from '../app/router';
import { OpenYearSwitch, useOpenYear } from './open-year';

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

export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {children}
    </Space>
  );
}

/**
 * The text search. What is typed stays in the box until Enter or the search button puts it in the
 * address; when the address's text changes otherwise (back and forward, a link to a filtered list
 * while the list is open), the box shows the new text.
 */
export function SearchFilter({ placeholder }: { placeholder: string }) {
  const inAddress = useQueryValue('q');
  const [text, setText] = useState(inAddress);
  const [shown, setShown] = useState(inAddress);
  if (shown !== inAddress) {
    setShown(inAddress);
    setText(inAddress);
  }
  return (
    <Input.Search
      allowClear
      data-testid="filter-q"
      placeholder={placeholder}
      value={text}
      onSearch={(v) => setFilter('q', v.trim())}
      onChange={(e) => {
        setText(e.target.value);
        if (e.target.value === '') setFilter('q', null);
      }}
      style={{ width: 260 }}
    />
  );
}

export function SelectFilter({
  name,
  placeholder,
  options,
  width = 160,
}: {
  name: string;
  placeholder: string;
  options: { value: string; label: string }[];
  width?: number;
}) {
  const value = useQueryValue(name);
  return (
    <Select
      allowClear
      data-testid={`filter-${name}`}
      placeholder={placeholder}
      value={value || undefined}
      options={options}
      onChange={(v: string | undefined) => setFilter(name, v ?? null)}
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
}

/** One select of a register's filter bar (see SelectFilter). */
export interface SelectFilterSpec {
  name: string;
  placeholder: string;
  options: { value: string; label: string }[];
  width?: number;
}

/**
 * A register's filter bar: the text search, year and month, then the register's own selects. Drawn
 * again only when what it shows changes — its props compared by value (a few dozen short strings) —
 * not on every render of its list (issue 17: the rows and then the count arriving re-rendered six
 * antd Selects twice per list open). Each filter follows the address itself.
 */
export const RegisterFilters = memo(
  function RegisterFilters(props: { search: string; years: number[]; selects: SelectFilterSpec[] }) {
    return (
      <FilterBar>
        <SearchFilter placeholder={props.search} />
        <YearMonthFilters years={props.years} />
        {props.selects.map((s) => (
          <SelectFilter key={s.name} {...s} />
        ))}
      </FilterBar>
    );
  },
  (a, b) => JSON.stringify(a) === JSON.stringify(b),
);

export function YearMonthFilters({ years }: { years: number[] }) {
  const { t } = useTranslation('common');
  const year = useQueryValue('year');
  const open = useOpenYear();
  return (
    <>
      <OpenYearSwitch open={open} value={Number(year)} onChange={(y) => setFilter('year', y)} />
      <SelectFilter
        name="year"
        width={110}
        placeholder={t('filter.allYears')}
        options={years.map((y) => ({ value: String(y), label: t('filter.yearN', { n: y }) }))}
      />
      <SelectFilter
        name="month"
        width={100}
        placeholder={t('filter.allMonths')}
        options={Array.from({ length: 12 }, (_, i) => ({
          value: String(i + 1),
          label: t('filter.monthN', { n: i + 1 }),
        }))}
      />
    </>
  );
}

/** Years to offer: from 2019 (the current 条例) to next year, newest first. */
export function yearOptions(today: string): number[] {
  const now = Number(today.slice(0, 4));
  const years: number[] = [];
  for (let y = now + 1; y >= 2019; y -= 1) years.push(y);
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
