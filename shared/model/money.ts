/**
 * Money is integer 分 (fen) everywhere; conversion from what the officer types (元, up to two
 * decimals) is done on the string, never through floating point (DESIGN.md: no money as float).
 */
export function yuanToFen(input: string | number): number | null {
  const s = String(input).trim().replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0');
}

/** 1230 → "12.30" */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
