/**
 * Money is integer 分 (DOMAIN.md §5); conversions are integer arithmetic with half-up rounding, so
 * no floating-point error can reach a printed figure.
 */

function fixed2(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function roundedDiv(n: number, d: number): number {
  const q = Math.floor(Math.abs(n) / d);
  const r = Math.abs(n) % d;
  const rounded = r * 2 >= d ? q + 1 : q;
  return n < 0 ? -rounded : rounded;
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new Error(`money must be an integer number of 分: ${fen}`);
}

/** 分 → 万元 with two decimals (表二 行政事业性收费, 单位：万元). 1万元 = 1,000,000 分. */
export function fenToWanYuan(fen: number): string {
  assertFen(fen);
  return fixed2(roundedDiv(fen, 10_000));
}

/** 分 → 元 with two decimals (信息处理费 in 六). */
export function fenToYuan(fen: number): string {
  assertFen(fen);
  return fixed2(fen);
}
