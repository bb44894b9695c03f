import { describe, expect, it } from 'vitest';
import { type CellBox, gridMoveOf, nextCell } from './grid-keys';

// A grid with a merged cell, as the official tables have (50 px cells; M spans rows 1–2 of column 2):
//   a  b  c
//   d  M  e
//   f  M  g
//   h  i  j
const box = (key: string, col: number, row: number, cols = 1, rows = 1): CellBox => ({
  key,
  left: col * 50,
  top: row * 50,
  right: (col + cols) * 50,
  bottom: (row + rows) * 50,
});
const cells = [
  box('a', 0, 0),
  box('b', 1, 0),
  box('c', 2, 0),
  box('d', 0, 1),
  box('M', 1, 1, 1, 2),
  box('e', 2, 1),
  box('f', 0, 2),
  box('g', 2, 2),
  box('h', 0, 3),
  box('i', 1, 3),
  box('j', 2, 3),
];

describe('report tables: the arrow-key grid', () => {
  it('moves to the neighbouring cell, and stops at the edges', () => {
    expect(nextCell(cells, 'a', 'right')).toBe('b');
    expect(nextCell(cells, 'b', 'left')).toBe('a');
    expect(nextCell(cells, 'a', 'down')).toBe('d');
    expect(nextCell(cells, 'd', 'up')).toBe('a');
    expect(nextCell(cells, 'a', 'left')).toBeNull();
    expect(nextCell(cells, 'a', 'up')).toBeNull();
    expect(nextCell(cells, 'j', 'right')).toBeNull();
    expect(nextCell(cells, 'j', 'down')).toBeNull();
  });

  it('goes through a merged cell: in and out across its rows, down its column', () => {
    expect(nextCell(cells, 'b', 'down')).toBe('M');
    expect(nextCell(cells, 'M', 'down')).toBe('i');
    expect(nextCell(cells, 'i', 'up')).toBe('M');
    expect(nextCell(cells, 'd', 'right')).toBe('M');
    expect(nextCell(cells, 'f', 'right')).toBe('M');
    // Out of a two-row cell: to the upper row's neighbour.
    expect(nextCell(cells, 'M', 'right')).toBe('e');
    expect(nextCell(cells, 'M', 'left')).toBe('d');
    expect(nextCell(cells, 'g', 'left')).toBe('M');
  });

  it('Home/End go to the row’s ends, Ctrl+Home/End to the table’s', () => {
    expect(nextCell(cells, 'e', 'rowStart')).toBe('d');
    expect(nextCell(cells, 'd', 'rowEnd')).toBe('e');
    expect(nextCell(cells, 'a', 'rowStart')).toBeNull();
    expect(nextCell(cells, 'g', 'first')).toBe('a');
    expect(nextCell(cells, 'b', 'last')).toBe('j');
  });

  it('tolerates the fractional edges a browser draws', () => {
    const drawn = cells.map((c) => ({ ...c, left: c.left + 0.3, right: c.right - 0.2 }));
    expect(nextCell(drawn, 'a', 'right')).toBe('b');
    expect(nextCell(drawn, 'b', 'down')).toBe('M');
  });

  it('reads the keys: arrows, Home/End, Ctrl with Home/End; others are not moves', () => {
    expect(gridMoveOf('ArrowRight', false)).toBe('right');
    expect(gridMoveOf('ArrowUp', false)).toBe('up');
    expect(gridMoveOf('Home', false)).toBe('rowStart');
    expect(gridMoveOf('Home', true)).toBe('first');
    expect(gridMoveOf('End', true)).toBe('last');
    expect(gridMoveOf('Enter', false)).toBeNull();
    expect(gridMoveOf('a', false)).toBeNull();
  });
});
