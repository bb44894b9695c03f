import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from './money';

describe('money in fen', () => {
  it('parses yuan strings exactly', () => {
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('1,200.05')).toBe(120005);
    expect(yuanToFen('100')).toBe(10000);
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen('-3')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
  });
  it('formats fen as yuan', () => {
    expect(fenToYuan(29)).toBe('0.29');
    expect(fenToYuan(120005)).toBe('1200.05');
  });
});
