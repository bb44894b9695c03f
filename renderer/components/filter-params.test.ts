import { describe, expect, it } from 'vitest';
import { filterFrom, paramOf } from './filter-params';

describe('a list’s filter from the address', () => {
  it('gives each named parameter, and an empty text for one the address lacks', () => {
    const get = paramOf(new URLSearchParams('year=2025&q=%E6%B5%8B%E8%AF%95&extra=1'));
    expect(filterFrom(['year', 'month', 'q'] as const, get)).toEqual({ year: '2025', month: '', q: '测试' });
  });
});
