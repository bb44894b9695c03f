import type { TFunction } from 'i18next';
import type { BackupProblem } from '../../../shared/backup';
import type { IpcError } from '../../../shared/ipc';

/** A failed IPC result in the user's language; a bad backup file names its problem (reason). */
export function failureText(
  t: TFunction,
  failure: { error: IpcError; message: string; reason?: string },
): string {
  if (failure.reason && t(`problem.${failure.reason}`, { defaultValue: '' }))
    return t(`problem.${failure.reason}`);
  return t(`error.${failure.error}`);
}

export function problemText(t: TFunction, problem: BackupProblem): string {
  return t(`problem.${problem.error}`);
}
