import { type FocusEvent, type KeyboardEvent, useState } from 'react';

/**
 * A list whose rows open something (a click on a row), from the keyboard: the list is one Tab stop —
 * the row last moved to, at first the first row —, ↑/↓ and Home/End move between the rows and Enter
 * or Space opens the row, as a click does. The handlers go on an element around the table (the keys
 * and focus of its rows bubble to it); each row is `tr[data-row-key]` with `tabIndex` from `tabIndexOf`.
 */
export function useRowKeys<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  onRowClick: ((row: T) => void) | undefined,
) {
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop = !onRowClick
    ? null
    : rows.some((r) => keyOf(r) === focused)
      ? focused
      : rows[0] === undefined
        ? null
        : keyOf(rows[0]);
  const rowOf = (el: EventTarget): HTMLTableRowElement | null =>
    el instanceof HTMLTableRowElement && el.dataset.rowKey !== undefined ? el : null;
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const tr = rowOf(e.target);
    if (!tr || !onRowClick) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const row = rows.find((r) => keyOf(r) === tr.dataset.rowKey);
      if (row !== undefined) onRowClick(row);
      return;
    }
    const all = tr.parentElement?.querySelectorAll<HTMLTableRowElement>(':scope > tr[data-row-key]');
    const to =
      e.key === 'ArrowDown'
        ? tr.nextElementSibling
        : e.key === 'ArrowUp'
          ? tr.previousElementSibling
          : e.key === 'Home'
            ? all?.[0]
            : e.key === 'End'
              ? all?.[all.length - 1]
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    if (to && rowOf(to)) (to as HTMLElement).focus();
  };
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const key = rowOf(e.target)?.dataset.rowKey;
    if (key !== undefined && key !== tabStop) setFocused(key);
  };
  return {
    /** For the element around the table (nothing when the rows open nothing). */
    keyProps: onRowClick ? { onKeyDown, onFocus } : {},
    /** A row's tabIndex: 0 for the list's Tab stop, -1 for the others, none when rows open nothing. */
    tabIndexOf: (key: string): number | undefined => (onRowClick ? (key === tabStop ? 0 : -1) : undefined),
    tabStop,
  };
}
