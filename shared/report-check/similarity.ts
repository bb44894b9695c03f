// 内容雷同: how much of this year's text repeats last year's, sentence by sentence. Years and counts
// are masked (a copied sentence with the year changed is still a copy), so the figure reads as
// "63% of this section's text is last year's sentences". Assessors deduct above about half (§11).

function sentences(text: string): string[] {
  return text
    .split(/[。！？；!?;\n]/)
    .map((s) =>
      s
        .replace(/[\s\u3000]+/g, '')
        .replace(/[0-9０-９]+/g, '#')
        .replace(/[，,、：:“”"（）()《》]/g, ''),
    )
    .filter((s) => s.length >= 6);
}

/** Share (0–100, whole percent) of `current`'s sentence text also found in `previous`. */
export function similarityPercent(current: string, previous: string): number {
  const now = sentences(current);
  const total = now.reduce((s, x) => s + x.length, 0);
  if (total === 0) return 0;
  const before = new Set(sentences(previous));
  const same = now.filter((x) => before.has(x)).reduce((s, x) => s + x.length, 0);
  return Math.round((same / total) * 100);
}
