import type { Letter } from '../model/letter';
import type { RequestEvent } from '../model/records';

/**
 * A timeline step an issued letter stands for is fixed with the letter (DOMAIN.md §10: issuing a
 * letter and its step are one action, so the clock and the letters cannot disagree; an issued letter
 * is never edited — a correction is a new letter that names the one it replaces). So the request
 * form may not change or remove such a step: only its note (which no letter prints) stays free, and
 * a consultation's `receivedByParty` may still be filled when the letter's delivery date was unknown
 * (the party's 15 working days run from that day, 条例第三十二条). The change itself is made by
 * issuing a correcting letter (shared/letters/issue.ts replaces the step with the new letter's).
 */

export type LockLetter = Pick<Letter, 'id' | 'status' | 'eventId' | 'number' | 'replacesId' | 'issuedDate'>;

export interface EventLock {
  eventId: string;
  /** The 文号 of the letter now standing for the step (the newest of a chain of corrections). */
  number: string;
  letterId: string;
}

/** The steps issued letters stand for, each with the letter to correct (the last of its chain). */
export function lockedEvents(letters: readonly LockLetter[]): Map<string, EventLock> {
  const issued = letters.filter((l) => l.status === 'issued' && l.eventId);
  const replaced = new Set(issued.map((l) => l.replacesId).filter(Boolean));
  const out = new Map<string, EventLock & { issuedDate: string }>();
  // A letter a later letter replaced yields to it; among the rest the latest issued stands.
  for (const l of issued) {
    if (replaced.has(l.id)) continue;
    const eventId = l.eventId as string;
    const issuedDate = l.issuedDate ?? '';
    const current = out.get(eventId);
    if (!current || issuedDate >= current.issuedDate)
      out.set(eventId, { eventId, number: l.number ?? '', letterId: l.id, issuedDate });
  }
  return new Map([...out].map(([id, { issuedDate: _, ...lock }]) => [id, lock]));
}

/**
 * The event as compared: without its note, keys in order; a consultation's receivedByParty that was
 * empty takes the value of `filled` (filling it in is allowed, changing it is not).
 */
function comparable(e: RequestEvent, filled?: RequestEvent): string {
  const { note: _note, ...rest } = e;
  const out: Record<string, unknown> = { ...rest };
  if (e.type === 'consultationSent' && e.receivedByParty === null && filled?.type === 'consultationSent')
    out.receivedByParty = filled.receivedByParty;
  return JSON.stringify(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export interface LockIssue {
  code: 'eventHasLetter' | 'eventWithLetterRemoved';
  eventId: string;
  /** Index of the event in `after` (null when it was removed). */
  index: number | null;
  number: string;
}

/**
 * What a save of the request would change in steps issued letters stand for: each changed step
 * (`eventHasLetter`) and each removed one (`eventWithLetterRemoved`). Empty = the save may go on.
 */
export function lockedEventIssues(
  before: readonly RequestEvent[],
  after: readonly RequestEvent[],
  letters: readonly LockLetter[],
): LockIssue[] {
  const locks = lockedEvents(letters);
  const issues: LockIssue[] = [];
  for (const old of before) {
    const lock = locks.get(old.id);
    if (!lock) continue;
    const index = after.findIndex((e) => e.id === old.id);
    const now = after[index];
    if (!now) {
      issues.push({ code: 'eventWithLetterRemoved', eventId: old.id, index: null, number: lock.number });
      continue;
    }
    if (comparable(old, now) !== comparable(now))
      issues.push({ code: 'eventHasLetter', eventId: old.id, index, number: lock.number });
  }
  return issues;
}
