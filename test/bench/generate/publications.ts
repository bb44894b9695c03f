import { DEFAULT_CATEGORIES, type Publication, type PublicationChannel } from '../../../shared/model';
import { docNumber, publicationSummary, publicationTitle, reviewer } from './fake-text';
import type { GenContext } from './context';
import { instantOn } from './context';
import type { Rng } from './prng';

const COLUMN_OF: Record<string, string> = {
  工作动态: '工作动态',
  通知公告: '通知公告',
  政策文件: '政策文件',
  财政预决算: '财政信息',
  人事信息: '人事信息',
};

const CATEGORY_WEIGHTS: [string, number][] = DEFAULT_CATEGORIES.map((c) => [
  c,
  c === '工作动态' ? 30 : c === '通知公告' ? 15 : c === '政策文件' ? 8 : 4,
]);

function channelsOf(rng: Rng): PublicationChannel[] {
  const channels: PublicationChannel[] = [];
  if (rng.chance(0.96)) channels.push('website');
  if (rng.chance(0.2)) channels.push('board');
  if (rng.chance(0.03)) channels.push('press');
  if (rng.chance(0.1)) channels.push('weibo');
  if (rng.chance(0.3)) channels.push('wechat');
  if (channels.length === 0) channels.push('other');
  return channels;
}

/** 条例第二十六条: most items go out well within 20 working days; a few are late, a few never go out. */
function publicationLag(rng: Rng): number | null {
  return rng.weighted<number | null>([
    [rng.int(0, 10), 80],
    [rng.int(11, 20), 15],
    [rng.int(21, 45), 4.8],
    [null, 0.2],
  ]);
}

/** One year's publications, in formed-date order. Index numbers are assigned afterwards (index.ts). */
export function generatePublications(ctx: GenContext, year: number, count: number): Publication[] {
  const rng = ctx.rng(`publications/${year}`);
  const out: Publication[] = [];
  const start = `${year}-01-01`;
  for (let i = 0; i < count; i++) {
    // Spread evenly over the year's working days, with jitter.
    const dayOfYear = Math.min(364, Math.floor(((i + rng.next()) / count) * 365));
    const formedDate = ctx.workdays.onOrAfter(ctx.addDays(start, dayOfYear));
    const lag = publicationLag(rng);
    let publishedDate = lag === null ? null : ctx.workdays.add(formedDate, lag);
    if (publishedDate !== null && publishedDate > ctx.today) publishedDate = null;
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const docKind = rng.weighted([
      ['ordinary', 98.9],
      ['normative', 1],
      ['rule', 0.1],
    ] as const);
    let validity: Publication['validity'] = 'valid';
    let abolishedDate: string | null = null;
    if (docKind !== 'ordinary' && year < ctx.lastYear && rng.chance(0.25)) {
      validity = rng.chance(0.7) ? 'abolished' : 'invalid';
      if (validity === 'abolished') {
        abolishedDate = ctx.workdays.onOrAfter(
          ctx.addDays(formedDate, rng.int(200, (ctx.lastYear - year) * 365)),
        );
        if (abolishedDate > ctx.today) abolishedDate = null;
        if (!abolishedDate) validity = 'valid';
      }
    }
    const title = publicationTitle(rng, year);
    const step = (name: 'firstReview' | 'secrecyReview' | 'leaderSignoff', date: string | null) => ({
      by: date ? reviewer(rng, name) : '',
      date,
      result: date ? ('pass' as const) : ('pending' as const),
      note: '',
    });
    const reviewed = publishedDate ?? (formedDate < ctx.today ? formedDate : null);
    out.push({
      id: rng.uuid(),
      title,
      summary: rng.chance(0.85) ? publicationSummary(rng, title) : '',
      docNumber: rng.chance(0.45) ? docNumber(rng, year, i + 1) : '',
      formedDate,
      publishedDate,
      category,
      channels: channelsOf(rng),
      column: COLUMN_OF[category] ?? rng.pick(['工作动态', '通知公告']),
      docKind,
      abolishedDate,
      validity,
      review: {
        firstReview: step('firstReview', reviewed ? formedDate : null),
        secrecyReview: step('secrecyReview', reviewed),
        leaderSignoff: step('leaderSignoff', reviewed),
      },
      indexNumber: null,
      publisher: rng.chance(0.05) ? '测试县测试中心' : '',
      createdAt: instantOn(rng, formedDate),
      updatedAt: instantOn(rng, publishedDate ?? formedDate),
      deletedAt: null,
    });
  }
  return out;
}
