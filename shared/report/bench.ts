import type { Document } from 'docx';
import { fromDayNumber, toDayNumber } from '../model/dates';
import type { Appeal, Consultation, DisclosureRequest, Publication } from '../model/records';
import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_TYPE_CODES,
  CONSULTATION_CHANNELS,
  DEFAULT_CATEGORIES,
  OUTCOME_CODES,
  PUBLICATION_CHANNEL_CODES,
} from '../model/taxonomy';
import { buildReportDocument } from '../docx/report-docx';
import { computeAnnualReport, type ReportStores } from './compute';
import { draftTexts } from './draft';
import { formatForYear } from './formats';

/**
 * Benchmark data and timing for the annual report (issue: < 300 ms to compute a year with
 * 20,000 publications, 2,000 requests and 10,000 consultations in a 10-year database; .docx build
 * < 1 s). Deterministic (seeded); the clock and the packer are passed in, as shared/ reads neither.
 */

export interface BenchSize {
  years: number;
  lastYear: number;
  publicationsPerYear: number;
  requestsPerYear: number;
  consultationsPerYear: number;
  appealsPerYear: number;
}

export const ISSUE_BENCH_SIZE: BenchSize = {
  years: 10,
  lastYear: 2025,
  publicationsPerYear: 20_000,
  requestsPerYear: 2_000,
  consultationsPerYear: 10_000,
  appealsPerYear: 20,
};

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const stamp = '2025-01-01T00:00:00.000Z';
const review = { by: '', date: null, result: 'pass' as const, note: '' };

export function makeBenchmarkStores(size: BenchSize = ISSUE_BENCH_SIZE, seed = 20250101): ReportStores {
  const r = rng(seed);
  const publications: Publication[] = [];
  const requests: DisclosureRequest[] = [];
  const consultations: Consultation[] = [];
  const appeals: Appeal[] = [];
  // Dates as flat strings, as records read from IndexedDB or JSON are: V8 compares the concatenated
  // strings fromDayNumber builds many times slower, which would measure the generator, not the report.
  const first = toDayNumber(`${size.lastYear - size.years + 1}-01-01`);
  const dates: string[] = JSON.parse(
    JSON.stringify(Array.from({ length: (size.years + 6) * 366 }, (_, i) => fromDayNumber(first + i))),
  );
  const date = (n: number) => dates[n - first] ?? fromDayNumber(n);
  for (let y = size.lastYear - size.years + 1; y <= size.lastYear; y++) {
    const start = toDayNumber(`${y}-01-01`);
    const day = () => date(start + Math.floor(r() * 365));
    for (let i = 0; i < size.publicationsPerYear; i++) {
      const formed = day();
      const kind = r() < 0.01 ? 'rule' : r() < 0.05 ? 'normative' : 'ordinary';
      const abolished =
        kind !== 'ordinary' && r() < 0.2 ? date(toDayNumber(formed) + 200 + Math.floor(r() * 1500)) : null;
      publications.push({
        // Plain literals, no spread: V8 makes spread-built records with many fields slow
        // dictionary objects, unlike the records the app reads from IndexedDB or JSON.
        id: `p${y}-${i}`,
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
        title: `测试文件${i}`,
        summary: '',
        docNumber: '',
        formedDate: formed,
        publishedDate: date(toDayNumber(formed) + Math.floor(r() * 25)),
        category: pick(r, DEFAULT_CATEGORIES),
        channels: [pick(r, PUBLICATION_CHANNEL_CODES)],
        column: '',
        docKind: kind,
        abolishedDate: abolished,
        validity: abolished ? 'abolished' : 'valid',
        review: { firstReview: review, secrecyReview: review, leaderSignoff: review },
        indexNumber: null,
        publisher: '',
      });
    }
    for (let i = 0; i < size.requestsPerYear; i++) {
      const received = day();
      const answered = r() < 0.97 ? date(toDayNumber(received) + Math.floor(r() * 45)) : null;
      requests.push({
        id: `r${y}-${i}`,
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
        serial: `${y}-${i}`,
        applicantType: pick(r, APPLICANT_TYPE_CODES),
        applicantName: '测试申请人甲',
        applicantContact: '',
        applicantIdNumber: '',
        applicantAddress: '',
        channel: 'inPerson',
        submittedDate: received,
        receivedDate: received,
        content: '测试',
        form: 'paper',
        anonymisedAt: null,
        events: answered
          ? [{ id: 'a', type: 'answered', date: answered, note: '', outcome: pick(r, OUTCOME_CODES) }]
          : [],
      });
    }
    for (let i = 0; i < size.consultationsPerYear; i++) {
      consultations.push({
        id: `c${y}-${i}`,
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
        date: day(),
        channel: pick(r, CONSULTATION_CHANNELS).code,
        topic: '测试咨询',
        asker: '',
        reply: '',
      });
    }
    for (let i = 0; i < size.appealsPerYear; i++) {
      const filed = day();
      const closed = r() < 0.8 ? date(toDayNumber(filed) + Math.floor(r() * 200)) : null;
      appeals.push({
        id: `a${y}-${i}`,
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
        kind: pick(r, APPEAL_KINDS).code,
        requestId: null,
        caseNumber: '',
        filedDate: filed,
        result: closed
          ? pick(
              r,
              APPEAL_RESULTS.filter((x) => x.code !== 'pending'),
            ).code
          : 'pending',
        closedDate: closed,
        note: '',
      });
    }
  }
  const yearFigures = [];
  for (let y = size.lastYear - size.years + 1; y <= size.lastYear; y++) {
    yearFigures.push({
      year: y,
      licensing: 100,
      penalty: 10,
      enforcement: 1,
      feesFen: 123_456,
      updatedAt: '',
    });
  }
  return { publications, requests, consultations, appeals, yearFigures, reportSnapshots: [] };
}

export interface BenchResult {
  computeMs: number[];
  docxBuildMs: number[];
  docxPackMs: number[];
  docxBytes: number;
}

/**
 * Times computeAnnualReport and the .docx (Document build, and packing if `pack` is given) over
 * `runs` runs after one warm-up. `now` is a millisecond clock (performance.now at the edge).
 */
export async function runReportBenchmark(options: {
  now: () => number;
  pack?: (doc: Document) => Promise<Uint8Array>;
  stores?: ReportStores;
  year?: number;
  runs?: number;
}): Promise<BenchResult> {
  const stores = options.stores ?? makeBenchmarkStores();
  const year = options.year ?? ISSUE_BENCH_SIZE.lastYear;
  const format = formatForYear(year);
  if (!format) throw new Error(`no format for ${year}`);
  const profile = { agencyName: '测试县示例局' };
  const result: BenchResult = { computeMs: [], docxBuildMs: [], docxPackMs: [], docxBytes: 0 };
  const runs = options.runs ?? 5;
  for (let i = 0; i <= runs; i++) {
    const t0 = options.now();
    const model = computeAnnualReport(stores, year, profile, format);
    const t1 = options.now();
    const doc = buildReportDocument({
      model,
      format,
      texts: draftTexts(model, format, profile),
      signDate: `${year + 1}-01-20`,
    });
    const t2 = options.now();
    const bytes = options.pack ? await options.pack(doc) : null;
    const t3 = options.now();
    if (i === 0) continue; // warm-up
    result.computeMs.push(t1 - t0);
    result.docxBuildMs.push(t2 - t1);
    if (bytes) {
      result.docxPackMs.push(t3 - t2);
      result.docxBytes = bytes.length;
    }
  }
  return result;
}
