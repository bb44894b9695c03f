import {
  type CalendarOverride,
  type CalendarYear,
  calendarOverride,
  calendarYear,
} from '../../../shared/model';
import type { DeskDb } from '../database';
import { issuesOf, ValidationError } from './errors';
import { addAudit } from './audit-log';

/**
 * Writes to the officer's calendar (overrides per date, years marked complete), each in one
 * transaction with its audit entries: a failed write leaves the stored calendar as it was.
 * Every due date is derived from these stores, so a write here updates every open request at once.
 */
export interface CalendarWriteContext {
  actor: string;
  now: string;
}

/** Adds or replaces overrides (one per date; the new one wins). */
export async function putOverrides(
  db: DeskDb,
  items: readonly CalendarOverride[],
  ctx: CalendarWriteContext,
): Promise<number> {
  const parsed = items.map((o) => calendarOverride.safeParse(o));
  const bad = parsed.find((p) => !p.success);
  if (bad && !bad.success) throw new ValidationError(issuesOf(bad.error));
  const rows = parsed.flatMap((p) => (p.success ? [p.data] : []));
  await db.transaction('rw', [db.calendarOverrides, db.audit], async () => {
    for (const row of rows) {
      const before = (await db.calendarOverrides.get(row.date)) ?? null;
      await db.calendarOverrides.put(row);
      await addAudit(db, {
        at: ctx.now,
        actor: ctx.actor,
        store: 'calendarOverrides',
        recordId: row.date,
        action: before ? 'update' : 'create',
        before,
        after: row,
      });
    }
  });
  return rows.length;
}

export async function removeOverride(db: DeskDb, date: string, ctx: CalendarWriteContext): Promise<void> {
  await db.transaction('rw', [db.calendarOverrides, db.audit], async () => {
    const before = await db.calendarOverrides.get(date);
    if (!before) return;
    await db.calendarOverrides.delete(date);
    await addAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      store: 'calendarOverrides',
      recordId: date,
      action: 'delete',
      before,
      after: null,
    });
  });
}

/** Marks a year's arrangement as fully entered (it then counts as known) or not. */
export async function setYearComplete(
  db: DeskDb,
  year: number,
  complete: boolean,
  ctx: CalendarWriteContext,
  note = '',
): Promise<CalendarYear> {
  const parsed = calendarYear.safeParse({ year, complete, note });
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  const row = parsed.data;
  await db.transaction('rw', [db.calendarYears, db.audit], async () => {
    const before = (await db.calendarYears.get(year)) ?? null;
    await db.calendarYears.put(row);
    await addAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      store: 'calendarYears',
      recordId: String(year),
      action: before ? 'update' : 'create',
      before,
      after: row,
    });
  });
  return row;
}

export async function loadCalendarData(
  db: DeskDb,
): Promise<{ overrides: CalendarOverride[]; years: CalendarYear[] }> {
  const [overrides, years] = await Promise.all([db.calendarOverrides.toArray(), db.calendarYears.toArray()]);
  return { overrides, years };
}
