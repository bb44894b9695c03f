/**
 * Moving through a report table's value cells from the keyboard (an arrow-key grid: the table is one
 * Tab stop, not ~150). The official tables merge cells across rows and columns, so the next cell is
 * found from where the cells are drawn, not from their row and column numbers.
 */

export interface CellBox {
  key: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type GridMove = 'left' | 'right' | 'up' | 'down' | 'rowStart' | 'rowEnd' | 'first' | 'last';

/** The move a key asks for (Home/End within the row, Ctrl+Home/End the table's ends), or null. */
export function gridMoveOf(key: string, ctrl: boolean): GridMove | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'Home':
      return ctrl ? 'first' : 'rowStart';
    case 'End':
      return ctrl ? 'last' : 'rowEnd';
    default:
      return null;
  }
}

// Half a pixel: boxes of neighbouring cells share an edge, drawn at fractional positions.
const EPS = 0.5;
const overlapsRows = (a: CellBox, b: CellBox) => a.top < b.bottom - EPS && a.bottom > b.top + EPS;
const overlapsCols = (a: CellBox, b: CellBox) => a.left < b.right - EPS && a.right > b.left + EPS;

/** Smallest by `by`, ties broken by `then` (both ascending). */
function nearest(cells: CellBox[], by: (c: CellBox) => number, then: (c: CellBox) => number) {
  let best: CellBox | null = null;
  for (const c of cells)
    if (!best || by(c) < by(best) - EPS || (Math.abs(by(c) - by(best)) <= EPS && then(c) < then(best)))
      best = c;
  return best;
}

/**
 * The cell a move goes to from `from`, or null at the table's edge. Left/right stay on the cells
 * beside it (a cell spanning two rows goes to the upper one's neighbour first); up/down stay in its
 * column (the leftmost of a span's columns).
 */
export function nextCell(cells: readonly CellBox[], from: string, move: GridMove): string | null {
  const at = cells.find((c) => c.key === from);
  if (!at) return cells[0]?.key ?? null;
  const others = cells.filter((c) => c.key !== from);
  const rowOf = others.filter((c) => overlapsRows(c, at));
  const colOf = others.filter((c) => overlapsCols(c, at));
  const top = (c: CellBox) => Math.abs(c.top - at.top);
  const left = (c: CellBox) => Math.abs(c.left - at.left);
  const reading = (c: CellBox) => c.top * 1e6 + c.left;
  let to: CellBox | null = null;
  switch (move) {
    case 'right':
      to = nearest(
        rowOf.filter((c) => c.left >= at.right - EPS),
        (c) => c.left,
        top,
      );
      break;
    case 'left':
      to = nearest(
        rowOf.filter((c) => c.right <= at.left + EPS),
        (c) => -c.right,
        top,
      );
      break;
    case 'down':
      to = nearest(
        colOf.filter((c) => c.top >= at.bottom - EPS),
        (c) => c.top,
        left,
      );
      break;
    case 'up':
      to = nearest(
        colOf.filter((c) => c.bottom <= at.top + EPS),
        (c) => -c.bottom,
        left,
      );
      break;
    case 'rowStart':
      to = nearest([at, ...rowOf], (c) => c.left, top);
      break;
    case 'rowEnd':
      to = nearest([at, ...rowOf], (c) => -c.right, top);
      break;
    case 'first':
      to = nearest([...cells], reading, () => 0);
      break;
    case 'last':
      to = nearest(
        [...cells],
        (c) => -reading(c),
        () => 0,
      );
      break;
  }
  return to && to.key !== from ? to.key : null;
}
