import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToWanYuan, fenToYuan } from './money';

describe('money', () => {
  it('converts 分 to 万元 with two decimals, rounding half up', () => {
    expect(fenToWanYuan(0)).toBe('0.00');
    expect(fenToWanYuan(1_005_000)).toBe('1.01');
    expect(fenToWanYuan(1_004_999)).toBe('1.00');
    expect(fenToWanYuan(4_999)).toBe('0.00');
    expect(fenToWanYuan(5_000)).toBe('0.01');
    expect(fenToWanYuan(123_456_789_00)).toBe('12345.68');
  });

  it('converts 分 to 元', () => {
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(10000)).toBe('100.00');
    expect(fenToYuan(7)).toBe('0.07');
  });

  it('agrees with exact decimal arithmetic for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000_000 }), (fen) => {
        // Exact reference with BigInt: 万元 hundredths = round(fen / 10000).
        const q = BigInt(fen) / 10000n;
        const r = BigInt(fen) % 10000n;
        const h = r * 2n >= 10000n ? q + 1n : q;
        const expected = `${h / 100n}.${String(h % 100n).padStart(2, '0')}`;
        expect(fenToWanYuan(fen)).toBe(expected);
      }),
    );
  });

  it('refuses non-integer money', () => {
    expect(() => fenToWanYuan(1.5)).toThrow();
  });
});
