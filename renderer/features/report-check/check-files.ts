import { type FileResult, matchPrevious } from '../../../shared/report-check/batch';
import { checkReport } from '../../../shared/report-check/check';
import type { ReadReport } from './read-report-file';

export interface DroppedFile {
  id: string;
  name: string;
  read: ReadReport | null;
  /** Why it could not be read: its code (`readError.<code>`); `detail`: the reader's own message. */
  error: string | null;
  detail?: string;
}

/** Findings for every dropped report; a dropped report of the same body for the year before is last year's. */
export function checkDropped(
  files: readonly DroppedFile[],
  threshold: number,
): (FileResult & { id: string; detail?: string })[] {
  const readable = files.filter((f) => f.read).map((f) => ({ ...f, report: f.read?.report ?? null }));
  return files.map((f) => {
    if (!f.read)
      return { id: f.id, file: f.name, report: null, findings: [], error: f.error ?? '', detail: f.detail };
    const prev = matchPrevious(f.read.report, readable);
    return {
      id: f.id,
      file: f.name,
      report: f.read.report,
      previousFile: prev?.name ?? null,
      findings: checkReport(f.read.report, prev?.report ?? null, {
        similarityThreshold: threshold,
        fullText: f.read.fullText,
      }),
    };
  });
}
