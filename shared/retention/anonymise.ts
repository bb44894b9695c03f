import { parseDate } from '../model/dates';
import type { InterchangeStores } from '../model/interchange';
import { answerOf, type DisclosureRequest } from '../model/records';
import type { AuditEntry } from '../model/settings';

/**
 * Retention of personal data (issue 5): applicants of requests closed more than N years ago are
 * anonymised. Only the personal fields go; type, channel, dates, events and outcome stay, so every
 * statistic and annual report for past years is exactly the same afterwards. The audit log's copies
 * of those fields are scrubbed too (otherwise the name would survive there).
 */
export const ANONYMISED_NAME = '（已匿名化）';
const PERSONAL_FIELDS = [
  'applicantName',
  'applicantContact',
  'applicantIdNumber',
  'applicantAddress',
] as const;

/** The date N years before `today` (29 Feb → 28 Feb in a common year). */
export function yearsBefore(today: string, years: number): string {
  const p = parseDate(today);
  if (!p) throw new Error(`invalid date: ${today}`);
  const y = p.y - years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const d = p.m === 2 && p.d === 29 && !leap ? 28 : p.d;
  return `${String(y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A request is closed on the day it was answered; an unanswered one is never anonymised. */
export function closedDateOf(request: Pick<DisclosureRequest, 'events'>): string | null {
  return answerOf(request)?.date ?? null;
}

export function isDueForAnonymisation(request: DisclosureRequest, cutoff: string): boolean {
  const closed = closedDateOf(request);
  return request.anonymisedAt === null && closed !== null && closed < cutoff;
}

export function anonymiseRequest(request: DisclosureRequest, now: string): DisclosureRequest {
  return {
    ...request,
    applicantName: ANONYMISED_NAME,
    applicantContact: '',
    applicantIdNumber: '',
    applicantAddress: '',
    anonymisedAt: now,
  };
}

function scrub(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of PERSONAL_FIELDS) {
    if (field in copy) copy[field] = field === 'applicantName' ? ANONYMISED_NAME : '';
  }
  return copy;
}

export interface AnonymiseOptions {
  /** AppSettings.anonymiseAfterYears; null = off. */
  afterYears: number | null;
  /** Civil date (the caller's local today). */
  today: string;
  /** ISO instant written into anonymisedAt. */
  now: string;
}

export interface AnonymiseResult<S> {
  stores: S;
  /** Ids of the requests anonymised by this run. */
  ids: string[];
  /** The audit entries that were changed (same ids as before, personal fields scrubbed). */
  audit: AuditEntry[];
}

export function anonymiseStores<S extends Pick<InterchangeStores, 'requests' | 'audit'>>(
  stores: S,
  options: AnonymiseOptions,
): AnonymiseResult<S> {
  if (options.afterYears === null) return { stores, ids: [], audit: [] };
  const cutoff = yearsBefore(options.today, options.afterYears);
  const ids = new Set<string>();
  const requests = stores.requests.map((r) => {
    if (!isDueForAnonymisation(r, cutoff)) return r;
    ids.add(r.id);
    return anonymiseRequest(r, options.now);
  });
  const changedAudit: AuditEntry[] = [];
  const audit = stores.audit.map((e) => {
    if (e.store !== 'requests' || !ids.has(e.recordId)) return e;
    const next = { ...e, before: scrub(e.before), after: scrub(e.after) };
    changedAudit.push(next);
    return next;
  });
  return { stores: { ...stores, requests, audit }, ids: [...ids], audit: changedAudit };
}
