/** 元 as typed ("12.3", "12.34", "12") → integer 分, by string arithmetic; null when not a sum of money. */
export function yuanToFen(yuan: string): number | null {
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(yuan.trim());
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}
