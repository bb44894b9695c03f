import { PROMPT_MARK } from './draft';
import type { ReportFormat, TextSectionId } from './format-types';
import { type Cell, type ReportCheck, type ReportModel, storeOfKey } from './model';
import { cellOf, maskTokens, renderText, tokensIn } from './placeholders';

/**
 * Checks on the prose: unknown tokens, 【请补充】 prompts left in, 六 without the 信息处理费
 * statement, text identical to last year's (内容雷同), and numbers typed by hand that contradict
 * the tables. The last is a heuristic on Arabic numerals followed by a counting unit; linked
 * tokens are the real fix (the draft uses them everywhere).
 */

/** Phrases that name a figure; the nearest phrase before a typed number says which it is. */
export const PROSE_FIGURES: readonly { words: readonly string[]; key: string }[] = [
  { words: ['新收', '收到政府信息公开申请', '共收到'], key: 't3:received:total' },
  { words: ['上年结转'], key: 't3:carriedIn:total' },
  { words: ['结转下年度', '结转至下年度', '转入下年度'], key: 't3:carriedOut:total' },
  { words: ['办结'], key: 't3:resultsTotal:total' },
  { words: ['予以公开'], key: 'req:group:disclose' },
  { words: ['部分公开'], key: 'req:group:partial' },
  { words: ['不予公开'], key: 'req:group:withhold' },
  { words: ['无法提供'], key: 'req:group:unable' },
  { words: ['不予处理'], key: 'req:group:notProcessed' },
  { words: ['其他处理'], key: 'req:group:other' },
  { words: ['主动公开'], key: 'pub:total' },
  { words: ['咨询'], key: 'cons:total' },
  { words: ['电话咨询'], key: 'cons:channel:phone' },
  { words: ['当面咨询'], key: 'cons:channel:inPerson' },
  { words: ['网上咨询'], key: 'cons:channel:online' },
  { words: ['信函咨询'], key: 'cons:channel:letter' },
  { words: ['行政复议'], key: 't4:review:total' },
  { words: ['行政诉讼'], key: 'appeal:suitTotal' },
  { words: ['信息处理费'], key: 'fee:count' },
  { words: ['制发规章'], key: 't2:rule:issued' },
  { words: ['制发行政规范性文件', '制发规范性文件'], key: 't2:normative:issued' },
];

const COUNT = /(\d+)\s*(?:件|条|人次|次|个|篇|项|起)/g;
const CLAUSE_END = /[。；;，,\n]/;

function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export interface ProseNumber {
  found: number;
  expected: string;
  key: string;
  excerpt: string;
}

/** Typed numbers whose nearest preceding figure phrase (same clause) names a different value. */
export function staleNumbers(text: string, cells: Record<string, Cell>): ProseNumber[] {
  const masked = halfWidthDigits(maskTokens(text));
  const out: ProseNumber[] = [];
  for (const m of masked.matchAll(COUNT)) {
    const at = m.index ?? 0;
    let start = at;
    while (start > 0 && !CLAUSE_END.test(masked.charAt(start - 1))) start--;
    const before = masked.slice(start, at);
    // No other number between the phrase and this one: "予以公开5件、部分公开2件".
    const lastDigit = before.search(/\d[^\d]*$/);
    const scope = lastDigit >= 0 ? before.slice(lastDigit + 1) : before;
    let best: { end: number; len: number; key: string } | null = null;
    for (const f of PROSE_FIGURES) {
      for (const w of f.words) {
        const i = scope.lastIndexOf(w);
        if (i < 0) continue;
        const end = i + w.length;
        if (!best || end > best.end || (end === best.end && w.length > best.len)) {
          best = { end, len: w.length, key: f.key };
        }
      }
    }
    if (!best) continue;
    const cell = cells[best.key];
    const found = Number(m[1]);
    if (!cell || cell.value === found) continue;
    let end = at + m[0].length;
    while (end < masked.length && !CLAUSE_END.test(masked.charAt(end))) end++;
    out.push({
      found,
      expected: cell.text,
      key: best.key,
      excerpt: renderText(text.slice(start, end), cells).trim().slice(0, 60),
    });
  }
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, '');

export interface PreviousTexts {
  year: number;
  /** As printed last year (rendered with last year's figures when from a snapshot). */
  texts: Partial<Record<string, string>>;
}

export function proseChecks(
  model: ReportModel,
  format: ReportFormat,
  texts: Partial<Record<TextSectionId, string>>,
  previous: PreviousTexts | null,
): ReportCheck[] {
  const checks: ReportCheck[] = [];
  const textSections = format.sections.filter((s) => s.content === 'text');
  const titleOf = (id: string) => format.sections.find((s) => s.id === id)?.title ?? id;
  const sectionIds: TextSectionId[] = ['preamble', ...textSections.map((s) => s.id as TextSectionId)];
  for (const id of sectionIds) {
    const raw = texts[id] ?? '';
    const section = titleOf(id);
    if (id !== 'preamble' && normalise(raw) === '') {
      checks.push(textCheck(`sectionEmpty:${id}`, 'sectionEmpty', 'error', { section }));
      continue;
    }
    for (const key of new Set(tokensIn(raw))) {
      if (!cellOf(model.cells, key))
        checks.push(textCheck(`unknownFigure:${id}:${key}`, 'unknownFigure', 'error', { section, key }));
    }
    if (raw.includes(PROMPT_MARK))
      checks.push(textCheck(`promptLeft:${id}`, 'promptLeft', 'warning', { section }));
    staleNumbers(raw, model.cells).forEach((n, i) => {
      checks.push({
        id: `proseNumber:${id}:${i}`,
        key: 'checks.proseNumber',
        severity: 'warning',
        params: { section, found: n.found, expected: n.expected, excerpt: n.excerpt },
        store: storeOfKey(n.key),
        ids: model.cells[n.key]?.ids ?? [],
        cells: [n.key],
      });
    });
    const rendered = normalise(renderText(raw, model.cells));
    const last = previous?.texts[id];
    if (previous && id !== 'preamble' && last && rendered !== '' && normalise(last) === rendered) {
      checks.push(
        textCheck(`sameAsLastYear:${id}`, 'sameAsLastYear', 'warning', { section, lastYear: previous.year }),
      );
    }
  }
  // 国办函〔2020〕109号: 六 must state the 信息处理费 collected, or that none was.
  const other = texts.other ?? '';
  const feeKeys = tokensIn(other).filter((k) => k.startsWith('fee:'));
  if (feeKeys.length === 0 && !other.includes('信息处理费')) {
    checks.push(
      textCheck('feeStatementMissing', 'feeStatementMissing', 'error', { section: titleOf('other') }),
    );
  }
  return checks;
}

function textCheck(
  id: string,
  name: string,
  severity: ReportCheck['severity'],
  params: ReportCheck['params'],
): ReportCheck {
  return { id, key: `checks.${name}`, severity, params, store: null, ids: [], cells: [] };
}
