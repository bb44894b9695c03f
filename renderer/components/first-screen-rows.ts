import { useEffect, useRef, useState } from 'react';
import { afterNextPaint } from './AfterFirstPaint';

/** Where a list's rows are: a register's (antd's middle table, one line, under the filters). */
export interface RowsLayout {
  /** Pixels of the window above the first row. */
  above: number;
  /** Height of a row. */
  row: number;
}
const REGISTER_ROWS: RowsLayout = { above: 230, row: 48 };

/** How many list rows a window `height` pixels tall shows before it is scrolled (at least 6). */
export function rowsOnFirstScreen(height: number, layout: RowsLayout = REGISTER_ROWS): number {
  return Math.max(6, Math.ceil((height - layout.above) / layout.row));
}

/**
 * A register list's first rows, then all of them (issue 17): when a list opens, the rows the window
 * shows are drawn first and those below the first screen in the next task after that paint — the
 * officer sees the list one render of the hidden rows sooner. Only the first rows a list shows
 * after it opens are staged: a list being refreshed or paged keeps all its rows (no row of a scrolled
 * list ever disappears). `enabled` false (a list antd pages itself: its total is the rows' number)
 * gives `rows` unchanged.
 */
export function useFirstScreenRows<T>(
  rows: T[] | undefined,
  enabled: boolean,
  layout: RowsLayout = REGISTER_ROWS,
): T[] | undefined {
  const [expanded, setExpanded] = useState(false);
  // Set once the list has shown its rows without staging them: later rows are never staged.
  const settled = useRef(false);
  const first = useRef(0);
  if (first.current === 0)
    first.current = rowsOnFirstScreen(typeof window === 'undefined' ? 800 : window.innerHeight, layout);
  const staging =
    enabled && !expanded && !settled.current && rows !== undefined && rows.length > first.current;
  useEffect(() => {
    if (!staging) {
      if (rows !== undefined) settled.current = true;
      return;
    }
    return afterNextPaint(() => setExpanded(true));
  }, [staging, rows]);
  return staging && rows ? rows.slice(0, first.current) : rows;
}
