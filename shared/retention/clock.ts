/**
 * The trash purge and automatic anonymisation remove data for good, and both decide by the system
 * clock. A clock set back (a dead CMOS battery gives 2000-01-01) or far ahead (a typo of a year, 2062
 * for 2026) would purge or anonymise the wrong records, so both are refused while the clock reads
 * earlier than the newest stored change, or more than CLOCK_AHEAD_LIMIT_DAYS after it (issue 14 item 9).
 *
 * Why 366 days: the register is written every working week (requests, publications, the annual report
 * due each January); a year and a day without a single change means the clock, not the office, moved.
 * An office that really left the app unused that long makes any one change (which records the new
 * time) and the next start runs both again.
 */
export const CLOCK_AHEAD_LIMIT_DAYS = 366;

/** Small differences are not "behind": two instants written in the same second, time-zone rounding. */
const BEHIND_TOLERANCE_MS = 5 * 60_000;

export type ClockProblem = { problem: 'behind' | 'ahead'; newestChange: string };

/** null when the clock can be trusted for an irreversible step; otherwise what is wrong. */
export function checkClock(now: string, newestChange: string | null): ClockProblem | null {
  if (newestChange === null) return null;
  const nowMs = Date.parse(now);
  const newestMs = Date.parse(newestChange);
  // An unreadable stored time says nothing about the clock (instants are validated on the way in).
  if (Number.isNaN(newestMs)) return null;
  if (Number.isNaN(nowMs) || nowMs < newestMs - BEHIND_TOLERANCE_MS)
    return { problem: 'behind', newestChange };
  if (nowMs - newestMs > CLOCK_AHEAD_LIMIT_DAYS * 86_400_000) return { problem: 'ahead', newestChange };
  return null;
}

/** Thrown by an irreversible step refused because of the clock; the UI says what to do. */
export class ClockRefusedError extends Error {
  constructor(readonly clock: ClockProblem) {
    super(`refused: the system clock is ${clock.problem} the newest stored change (${clock.newestChange})`);
    this.name = 'ClockRefusedError';
  }
}
