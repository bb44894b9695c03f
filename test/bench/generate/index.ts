import {
  type Appeal,
  type AppSettings,
  type Consultation,
  type DisclosureRequest,
  defaultSettings,
  type Publication,
  type YearFigures,
} from '../../../shared/model';
import { makeContext } from './context';
import { FAKE_AGENCY, FAKE_AGENCY_CODE } from './fake-text';
import { generateAppeals, generateConsultations } from './others';
import { generatePublications } from './publications';
import { generateRequests } from './requests';
import { buildWorkdays } from './workdays';

/**
 * The benchmark's data set (issue 8): ten years of a busy bureau, generated from a seed on every run
 * and stored nowhere. Pure TypeScript, so the same records are generated in Node and in the browser.
 */
export interface GenerateOptions {
  /** 1 = per year 20,000 publications, 2,000 requests, 10,000 consultations, 50 appeals. */
  scale: number;
  seed?: number;
  years?: number;
  lastYear?: number;
  /** The dataset's today; defaults to 20 January after the last year (the annual report is due). */
  today?: string;
  /**
   * When trashed records were deleted (ISO instant). The app purges trash older than 30 days at start,
   * so the bench passes its own clock; the default keeps the output fully determined by the seed.
   */
  trashedAt?: string;
}

export const PER_YEAR = {
  publications: 20_000,
  requests: 2_000,
  consultations: 10_000,
  appeals: 50,
} as const;

export interface BenchDataset {
  publications: Publication[];
  requests: DisclosureRequest[];
  consultations: Consultation[];
  appeals: Appeal[];
  settings: AppSettings;
  yearFigures: YearFigures[];
  meta: { seed: number; scale: number; firstYear: number; lastYear: number; today: string };
}

const countFor = (base: number, scale: number) => (scale > 0 ? Math.max(1, Math.round(base * scale)) : 0);

/** 索引号 are issued in publication order, one series per year (DOMAIN.md §6). */
function assignIndexNumbers(publications: Publication[], counters: Record<string, number>) {
  const published = publications.filter((p) => p.publishedDate !== null);
  published.sort((a, b) =>
    a.publishedDate === b.publishedDate
      ? a.updatedAt < b.updatedAt
        ? -1
        : 1
      : (a.publishedDate ?? '') < (b.publishedDate ?? '')
        ? -1
        : 1,
  );
  for (const p of published) {
    const year = (p.publishedDate ?? '').slice(0, 4);
    const scope = `${FAKE_AGENCY_CODE}/${year}`;
    // The counter key the app uses for the default pattern (shared/catalogue scopeKeyOf).
    const key = `${scope}-{#}`;
    const serial = (counters[key] ?? 0) + 1;
    counters[key] = serial;
    p.indexNumber = `${scope}-${String(serial).padStart(5, '0')}`;
  }
}

export function generateDataset(options: GenerateOptions): BenchDataset {
  const seed = options.seed ?? 20_250_101;
  const years = options.years ?? 10;
  const lastYear = options.lastYear ?? 2025;
  const firstYear = lastYear - years + 1;
  const today = options.today ?? `${lastYear + 1}-01-20`;
  const ctx = makeContext(seed, buildWorkdays(firstYear, lastYear), today, firstYear, lastYear);
  const data: BenchDataset = {
    publications: [],
    requests: [],
    consultations: [],
    appeals: [],
    settings: defaultSettings(),
    yearFigures: [],
    meta: { seed, scale: options.scale, firstYear, lastYear, today },
  };
  const figures = ctx.rng('yearFigures');
  for (let year = firstYear; year <= lastYear; year++) {
    data.publications.push(
      ...generatePublications(ctx, year, countFor(PER_YEAR.publications, options.scale)),
    );
    const requests = generateRequests(ctx, year, countFor(PER_YEAR.requests, options.scale));
    data.requests.push(...requests.requests);
    data.consultations.push(
      ...generateConsultations(ctx, year, countFor(PER_YEAR.consultations, options.scale)),
    );
    data.appeals.push(...generateAppeals(ctx, year, countFor(PER_YEAR.appeals, options.scale), requests));
    // 表二 figures from other systems, as the officer enters them each January.
    data.yearFigures.push({
      year,
      licensing: figures.int(200, 2000),
      penalty: figures.int(10, 300),
      enforcement: figures.int(0, 20),
      feesFen: figures.int(0, 5) * 10000,
      updatedAt: `${year + 1}-01-10T02:00:00.000Z`,
    });
  }
  const counters: Record<string, number> = {};
  assignIndexNumbers(data.publications, counters);

  // A few records sit in the trash, as in any office.
  const trash = ctx.rng('trash');
  const trashedAt = options.trashedAt ?? `${today}T02:00:00.000Z`;
  for (const p of data.publications) if (trash.chance(0.001)) p.deletedAt = trashedAt;
  for (const c of data.consultations) if (trash.chance(0.001)) c.deletedAt = trashedAt;

  data.settings = {
    ...data.settings,
    profile: {
      ...data.settings.profile,
      agencyName: FAKE_AGENCY,
      agencyCode: FAKE_AGENCY_CODE,
      officerName: '测试信息公开员',
      phone: '13800000000',
    },
    indexCounters: counters,
  };
  return data;
}

export function datasetCounts(d: BenchDataset) {
  return {
    publications: d.publications.length,
    requests: d.requests.length,
    consultations: d.consultations.length,
    appeals: d.appeals.length,
  };
}
