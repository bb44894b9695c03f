// Prose against the tables, and prose against itself (DOMAIN.md §11): numbers the text states for a
// figure the tables also give, the 勾稽 sum stated in words, "其中" lists that overrun their total,
// 本机关不掌握 called 不予公开, 复议/诉讼 cases the text never mentions, an empty 五, a 六 silent on
// the 信息处理费 (国办函〔2020〕109号). Reading prose is heuristic: only a figure word that directly
// precedes a number (same clause, no other number between) counts.
import { SECTION_IDS } from './keys';
import type { Finding, ParsedReport } from './model';
import { normProse } from './normalise';

type Tables = ParsedReport['tables'];
const v = (x: number | null | undefined) => x ?? 0;
const t3 = (t: Tables, row: string) => v(t.table3[row]?.total);
const groupSum = (t: Tables, prefix: string) =>
  Object.entries(t.table3)
    .filter(([row]) => row === prefix || row.startsWith(`${prefix}.`))
    .reduce((s, [, cols]) => s + v(cols.total), 0);
const t4 = (t: Tables, block: string) => v(t.table4[block]?.total);

interface ProseFigure {
  key: string;
  label: string;
  words: RegExp;
  /** Values the text may rightly state for this word (e.g. 受理 = 新收, or 新收 + 上年结转). */
  accept: (t: Tables) => number[] | null;
}

const has3 = (t: Tables) => Object.keys(t.table3).length > 0;
const has4 = (t: Tables) => Object.keys(t.table4).length > 0;
const t2 = (t: Tables, row: string, col: string) => {
  const x = t.table2[row]?.[col];
  return x === undefined || x === null ? null : [x];
};

export const PROSE_FIGURES: readonly ProseFigure[] = [
  {
    key: 'received',
    label: '新收申请',
    words: /新收|收到[^，。；]{0,12}申请|共收到|受理/g,
    accept: (t) => (has3(t) ? [t3(t, 'received'), t3(t, 'received') + t3(t, 'carriedIn')] : null),
  },
  {
    key: 'carriedIn',
    label: '上年结转',
    words: /上年结转|上年度结转|上一年度结转/g,
    accept: (t) => (has3(t) ? [t3(t, 'carriedIn')] : null),
  },
  {
    key: 'carriedOut',
    label: '结转下年度',
    words: /结转下年|结转至下|结转到下|转入下一?年/g,
    accept: (t) => (has3(t) ? [t3(t, 'carriedOut')] : null),
  },
  {
    key: 'resultsTotal',
    label: '办结',
    words: /办结|已答复|答复[^，。；]{0,10}申请/g,
    accept: (t) => (has3(t) ? [t3(t, 'resultsTotal')] : null),
  },
  {
    key: 'disclose',
    label: '予以公开',
    words: /予以公开|同意公开/g,
    accept: (t) => (has3(t) ? [t3(t, 'disclose')] : null),
  },
  {
    key: 'partial',
    label: '部分公开',
    words: /部分公开/g,
    accept: (t) => (has3(t) ? [t3(t, 'partial'), t3(t, 'partial') + t3(t, 'disclose')] : null),
  },
  {
    key: 'withhold',
    label: '不予公开',
    words: /不予公开/g,
    accept: (t) => (has3(t) ? [groupSum(t, 'withhold')] : null),
  },
  {
    key: 'unable',
    label: '无法提供',
    words: /无法提供/g,
    accept: (t) => (has3(t) ? [groupSum(t, 'unable')] : null),
  },
  {
    key: 'notProcessed',
    label: '不予处理',
    words: /不予处理/g,
    accept: (t) => (has3(t) ? [groupSum(t, 'notProcessed')] : null),
  },
  {
    key: 'otherHandling',
    label: '其他处理',
    words: /其他处理/g,
    accept: (t) => (has3(t) ? [groupSum(t, 'other')] : null),
  },
  {
    key: 'review',
    label: '行政复议',
    words: /行政复议|复议(?!后)/g,
    accept: (t) => (has4(t) ? [t4(t, 'review')] : null),
  },
  {
    key: 'suits',
    label: '行政诉讼',
    words: /行政诉讼|起诉|诉讼/g,
    accept: (t) =>
      has4(t)
        ? [t4(t, 'suitDirect') + t4(t, 'suitAfterReview'), t4(t, 'suitDirect'), t4(t, 'suitAfterReview')]
        : null,
  },
  {
    key: 'normativeIssued',
    label: '制发行政规范性文件',
    words: /(制发|印发|出台|制定)[^，。；]{0,4}规范性文件/g,
    accept: (t) => t2(t, 'normative', 'issued'),
  },
  {
    key: 'ruleIssued',
    label: '制发规章',
    words: /(制发|印发|出台|制定)[^，。；]{0,4}规章/g,
    accept: (t) => t2(t, 'rule', 'issued'),
  },
  { key: 'licensing', label: '行政许可', words: /行政许可/g, accept: (t) => t2(t, 'licensing', 'count') },
  { key: 'penalty', label: '行政处罚', words: /行政处罚/g, accept: (t) => t2(t, 'penalty', 'count') },
  { key: 'enforcement', label: '行政强制', words: /行政强制/g, accept: (t) => t2(t, 'enforcement', 'count') },
];

const COUNT = /(\d+)(余|多)?(件|宗|个|人次|次|起|项|条|篇)/g;
const CLAUSE_END = /[。；;，,\n（(）)]/;

export interface ProseNumber {
  figure: ProseFigure;
  value: number;
  /** Characters between the figure word and the number. */
  gap: number;
  clause: string;
  approx: boolean;
}

/** The numbers a text states for a known figure. */
export function proseNumbers(text: string): ProseNumber[] {
  const s = normProse(text);
  const out: ProseNumber[] = [];
  for (const m of s.matchAll(COUNT)) {
    const at = m.index ?? 0;
    let start = at;
    while (start > 0 && !CLAUSE_END.test(s.charAt(start - 1))) start--;
    const before = s.slice(start, at);
    const lastDigit = before.search(/\d[^\d]*$/);
    const scope = lastDigit >= 0 ? before.slice(lastDigit + 1) : before;
    let best: { end: number; f: ProseFigure } | null = null;
    for (const f of PROSE_FIGURES) {
      for (const w of scope.matchAll(f.words)) {
        const end = (w.index ?? 0) + w[0].length;
        if (!best || end > best.end) best = { end, f };
      }
    }
    if (!best) continue;
    const between = scope.slice(best.end);
    // "行政许可类信息26条" counts published items, not decisions.
    if (/信息|公示|公开|事项目录|清单|文件/.test(between) && !/申请/.test(between)) continue;
    let end = at + m[0].length;
    while (end < s.length && !CLAUSE_END.test(s.charAt(end))) end++;
    out.push({
      figure: best.f,
      value: Number(m[1]),
      gap: between.length,
      clause: s.slice(start, end),
      approx: !!m[2],
    });
  }
  return out;
}

const SECTION_NAMES: Record<string, string> = {
  overview: '一、总体情况',
  proactive: '二',
  requests: '三',
  appeals: '四',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

export function proseChecks(r: ParsedReport): Finding[] {
  const out: Finding[] = [];
  const t = r.tables;
  for (const id of SECTION_IDS) {
    const text = r.sections[id];
    for (const p of proseNumbers(text)) {
      const accept = p.figure.accept(t);
      if (!accept || p.approx || accept.includes(p.value)) continue;
      out.push({
        code: 'prose.mismatch',
        severity: p.gap <= 10 ? 'error' : 'warning',
        table: null,
        row: id,
        column: p.figure.key,
        message: `正文所述${p.figure.label}${p.value}件与表格数${accept[0]}不符。请核对正文或表格。`,
        evidence: `“${p.clause}”`,
      });
    }
    for (const paragraph of text.split('\n')) out.push(...arithmetic(paragraph, id));
    const s = normProse(text);
    const notHeld = /不予公开[^。；]{0,20}?(本机关不掌握|不掌握|信息不存在|不属于本机关)/.exec(s);
    if (notHeld && !/无法提供/.test(notHeld[0])) {
      out.push({
        code: 'prose.notHeldAsWithheld',
        severity: 'error',
        table: null,
        row: id,
        column: null,
        message:
          '“本机关不掌握相关政府信息”属于（四）无法提供，不属于（三）不予公开。请改正正文和表三的归类。',
        evidence: `“${notHeld[0]}”`,
      });
    }
  }
  const prose = normProse(SECTION_IDS.map((id) => r.sections[id]).join('\n'));
  const review = t4(t, 'review');
  const suits = t4(t, 'suitDirect') + t4(t, 'suitAfterReview');
  const denial = (word: string) =>
    new RegExp(`(未发生|未出现|没有发生|没有出现|未收到|没有收到|未被|无)[^。；]{0,20}${word}`).exec(prose);
  for (const [key, count, word, label] of [
    ['review', review, '复议', '行政复议'],
    ['suits', suits, '诉讼', '行政诉讼'],
  ] as const) {
    if (count === 0) continue;
    const denied = denial(word);
    if (denied && !/未经复议/.test(denied[0])) {
      out.push({
        code: 'prose.appealsDenied',
        severity: 'error',
        table: 'table4',
        row: key,
        column: 'total',
        message: `正文称没有${label}，但表四有${count}件。请核对。`,
        evidence: `“${denied[0]}”`,
      });
    } else if (!prose.includes(word)) {
      out.push({
        code: 'prose.appealsUnmentioned',
        severity: 'warning',
        table: 'table4',
        row: key,
        column: 'total',
        message: `表四有${label}${count}件，正文未作任何说明。请在总体情况中说明案件及结果。`,
        evidence: `表四${label}总计：${count}`,
      });
    }
  }
  if (r.sectionTitles.problems !== null) {
    const problems = normProse(r.sections.problems).replace(/[。.]/g, '');
    if (problems.length < 10) {
      out.push({
        code: 'section.problemsEmpty',
        severity: 'error',
        table: null,
        row: 'problems',
        column: null,
        message:
          '第五部分“存在的主要问题及改进情况”为空或只写“无”。应写明存在的问题、改进措施和上年问题的整改情况。',
        evidence: `“${r.sections.problems.trim()}”`,
      });
    }
  }
  if (r.sectionTitles.other !== null && !/处理费/.test(normProse(r.sections.other))) {
    out.push({
      code: 'section.feeSilent',
      severity: 'error',
      table: null,
      row: 'other',
      column: null,
      message: `${SECTION_NAMES.other}未说明信息处理费的收取情况（国办函〔2020〕109号）。没有收取也应写明“未收取信息处理费”。`,
      evidence: `“${r.sections.other.trim().slice(0, 80)}”`,
    });
  }
  return out;
}

/** 新收 + 上年结转 = 办结 + 结转下年度, as the text states them (one paragraph), and "其中" lists. */
function arithmetic(paragraph: string, id: string): Finding[] {
  const out: Finding[] = [];
  const nums = proseNumbers(paragraph).filter((p) => !p.approx);
  const first = (key: string) =>
    nums.find((p) => p.figure.key === key && (key !== 'received' || !/受理/.test(p.clause)));
  const [a, b, c, d] = [first('received'), first('carriedIn'), first('resultsTotal'), first('carriedOut')];
  if (a && b && c && d && a.value + b.value !== c.value + d.value) {
    out.push({
      code: 'prose.arithmetic',
      severity: 'error',
      table: null,
      row: id,
      column: null,
      message: `正文数字自相矛盾：新收${a.value}＋上年结转${b.value}＝${a.value + b.value}，而办结${c.value}＋结转下年度${d.value}＝${c.value + d.value}。`,
      evidence: [a, b, c, d].map((p) => `“${p.clause}”`).join('；'),
    });
  }
  const s = normProse(paragraph);
  for (const sentence of s.split(/[。；]/)) {
    const m = /(\d+)(件|条|篇|宗)[，,]?其中(.*)$/.exec(sentence);
    if (!m || /余|多|约|超过/.test(sentence)) continue;
    const unit = m[2] ?? '';
    const parts = [...(m[3] ?? '').matchAll(new RegExp(`(\\d+)${unit}`, 'g'))].map((x) => Number(x[1]));
    const total = Number(m[1]);
    const sum = parts.reduce((x, y) => x + y, 0);
    if (parts.length >= 2 && sum > total) {
      out.push({
        code: 'prose.partsSum',
        severity: 'warning',
        table: null,
        row: id,
        column: null,
        message: `正文“其中”所列各项之和${sum}大于总数${total}。请核对。`,
        evidence: `“${sentence}”`,
      });
    }
  }
  return out;
}
