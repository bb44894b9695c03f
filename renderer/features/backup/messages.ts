import type { TFunction } from 'i18next';
import type { BackupProblem } from '../../../shared/backup';
import { MAX_JSON_BYTES, MAX_PIECE_BYTES } from '../../../shared/backup/codec';
import type { IpcError } from '../../../shared/ipc';
import { localDateTime } from '../../../shared/model';
import type { ClockProblem } from '../../../shared/retention/clock';
import type { AnonymiseRun } from './anonymise-db';
import { translateIssue } from '../../components/form-errors';

/** The limits a size refusal names (issue 14 item 15), in MB as the officer reads them. */
const LIMITS = {
  max: Math.round(MAX_JSON_BYTES / 1_000_000),
  piece: Math.round(MAX_PIECE_BYTES / 1_000_000),
};

/** A failed IPC result in the user's language; a bad backup file names its problem (reason). */
export function failureText(
  t: TFunction,
  failure: { error: IpcError; message: string; reason?: string },
): string {
  if (failure.reason && t(`problem.${failure.reason}`, { defaultValue: '', ...LIMITS }))
    return t(`problem.${failure.reason}`, LIMITS);
  return t(`error.${failure.error}`);
}

/** A bad backup in the user's language; a size refusal says so rather than "damaged". */
export function problemText(t: TFunction, problem: BackupProblem): string {
  return t(`problem.${problem.detail ?? problem.error}`, LIMITS);
}

/** The four registers whose field labels the locales hold (namespace = store name). */
const REGISTER_NAMESPACES = new Set(['publications', 'requests', 'consultations', 'appeals']);

/**
 * One line of a bad backup's details in the user's language. The backup code writes them in a fixed
 * form (shared/backup/open.ts): `requests #3 (id r-3, 2025-003): receivedDate — validation.x` for a
 * record that fails validation, `publications: header 4, payload 3` for counts. Anything else is
 * shown as it is, so nothing is lost.
 */
export function problemLine(t: TFunction, line: string): string {
  const record = /^(\w+) #(\d+)(?: \(([^)]*)\))?: (?:([\w.]+) — )?(validation\.\S+)$/.exec(line);
  if (record) {
    const [, store = '', n = '', ids, field, reason = ''] = record;
    // `events.0.date`: the label of the record's field, then the rest of the path as it is.
    const [head = '', ...rest] = field?.split('.') ?? [];
    const fieldName =
      field && REGISTER_NAMESPACES.has(store)
        ? [t(`${store}:field.${head}`, { defaultValue: head }), ...rest].join('.')
        : field;
    return t('problemLine.record', {
      store: t(`store.${store}`, { defaultValue: store }),
      n,
      ids: ids ? t('problemLine.ids', { ids }) : '',
      field: fieldName ? t('problemLine.field', { field: fieldName }) : '',
      reason: translateIssue(t, reason),
    });
  }
  const count = /^(\w+): header (\d+), payload (\d+)$/.exec(line);
  if (count) {
    const [, store = '', header, payload] = count;
    return t('problemLine.count', { store: t(`store.${store}`, { defaultValue: store }), header, payload });
  }
  return line;
}

/** The details of a bad backup, translated, each once. */
export function problemLines(t: TFunction, lines: readonly string[]): string[] {
  return [...new Set(lines.map((l) => problemLine(t, l)))];
}

/** Why an irreversible step (trash purge, anonymisation) was refused, with what to do next. */
export function clockText(t: TFunction, clock: ClockProblem, now: string): string {
  const show = (instant: string) => {
    const d = new Date(instant);
    return Number.isNaN(d.getTime()) ? instant : localDateTime(d).replace('T', ' ');
  };
  return t(clock.problem === 'behind' ? 'backup:anonymise.clockBehind' : 'backup:anonymise.clockAhead', {
    now: show(now),
    newest: show(clock.newestChange),
  });
}

/** What retention did right after a restore or import (issue 14 item 4), for the outcome message. */
export function retentionLines(
  t: TFunction,
  retention: AnonymiseRun | { ok: false; error: string },
  ctx: { now?: string } = {},
): string[] {
  if (retention.ok) {
    const count = retention.records.length;
    return count > 0 ? [t('backup:retention.applied', { count })] : [];
  }
  if ('clock' in retention) return [clockText(t, retention.clock, ctx.now ?? new Date().toISOString())];
  return [t('backup:retention.failed', { reason: retention.error })];
}
