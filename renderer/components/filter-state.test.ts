// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FIRST_RECORD_YEAR, yearOptions } from './filter-state';

describe('yearOptions', () => {
  it('offers every year a register can hold, next year first, back to the 条例 of 2008', () => {
    const years = yearOptions('2026-12-08');
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(FIRST_RECORD_YEAR);
    expect(FIRST_RECORD_YEAR).toBe(2008);
    // A bureau's ten years (2016–2026) are all there, in order.
    for (let y = 2016; y <= 2026; y++) expect(years).toContain(y);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});
