import type { Consultation, Publication } from '../model/records';
import type { YearFigures } from '../model/settings';
import { CONSULTATION_CHANNELS, PUBLICATION_CHANNELS } from '../model/taxonomy';
import type { ReportFormat } from './format-types';
import { type Cell, countCell, emptyCell, type ReportCheck, t2Key } from './model';
import { fenToWanYuan } from './money';

export interface Period {
  year: number;
  start: string;
  end: string;
}

/**
 * 表二 and the 主动公开 figures of the overview. 条例第二十条第（一）项: 规章 and 行政规范性文件
 * by 成文日期 (本年制发), 废止日期 (本年废止), and 现行有效 = formed on/before 31 December and
 * not abolished by then. 许可/处罚/强制/收费 are entered per year (YearFigures): null = not entered.
 */
export function computeTable2(
  publications: readonly Publication[],
  figures: YearFigures | null,
  format: ReportFormat,
  period: Period,
): { cells: Record<string, Cell>; checks: ReportCheck[] } {
  const cells: Record<string, Cell> = {};
  const checks: ReportCheck[] = [];
  const byKind = new Map<string, { issued: string[]; abolished: string[]; valid: string[] }>();
  const unclear: string[] = [];
  for (const kind of ['rule', 'normative']) byKind.set(kind, { issued: [], abolished: [], valid: [] });
  for (const p of publications) {
    const bucket = byKind.get(p.docKind);
    if (!bucket) continue;
    if (p.formedDate >= period.start && p.formedDate <= period.end) bucket.issued.push(p.id);
    const abolished = p.abolishedDate;
    if (abolished && abolished >= period.start && abolished <= period.end) bucket.abolished.push(p.id);
    if (p.formedDate <= period.end && (!abolished || abolished > period.end)) {
      bucket.valid.push(p.id);
      if (p.validity !== 'valid' && !abolished) unclear.push(p.id);
    }
  }
  for (const block of format.table2.blocks) {
    for (const row of block.rows) {
      const src = row.source;
      if (src.kind === 'docKind') {
        const bucket = byKind.get(src.docKind) ?? { issued: [], abolished: [], valid: [] };
        cells[t2Key(row.id, 'issued')] = countCell(bucket.issued);
        cells[t2Key(row.id, 'abolished')] = countCell(bucket.abolished);
        cells[t2Key(row.id, 'valid')] = countCell(bucket.valid);
        continue;
      }
      const colId = block.columns[0]?.id ?? 'count';
      const key = t2Key(row.id, colId);
      const value = figures ? figures[src.field] : null;
      if (value === null) {
        cells[key] = emptyCell();
        checks.push({
          id: `figureMissing:${row.id}`,
          key: 'checks.figureMissing',
          severity: 'error',
          params: { row: row.label, year: period.year },
          store: 'yearFigures',
          ids: [],
          cells: [key],
        });
      } else {
        const text = src.kind === 'money' ? fenToWanYuan(value) : String(value);
        cells[key] = { value, text, ids: [] };
      }
    }
  }
  if (unclear.length > 0) {
    checks.push({
      id: 'validityUnclear',
      key: 'checks.validityUnclear',
      severity: 'warning',
      params: { count: unclear.length },
      store: 'publications',
      ids: unclear,
      cells: [],
    });
  }
  return { cells, checks };
}

/**
 * 初审 → 保密审查 → 领导审签 ("上网信息不涉密，涉密信息不上网"): the report says these items were
 * "经初审、保密审查、领导审签后发布", so an item counts only when all three steps passed and none is
 * dated after the publication (a step still 待审, failed, or signed off later does not count).
 */
export function reviewedBeforePublication(p: Publication): boolean {
  const published = p.publishedDate;
  if (!published) return false;
  return [p.review.firstReview, p.review.secrecyReview, p.review.leaderSignoff].every(
    (step) => step.result === 'pass' && (step.date === null || step.date <= published),
  );
}

/** Figures for the overview prose: items published in the year by category, channel and review. */
export function computePublicationFigures(
  publications: readonly Publication[],
  period: Period,
): Record<string, Cell> {
  const total: string[] = [];
  const reviewed: string[] = [];
  const byCategory = new Map<string, string[]>();
  const byChannel = new Map<string, string[]>();
  for (const c of PUBLICATION_CHANNELS) byChannel.set(c.code, []);
  for (const p of publications) {
    const d = p.publishedDate;
    if (!d || d < period.start || d > period.end) continue;
    total.push(p.id);
    let list = byCategory.get(p.category);
    if (!list) {
      list = [];
      byCategory.set(p.category, list);
    }
    list.push(p.id);
    for (const ch of p.channels) byChannel.get(ch)?.push(p.id);
    if (reviewedBeforePublication(p)) reviewed.push(p.id);
  }
  const cells: Record<string, Cell> = { 'pub:total': countCell(total), 'pub:reviewed': countCell(reviewed) };
  for (const [code, ids] of byChannel) cells[`pub:channel:${code}`] = countCell(ids);
  for (const [category, ids] of byCategory) cells[`pub:category:${category}`] = countCell(ids);
  return cells;
}

/** Consultations (咨询) in the year by channel. */
export function computeConsultationFigures(
  consultations: readonly Consultation[],
  period: Period,
): Record<string, Cell> {
  const total: string[] = [];
  const byChannel = new Map<string, string[]>(CONSULTATION_CHANNELS.map((c) => [c.code, []]));
  for (const c of consultations) {
    if (c.date < period.start || c.date > period.end) continue;
    total.push(c.id);
    byChannel.get(c.channel)?.push(c.id);
  }
  const cells: Record<string, Cell> = { 'cons:total': countCell(total) };
  for (const [code, ids] of byChannel) cells[`cons:channel:${code}`] = countCell(ids);
  return cells;
}
