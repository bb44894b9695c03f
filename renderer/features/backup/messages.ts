import type { TFunction } from 'i18next';
import type { BackupProblem } from '../../../shared/backup';
import { MAX_JSON_BYTES, MAX_PIECE_BYTES } from '../../../shared/backup/codec';
import type { IpcError } from '../../../shared/ipc';
import { localDateTime } from '../../../shared/model';
import type { ClockProblem } from '../../../shared/retention/clock';
import type { AnonymiseRun } from './anonymise-db';
import { dbErrorText } from '../../components/error-reason';
import { translateIssue } from '../../components/form-errors';
import type { RestoreOutcome } from './backup-service';
import type { Outcome } from './OutcomeAlert';

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

/** File failures said in full by their code (what to do next included): main's message adds nothing. */
const ACTED_ON: ReadonlySet<IpcError> = new Set([
  'diskFull',
  'readOnly',
  'permissionDenied',
  'folderMissing',
  'notFound',
]);

/**
 * A failed backup, folder choice or file read as the page shows it: the failure in the officer's
 * language, and main's own message as the technical detail only when the code does not say it all.
 */
export function failureOutcome(
  t: TFunction,
  failure: { error: IpcError; message: string; reason?: string },
): Outcome {
  return {
    type: 'error',
    title: failureText(t, failure),
    lines: [],
    ...(ACTED_ON.has(failure.error) ? {} : { detail: failure.message }),
  };
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
  const storeName = (store: string) => t(`backup:store.${store}`, { defaultValue: store });
  const record = /^(\w+) #(\d+)(?: \(([^)]*)\))?: (?:([\w.]+) — )?(validation\.\S+)$/.exec(line);
  if (record) {
    const [, store = '', n = '', ids, field, reason = ''] = record;
    // `events.0.date`: the label of the record's field, then the rest of the path as it is.
    const [head = '', ...rest] = field?.split('.') ?? [];
    const fieldName =
      field && REGISTER_NAMESPACES.has(store)
        ? [t(`${store}:field.${head}`, { defaultValue: head }), ...rest].join('.')
        : field;
    return t('backup:problemLine.record', {
      store: storeName(store),
      n,
      ids: ids ? t('backup:problemLine.ids', { ids }) : '',
      field: fieldName ? t('backup:problemLine.field', { field: fieldName }) : '',
      reason: translateIssue(t, reason),
    });
  }
  const count = /^(\w+): header (\d+), payload (\d+)$/.exec(line);
  if (count) {
    const [, store = '', header, payload] = count;
    return t('backup:problemLine.count', { store: storeName(store), header, payload });
  }
  // A whole store, or a place outside the stores (`settings: validation.invalid`, `format: …`).
  const place = /^([\w.]+): (validation\.\S+)$/.exec(line);
  if (place) {
    const [, where = '', reason = ''] = place;
    return t('backup:problemLine.place', { place: storeName(where), reason: translateIssue(t, reason) });
  }
  return line;
}

/** The details of a bad backup, translated, each once. */
export function problemLines(t: TFunction, lines: readonly string[]): string[] {
  return [...new Set(lines.map((l) => problemLine(t, l)))];
}

/** A bad backup as the page shows it: its problem in words, each bad record named, the reader's diagnosis as detail. */
export function problemOutcome(
  t: TFunction,
  problem: BackupProblem,
  title = problemText(t, problem),
): Outcome {
  return problem.issues?.length
    ? { type: 'error', title, lines: problemLines(t, problem.issues) }
    : { type: 'error', title, lines: [], detail: problem.message };
}

/** Why a restore or an import stopped, and what became of the data, in the officer's language. */
export function restoreFailureOutcome(t: TFunction, outcome: Exclude<RestoreOutcome, { ok: true }>): Outcome {
  switch (outcome.stage) {
    case 'open':
      return problemOutcome(
        t,
        outcome.problem,
        `${t('backup:failure.open')} ${problemText(t, outcome.problem)}`,
      );
    case 'safetyBackup': {
      const said = outcome.error && ACTED_ON.has(outcome.error);
      return {
        type: 'error',
        title: t('backup:failure.safetyBackup'),
        lines: said ? [t(`common:fileError.${outcome.error}`)] : [],
        ...(said ? {} : { detail: outcome.message }),
      };
    }
    case 'import': {
      const said = outcome.said && dbErrorText(t, outcome.said);
      return {
        type: 'error',
        title: t('backup:failure.import'),
        lines: said ? [said] : [],
        ...(said ? {} : { detail: outcome.message }),
      };
    }
    case 'verify': {
      const lines = outcome.mismatches.length
        ? outcome.mismatches.map((m) =>
            t('backup:failure.mismatch', {
              store: t(`backup:store.${m.store}`, { defaultValue: m.store }),
              expected: m.expected,
              found: m.found,
            }),
          )
        : [t('backup:failure.notCounted')];
      return {
        type: 'error',
        title: t(
          outcome.rolledBack ? 'backup:failure.verifyRolledBack' : 'backup:failure.verifyNotRolledBack',
        ),
        lines,
        ...(outcome.mismatches.length ? {} : { detail: outcome.message }),
      };
    }
  }
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
