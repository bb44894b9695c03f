import { type Consultation, monthOf } from '../../../shared/model';
import type { DeskDb } from '../database';
import {
  countPagedList,
  dateRange,
  loadRange,
  type PagedListResult,
  type PagedListSpec,
  queryPagedList,
} from './paged-list';
import { type DigestSpec, digestIsReady, queryDigest, warmDigest } from './search-digest';

/** The consultations list (issue 8: 100,000 over ten years), ordered and ranged by the `date` index. */
export interface ConsultationListFilter {
  year?: string;
  month?: string;
  q?: string;
  channel?: string;
}

const SPEC: PagedListSpec<Consultation> = { table: 'consultations', index: 'date', dateOf: (c) => c.date };

/** What a search of the list looks at (search-digest.ts keeps it in memory for every record). */
export interface ConsultationFields {
  date: string;
  channel: string;
  /** Topic, reply and asker, lower-cased. */
  text: string;
}

export function consultationFields(c: Consultation): ConsultationFields {
  return {
    date: c.date,
    channel: c.channel,
    text: [c.topic, c.reply, c.asker].filter(Boolean).join('\n').toLowerCase(),
  };
}

export function consultationFieldsPredicate(
  f: ConsultationListFilter,
): ((x: ConsultationFields) => boolean) | null {
  const tests: ((x: ConsultationFields) => boolean)[] = [];
  if (f.month && !f.year) tests.push((x) => monthOf(x.date) === Number(f.month));
  if (f.channel) tests.push((x) => x.channel === f.channel);
  if (f.q) {
    const needle = f.q.toLowerCase();
    tests.push((x) => x.text.includes(needle));
  }
  if (tests.length === 0) return null;
  return (x) => tests.every((t) => t(x));
}

export function consultationPredicate(f: ConsultationListFilter): ((c: Consultation) => boolean) | null {
  const fields = consultationFieldsPredicate(f);
  return fields ? (c) => fields(consultationFields(c)) : null;
}

const DIGEST: DigestSpec<Consultation, ConsultationFields> = { ...SPEC, fieldsOf: consultationFields };

/** Filters other than year/month search the in-memory digest (search-digest.ts) once it is built. */
export function queryConsultationList(
  db: DeskDb,
  filter: ConsultationListFilter,
  page: { offset: number; limit: number; partial?: boolean },
): Promise<PagedListResult<Consultation>> {
  const range = dateRange(filter.year, filter.month);
  const fields = consultationFieldsPredicate(filter);
  // A year or a month searched while the digest is still being built: its range is read instead.
  if (fields && (!range || digestIsReady(db, DIGEST))) return queryDigest(db, DIGEST, range, fields, page);
  return queryPagedList(db, SPEC, range, fields ? (c) => fields(consultationFields(c)) : null, page);
}

export function countConsultationList(db: DeskDb, filter: Pick<ConsultationListFilter, 'year' | 'month'>) {
  return countPagedList(db, SPEC, dateRange(filter.year, filter.month));
}

/** Builds the search digest ahead of a search that may follow. */
export async function warmConsultationList(db: DeskDb) {
  await warmDigest(db, DIGEST);
}

export function loadConsultationRange(db: DeskDb, filter: Pick<ConsultationListFilter, 'year' | 'month'>) {
  return loadRange(db, SPEC, dateRange(filter.year, filter.month));
}
