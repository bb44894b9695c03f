import { addDays, type DateString, formatDate, isValidDate, toDayNumber } from '../model/dates';
import type { CalendarOverride } from '../model/settings';

/**
 * Quick entry of next year's arrangement when the State Council publishes it (DOMAIN.md §2). One
 * statement per line, e.g.
 *   2027-02-06 至 2027-02-13 放假
 *   2027-02-14 上班
 *   春节：2月15日（周日）至23日（周一）放假调休，共9天，2月14日（周六）、2月28日（周六）上班
 * The last form is the notice's own wording, pasted as is (the year comes from an earlier
 * "2027年" in the text or from `defaultYear`).
 */
export type ArrangementErrorKey =
  | 'parse.invalidDate'
  | 'parse.noKind'
  | 'parse.noYear'
  | 'parse.badRange'
  | 'parse.conflict';

export interface ArrangementError {
  /** 1-based line number. */
  line: number;
  text: string;
  key: ArrangementErrorKey;
}

export interface ArrangementParseResult {
  overrides: CalendarOverride[];
  errors: ArrangementError[];
  /** Non-empty lines with no date in them (headings, remarks): shown, not treated as errors. */
  ignoredLines: number[];
}

/** A holiday block is at most a few weeks; a longer range is a typo. */
const MAX_RANGE_DAYS = 31;

const TOKEN_RE = new RegExp(
  [
    String.raw`(?<isoY>\d{4})[-/.](?<isoM>\d{1,2})[-/.](?<isoD>\d{1,2})`,
    String.raw`(?<cnY>\d{4})年(?<cnM>\d{1,2})月(?<cnD>\d{1,2})日?`,
    String.raw`(?<yearOnly>\d{4})年`,
    String.raw`(?<mdM>\d{1,2})月(?<mdD>\d{1,2})日?`,
    String.raw`(?<shortM>\d{1,2})-(?<shortD>\d{1,2})`,
    String.raw`(?<dayOnly>\d{1,2})日`,
    String.raw`(?<sep>至|到|~|—|–|\s-\s)`,
  ].join('|'),
  'g',
);

/** A date as written: year and month may be implied by what came before ("10月1日至8日"). */
type Token =
  | { type: 'date'; y: number | null; m: number | null; d: number }
  | { type: 'sep' }
  | { type: 'year'; y: number };

function tokenize(clause: string): Token[] {
  const tokens: Token[] = [];
  for (const match of clause.matchAll(TOKEN_RE)) {
    const g = match.groups ?? {};
    const n = (v: string | undefined) => (v === undefined ? null : Number(v));
    if (g.isoY) tokens.push({ type: 'date', y: n(g.isoY), m: n(g.isoM), d: Number(g.isoD) });
    else if (g.cnY) tokens.push({ type: 'date', y: n(g.cnY), m: n(g.cnM), d: Number(g.cnD) });
    else if (g.yearOnly) tokens.push({ type: 'year', y: Number(g.yearOnly) });
    else if (g.mdM) tokens.push({ type: 'date', y: null, m: n(g.mdM), d: Number(g.mdD) });
    else if (g.shortM) tokens.push({ type: 'date', y: null, m: n(g.shortM), d: Number(g.shortD) });
    else if (g.dayOnly) tokens.push({ type: 'date', y: null, m: null, d: Number(g.dayOnly) });
    else if (g.sep) tokens.push({ type: 'sep' });
  }
  return tokens;
}

function clauseKind(clause: string): CalendarOverride['kind'] | null {
  // "放假调休" contains 休 but is a rest period; 上班/补班 mark make-up working days.
  if (/上班|补班|班/.test(clause)) return 'workday';
  if (/放假|休|假/.test(clause)) return 'holiday';
  return null;
}

/** Drops "（周日）", "(农历除夕、周二)" and similar remarks, and unifies full-width characters. */
function normalise(line: string): string {
  return line.normalize('NFKC').replace(/\([^)]*\)/g, '');
}

/** Dates of one clause ("2月15日至23日放假调休"), ranges expanded; or the reason it is unreadable. */
function clauseDates(
  tokens: Token[],
  ctx: { year: number | null; month: number | null },
): DateString[] | ArrangementErrorKey {
  const dates: DateString[] = [];
  let pendingRange = false;
  for (const t of tokens) {
    if (t.type === 'year') {
      ctx.year = t.y;
      continue;
    }
    if (t.type === 'sep') {
      pendingRange = dates.length > 0;
      continue;
    }
    const y = t.y ?? ctx.year;
    const m = t.m ?? ctx.month;
    if (y === null) return 'parse.noYear';
    if (m === null) return 'parse.invalidDate';
    ctx.year = y;
    ctx.month = m;
    const date = formatDate(y, m, t.d);
    if (!isValidDate(date)) return 'parse.invalidDate';
    const start = pendingRange ? dates[dates.length - 1] : undefined;
    pendingRange = false;
    if (start === undefined) {
      dates.push(date);
      continue;
    }
    const span = toDayNumber(date) - toDayNumber(start);
    if (span < 0 || span > MAX_RANGE_DAYS) return 'parse.badRange';
    for (let i = 1; i <= span; i++) dates.push(addDays(start, i));
  }
  return dates;
}

export function parseArrangementText(
  text: string,
  options: { defaultYear?: number; note?: string } = {},
): ArrangementParseResult {
  const byDate = new Map<DateString, CalendarOverride>();
  const errors: ArrangementError[] = [];
  const ignoredLines: number[] = [];
  const ctx: { year: number | null; month: number | null } = {
    year: options.defaultYear ?? null,
    month: null,
  };
  const lines = text.split(/\r?\n/);
  for (const [index, rawLine] of lines.entries()) {
    const line = normalise(rawLine).trim();
    if (!line) continue;
    const result = parseLine(line, ctx);
    if (typeof result === 'string') {
      errors.push({ line: index + 1, text: rawLine.trim(), key: result });
      continue;
    }
    if (result.found.length === 0) {
      ignoredLines.push(index + 1);
      continue;
    }
    if (result.found.some(({ date, kind }) => (byDate.get(date)?.kind ?? kind) !== kind)) {
      errors.push({ line: index + 1, text: rawLine.trim(), key: 'parse.conflict' });
      continue;
    }
    const note = [options.note ?? '', result.name].filter(Boolean).join(' ');
    for (const { date, kind } of result.found) byDate.set(date, { date, kind, note });
  }
  const overrides = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { overrides, errors, ignoredLines };
}

function parseLine(
  line: string,
  ctx: { year: number | null; month: number | null },
): { name: string; found: { date: DateString; kind: CalendarOverride['kind'] }[] } | ArrangementErrorKey {
  // "春节:2月15日…" — the holiday's name before the colon goes into the note.
  // Numbering such as "1." "一、" "(一)" (the remark remover already dropped parentheses) is not part of it.
  const name = /^(?:(?:\d+|[一二三四五六七八九十]+)[.、]\s*)?([^\d:]{1,12}):/.exec(line)?.[1]?.trim() ?? '';
  const found: { date: DateString; kind: CalendarOverride['kind'] }[] = [];
  for (const clause of line.split(/[,;。，；]/)) {
    const dates = clauseDates(tokenize(clause), ctx);
    if (typeof dates === 'string') return dates;
    if (dates.length === 0) continue;
    const kind = clauseKind(clause);
    if (!kind) return 'parse.noKind';
    for (const date of dates) found.push({ date, kind });
  }
  return { name, found };
}
