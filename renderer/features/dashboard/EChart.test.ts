import { describe, expect, it } from 'vitest';
import { itemAfterKey } from './EChart';

describe('a chart’s items from the keyboard', () => {
  it('moves one item with the arrow keys, to the ends with Home and End, and stops at the ends', () => {
    expect(itemAfterKey('ArrowDown', 0, 7)).toBe(1);
    expect(itemAfterKey('ArrowRight', 5, 7)).toBe(6);
    expect(itemAfterKey('ArrowDown', 6, 7)).toBe(6);
    expect(itemAfterKey('ArrowUp', 3, 7)).toBe(2);
    expect(itemAfterKey('ArrowLeft', 0, 7)).toBe(0);
    expect(itemAfterKey('Home', 4, 7)).toBe(0);
    expect(itemAfterKey('End', 1, 7)).toBe(6);
  });

  it('from no item (focused with the pointer) the first key goes to the first item, End to the last', () => {
    expect(itemAfterKey('ArrowDown', -1, 7)).toBe(0);
    expect(itemAfterKey('ArrowUp', -1, 7)).toBe(0);
    expect(itemAfterKey('End', -1, 7)).toBe(6);
  });

  it('other keys, and a chart without items, move nothing', () => {
    expect(itemAfterKey('a', 2, 7)).toBeNull();
    expect(itemAfterKey('Tab', 2, 7)).toBeNull();
    expect(itemAfterKey('ArrowDown', 0, 0)).toBeNull();
  });
});
