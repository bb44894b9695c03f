import { type ReportDoc, reportDoc, type YearFigures, yearFigures } from '../../../shared/model';
import { finaliseReport } from '../../../shared/report/snapshot';
import type { ReportFormat } from '../../../shared/report/format-types';
import type { ReportCheck, ReportModel } from '../../../shared/report/model';
import type { ReportStores } from '../../../shared/report/compute';
import type { DeskDb } from '../../db/database';
import type { WriteContext } from '../../db/repositories/registers';
import { issuesOf, ValidationError } from '../../db/repositories/errors';

/**
 * The report's own stores: 表二 figures per year, text drafts per year and finalised snapshots.
 * Every write is validated and audited in one transaction, like the registers' repositories.
 */

/** Everything computeAnnualReport reads, straight from the database (trash included: it filters). */
export async function loadReportStores(db: DeskDb): Promise<ReportStores> {
  const [publications, requests, consultations, appeals, figures, reportSnapshots, reportDrafts] =
    await Promise.all([
      db.publications.toArray(),
      db.requests.toArray(),
      db.consultations.toArray(),
      db.appeals.toArray(),
      db.yearFigures.toArray(),
      db.reportSnapshots.toArray(),
      db.reportDrafts.toArray(),
    ]);
  return {
    publications,
    requests,
    consultations,
    appeals,
    yearFigures: figures,
    reportSnapshots,
    reportDrafts,
  };
}

export async function saveYearFigures(
  db: DeskDb,
  input: Omit<YearFigures, 'updatedAt'>,
  ctx: WriteContext,
): Promise<YearFigures> {
  const parsed = yearFigures.safeParse({ ...input, updatedAt: ctx.now });
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  const saved = parsed.data;
  await db.transaction('rw', [db.yearFigures, db.audit], async () => {
    const before = (await db.yearFigures.get(saved.year)) ?? null;
    await db.yearFigures.put(saved);
    await db.audit.add({
      at: ctx.now,
      actor: ctx.actor,
      store: 'yearFigures',
      recordId: String(saved.year),
      action: before ? 'update' : 'create',
      before,
      after: saved,
    });
  });
  return saved;
}

/** Saves the officer's texts for a year (a draft: not finalised). */
export async function saveReportTexts(
  db: DeskDb,
  year: number,
  format: ReportFormat,
  texts: Record<string, string>,
  ctx: WriteContext,
  /** 落款日期 chosen by the officer; null = today's date at export. */
  signDate: string | null = null,
): Promise<ReportDoc> {
  const draft = reportDoc.parse({
    year,
    formatVersion: format.version,
    texts,
    signDate,
    model: null,
    updatedAt: ctx.now,
  });
  await db.transaction('rw', [db.reportDrafts, db.audit], async () => {
    const before = (await db.reportDrafts.get(year)) ?? null;
    await db.reportDrafts.put(draft);
    await db.audit.add({
      at: ctx.now,
      actor: ctx.actor,
      store: 'reportDrafts',
      recordId: String(year),
      action: before ? 'update' : 'create',
      before,
      after: draft,
    });
  });
  return draft;
}

export type FinaliseOutcome = { ok: true; doc: ReportDoc } | { ok: false; blocking: ReportCheck[] };

/**
 * 定稿: freezes the numbers and texts as a new snapshot (the latest one counts; earlier ones stay
 * as history). Refused while an error-level check stands; nothing is written then.
 */
export async function finaliseYear(
  db: DeskDb,
  model: ReportModel,
  format: ReportFormat,
  texts: Record<string, string>,
  textChecks: ReportCheck[],
  ctx: WriteContext,
  /** 落款日期 to freeze: the chosen date, else the local day of finalisation (the caller's today). */
  signDate: string | null = null,
): Promise<FinaliseOutcome> {
  const result = finaliseReport(model, format, texts, ctx.now, textChecks, signDate);
  if (!result.ok) return result;
  await db.transaction('rw', [db.reportSnapshots, db.reportDrafts, db.audit], async () => {
    await db.reportSnapshots.add(result.doc);
    await db.reportDrafts.put({ ...result.doc, model: null, finalisedAt: null });
    await db.audit.add({
      at: ctx.now,
      actor: ctx.actor,
      store: 'reportSnapshots',
      recordId: String(model.year),
      action: 'create',
      before: null,
      after: result.doc,
    });
  });
  return result;
}
