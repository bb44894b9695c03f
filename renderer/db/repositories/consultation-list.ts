import { type Consultation, monthOf } from '../../../shared/model';
import type { DeskDb } from '../database';
import {
  countPagedList,
  dateRange,
  loadRange,
  type PagedListResult,
  type PagedListSpec,
  queryPagedList,
  RANGE_KEEP_LIMIT,
  warmRange,
} from './paged-list';

/** The consultations list (issue 8: 100,000 over ten years), ordered and ranged by the `date` index. */
export interface ConsultationListFilter {
  year?: string;
  month?: string;
  q?: string;
  channel?: string;
}

const SPEC: PagedListSpec<Consultation> = { table: 'consultations', index: 'date', dateOf: (c) => c.date };

function lower(s: string | null | undefined) {
  return s ? s.toLowerCase() : '';
}

export function consultationPredicate(f: ConsultationListFilter): ((c: Consultation) => boolean) | null {
  const tests: ((c: Consultation) => boolean)[] = [];
  if (f.month && !f.year) tests.push((c) => monthOf(c.date) === Number(f.month));
  if (f.channel) tests.push((c) => c.channel === f.channel);
  if (f.q) {
    const needle = f.q.toLowerCase();
    tests.push(
      (c) =>
        lower(c.topic).includes(needle) || lower(c.reply).includes(needle) || lower(c.asker).includes(needle),
    );
  }
  if (tests.length === 0) return null;
  return (c) => tests.every((t) => t(c));
}

export function queryConsultationList(
  db: DeskDb,
  filter: ConsultationListFilter,
  page: { offset: number; limit: number; partial?: boolean },
): Promise<PagedListResult<Consultation>> {
  return queryPagedList(db, SPEC, dateRange(filter.year, filter.month), consultationPredicate(filter), page);
}

export function countConsultationList(db: DeskDb, filter: Pick<ConsultationListFilter, 'year' | 'month'>) {
  return countPagedList(db, SPEC, dateRange(filter.year, filter.month));
}

export async function warmConsultationList(
  db: DeskDb,
  filter: Pick<ConsultationListFilter, 'year' | 'month'>,
  total: number,
) {
  const range = dateRange(filter.year, filter.month);
  if (range && total <= RANGE_KEEP_LIMIT) await warmRange(db, SPEC, range);
}

export function loadConsultationRange(db: DeskDb, filter: Pick<ConsultationListFilter, 'year' | 'month'>) {
  return loadRange(db, SPEC, dateRange(filter.year, filter.month));
}
