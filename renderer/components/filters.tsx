import { Input, Select, Space } from 'antd';
import { memo, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryValue } from '../app/router';
import { setFilter } from './filter-state';
import { OpenYearSwitch, useOpenYear } from './open-year';

// The filters' state and matching without their controls (filter-state.ts), as before from here.
export { matchesText, matchesYearMonth, setFilter, useFilters, yearOptions } from './filter-state';

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
      // Named for a screen reader by what it filters (its placeholder is drawn apart from its input).
      aria-label={placeholder}
      placeholder={placeholder}
      value={value || undefined}
      options={options}
      onChange={(v: string | undefined) => setFilter(name, v ?? null)}
      // A long list (the years back to 2008) is found by typing, as well as by scrolling.
      showSearch={options.length > 10}
      optionFilterProp="label"
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
