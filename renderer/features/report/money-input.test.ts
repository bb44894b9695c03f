import { describe, expect, it } from 'vitest';
import { yuanToFen } from './money-input';

describe('yuanToFen', () => {
  it('converts typed 元 to integer 分 without floating point', () => {
    expect(yuanToFen('0')).toBe(0);
    expect(yuanToFen('12')).toBe(1200);
    expect(yuanToFen('12.3')).toBe(1230);
    expect(yuanToFen('12.34')).toBe(1234);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen(' 10050.00 ')).toBe(1_005_000);
  });

  it('refuses what is not an amount', () => {
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('-1')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('一百')).toBeNull();
  });
});
