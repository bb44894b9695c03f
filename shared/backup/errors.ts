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

/**
 * What a size refusal was (issue 14 item 15), for a message that says so rather than "damaged": the
 * header declares more than the app can restore (`tooLarge`, refused from the header before the
 * payload is read), one value in the payload is larger than any the app writes (`pieceTooLarge`), or
 * the payload would parse to far more memory than its size (`tooComplex`).
 * The code stays `corrupt` (the CLI's `FAILED (corrupt)`).
 */
export type BackupProblemDetail = 'tooLarge' | 'pieceTooLarge' | 'tooComplex';

export interface BackupProblem {
  ok: false;
  error: BackupErrorCode;
  message: string;
  issues?: string[];
  detail?: BackupProblemDetail;
}

export const problem = (
  error: BackupErrorCode,
  message: string,
  issues?: string[],
  detail?: BackupProblemDetail,
): BackupProblem => ({
  ok: false,
  error,
  message,
  ...(issues ? { issues } : {}),
  ...(detail ? { detail } : {}),
});
