import type { DisclosureRequest } from '../model/records';

/**
 * 信息处理费 (国办函〔2020〕109号《政府信息公开信息处理费管理办法》, DOMAIN.md §5), as data with a
 * version. Progressive ("超额累进"), one method per application (第三条), money in integer 分.
 */
export const FEE_SCHEDULE = {
  version: '国办函〔2020〕109号',
  /** 第四条 按件计收, per applicant per natural month. */
  perApplication: {
    freeCount: 10,
    /** 11–30: 100元/件. */
    firstBand: { from: 11, to: 30, fenEach: 10_000 },
    /** From 31: bands of 10, each 100元/件 dearer than the one before. */
    bandSize: 10,
    bandStepFen: 10_000,
  },
  /** 第五条 按量计收 (paper, e-mail, copied data), per request. */
  perPage: [
    { from: 1, to: 30, fenEach: 0 },
    { from: 31, to: 100, fenEach: 1_000 },
    { from: 101, to: 200, fenEach: 2_000 },
    { from: 201, to: null, fenEach: 4_000 },
  ],
} as const;

export type FeeMethod = 'perApplication' | 'perPage';

export interface FeeBandPart {
  /** The band's bounds as the schedule states them (`to` null = open-ended). */
  bandFrom: number;
  bandTo: number | null;
  /** How many items of this request (or of the month, per application) fall in the band. */
  count: number;
  fenEach: number;
  subtotalFen: number;
}

/** The band of the n-th application of the month (1-based). */
function applicationBand(n: number): { from: number; to: number | null; fenEach: number } {
  const s = FEE_SCHEDULE.perApplication;
  if (n <= s.freeCount) return { from: 1, to: s.freeCount, fenEach: 0 };
  if (n <= s.firstBand.to) return s.firstBand;
  const k = Math.floor((n - s.firstBand.to - 1) / s.bandSize);
  const from = s.firstBand.to + 1 + k * s.bandSize;
  return { from, to: from + s.bandSize - 1, fenEach: s.firstBand.fenEach + (k + 1) * s.bandStepFen };
}

/** Fee for the n-th application of the month on its own. */
export function perApplicationRateFen(n: number): number {
  return applicationBand(n).fenEach;
}

/** Applications 1…n of the month, grouped by band, free band included. */
export function perApplicationParts(n: number): FeeBandPart[] {
  const parts: FeeBandPart[] = [];
  for (let i = 1; i <= n; ) {
    const band = applicationBand(i);
    const last = Math.min(n, band.to ?? n);
    const count = last - i + 1;
    parts.push({
      bandFrom: band.from,
      bandTo: band.to,
      count,
      fenEach: band.fenEach,
      subtotalFen: count * band.fenEach,
    });
    i = last + 1;
  }
  return parts;
}

export function perApplicationTotalFen(n: number): number {
  return perApplicationParts(n).reduce((sum, p) => sum + p.subtotalFen, 0);
}

export function perPageParts(pages: number): FeeBandPart[] {
  return FEE_SCHEDULE.perPage
    .map((b) => {
      const count = Math.max(0, Math.min(pages, b.to ?? pages) - b.from + 1);
      return { bandFrom: b.from, bandTo: b.to, count, fenEach: b.fenEach, subtotalFen: count * b.fenEach };
    })
    .filter((p) => p.count > 0);
}

export function perPageFeeFen(pages: number): number {
  return perPageParts(pages).reduce((sum, p) => sum + p.subtotalFen, 0);
}

/** 20000 → "200元", 1050 → "10.50元". */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = Math.abs(fen % 100);
  return rest === 0 ? `${yuan}元` : `${yuan}.${String(rest).padStart(2, '0')}元`;
}

/**
 * Who "the same applicant" is (第四条 "同一申请人"): the applicant type plus the name, with
 * full-width/half-width forms unified, spaces removed and Latin letters lower-cased, so
 * "测试 公司" and "测试公司" count together. Two different people with the same name and type
 * would be counted together: the officer sees the count in the working text and can adjust.
 */
export function applicantKey(r: Pick<DisclosureRequest, 'applicantName' | 'applicantType'>): string {
  return `${r.applicantType}:${r.applicantName.normalize('NFKC').replace(/\s+/g, '').toLowerCase()}`;
}

export type FeeRequest = Pick<
  DisclosureRequest,
  'id' | 'serial' | 'applicantName' | 'applicantType' | 'receivedDate' | 'events' | 'deletedAt'
>;

const order = (a: FeeRequest, b: FeeRequest) =>
  a.receivedDate !== b.receivedDate
    ? a.receivedDate < b.receivedDate
      ? -1
      : 1
    : a.serial !== b.serial
      ? a.serial < b.serial
        ? -1
        : 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/** The same applicant's earlier applications in the request's natural month (by received date). */
export function earlierInMonth(request: FeeRequest, all: readonly FeeRequest[]): FeeRequest[] {
  const key = applicantKey(request);
  const month = request.receivedDate.slice(0, 7);
  return all
    .filter(
      (r) =>
        r.id !== request.id &&
        r.deletedAt === null &&
        r.receivedDate.slice(0, 7) === month &&
        applicantKey(r) === key &&
        order(r, request) < 0,
    )
    .sort(order);
}

export interface FeeProposal {
  method: FeeMethod;
  amountFen: number;
  parts: FeeBandPart[];
  /** The working, e.g. "本月第12件，11—30件部分按100元/件 → 200元". */
  text: string;
  /** perApplication: the request's place among the applicant's applications this month. */
  ordinal: number | null;
  monthTotalFen: number | null;
  /** perApplication: fees already noticed on the applicant's earlier applications this month. */
  alreadyNoticedFen: number | null;
  pages: number | null;
  scheduleVersion: string;
}

function bandLabel(p: FeeBandPart, unit: '件' | '页'): string {
  return p.bandTo === null ? `${p.bandFrom}${unit}以上` : `${p.bandFrom}—${p.bandTo}${unit}`;
}

function chargedText(parts: FeeBandPart[], unit: '件' | '页'): string {
  return parts
    .filter((p) => p.fenEach > 0)
    .map((p) => `${bandLabel(p, unit)}部分按${formatYuan(p.fenEach)}/${unit}`)
    .join('、');
}

/**
 * 按件计收: the month's progressive total up to this application, less what earlier notices this
 * month already charged, so no application is charged twice and none is skipped.
 */
export function proposePerApplicationFee(request: FeeRequest, all: readonly FeeRequest[]): FeeProposal {
  const earlier = earlierInMonth(request, all);
  const ordinal = earlier.length + 1;
  const parts = perApplicationParts(ordinal);
  const monthTotalFen = perApplicationTotalFen(ordinal);
  const alreadyNoticedFen = earlier
    .flatMap((r) => r.events)
    .reduce(
      (sum, e) => (e.type === 'feeNotice' && e.method === 'perApplication' ? sum + e.amountFen : sum),
      0,
    );
  const amountFen = Math.max(0, monthTotalFen - alreadyNoticedFen);
  const free = FEE_SCHEDULE.perApplication.freeCount;
  const working =
    ordinal <= free
      ? `本月第${ordinal}件，${free}件以内不收费 → 0元`
      : alreadyNoticedFen > 0
        ? `本月第${ordinal}件，${chargedText(parts, '件')} → 本月累计${formatYuan(monthTotalFen)}，已通知${formatYuan(alreadyNoticedFen)}，本件${formatYuan(amountFen)}`
        : `本月第${ordinal}件，${chargedText(parts, '件')} → ${formatYuan(amountFen)}`;
  return {
    method: 'perApplication',
    amountFen,
    parts,
    text: working,
    ordinal,
    monthTotalFen,
    alreadyNoticedFen,
    pages: null,
    scheduleVersion: FEE_SCHEDULE.version,
  };
}

/** 按量计收 for one request's pages. */
export function proposePerPageFee(pages: number): FeeProposal {
  if (!Number.isInteger(pages) || pages < 0)
    throw new RangeError(`pages must be a whole number ≥ 0: ${pages}`);
  const parts = perPageParts(pages);
  const amountFen = perPageFeeFen(pages);
  const free = FEE_SCHEDULE.perPage[0].to;
  const text =
    amountFen === 0
      ? `共${pages}页，${free}页以内不收费 → 0元`
      : `共${pages}页，${chargedText(parts, '页')} → ${formatYuan(amountFen)}`;
  return {
    method: 'perPage',
    amountFen,
    parts,
    text,
    ordinal: null,
    monthTotalFen: null,
    alreadyNoticedFen: null,
    pages,
    scheduleVersion: FEE_SCHEDULE.version,
  };
}
