import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';

/**
 * A list whose rows open something (a click on a row), from the keyboard: the list is one Tab stop —
 * the row last moved to, at first the first row —, ↑/↓ and Home/End move between the rows and Enter
 * or Space opens the row, as a click does. The handlers go on an element around the table (the keys
 * and focus of its rows bubble to it); each row is `tr[data-row-key]` with `tabIndex` from `tabIndexOf`.
 * `turnPage` (a paged list): PageDown/PageUp turn the page (true when there was one to turn to), and
 * the keyboard goes to the new page's first row once it is drawn.
 */
export function useRowKeys<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  onRowClick: ((row: T) => void) | undefined,
  turnPage?: (delta: 1 | -1) => boolean,
) {
  const [focused, setFocused] = useState<string | null>(null);
  // A page turned from the keyboard: the rows' body and the first row before it, until the new page is in.
  const turning = useRef<{ body: Element; from: string | undefined } | null>(null);
  const firstKey = rows[0] === undefined ? undefined : keyOf(rows[0]);
  useEffect(() => {
    const turn = turning.current;
    if (!turn || firstKey === undefined || firstKey === turn.from) return;
    turning.current = null;
    turn.body.querySelector<HTMLElement>(':scope > tr[data-row-key][tabindex="0"]')?.focus();
  }, [firstKey]);
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
    if ((e.key === 'PageDown' || e.key === 'PageUp') && turnPage) {
      e.preventDefault();
      const body = tr.parentElement;
      if (body && turnPage(e.key === 'PageDown' ? 1 : -1)) turning.current = { body, from: firstKey };
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
