/**
 * Why a backup cannot be used. The renderer shows a translated sentence per code (backup namespace,
 * `error.<code>`); `message` is the English detail for logs and the CLI; `issues` name the records
 * that failed validation and why.
 */
export type BackupErrorCode =
  | 'notBackup'
  | 'truncated'
  | 'corrupt'
  | 'checksumMismatch'
  | 'passwordRequired'
  | 'wrongPassword'
  | 'newerVersion'
  | 'unsupportedVersion'
  | 'invalidRecords'
  | 'countMismatch';

export interface BackupProblem {
  ok: false;
  error: BackupErrorCode;
  message: string;
  issues?: string[];
}

export const problem = (error: BackupErrorCode, message: string, issues?: string[]): BackupProblem =>
  issues ? { ok: false, error, message, issues } : { ok: false, error, message };
