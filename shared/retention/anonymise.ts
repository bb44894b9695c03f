import { parseDate } from '../model/dates';
import type { InterchangeStores } from '../model/interchange';
import { answerOf, type Appeal, type Consultation, type DisclosureRequest } from '../model/records';
import type { AuditEntry } from '../model/settings';
import { ANONYMISED_TEXT, recordHoldsPersonalData, scrubAuditRow, scrubRecord } from './personal-fields';

/**
 * Retention of personal data (issue 5, widened by issue 14): N years after a request closed, the
 * personal fields of it go (the per-field decision: personal-fields.ts and docs/data-format.md);
 * consultations N years after their date and appeals N years after they closed likewise. Type,
 * channel, dates, events and outcome stay, so every statistic and annual report for past years is
 * exactly the same afterwards. The audit log's copies are scrubbed too — also of records no longer
 * stored (purged from the trash), which have no other trace left to anonymise.
 */
export const ANONYMISED_NAME = ANONYMISED_TEXT;

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

/**
 * Due: closed before the cut-off and still holding personal data (a request anonymised by an older
 * version kept its content and event notes: it is due again, once).
 */
export function isDueForAnonymisation(request: DisclosureRequest, cutoff: string): boolean {
  const closed = closedDateOf(request);
  return closed !== null && closed < cutoff && recordHoldsPersonalData('requests', request);
}

export function anonymiseRequest(request: DisclosureRequest, now: string): DisclosureRequest {
  return { ...scrubRecord('requests', request), anonymisedAt: request.anonymisedAt ?? now };
}

const consultationDue = (c: Consultation, cutoff: string) =>
  c.date < cutoff && recordHoldsPersonalData('consultations', c);
const appealDue = (a: Appeal, cutoff: string) =>
  a.closedDate !== null && a.closedDate < cutoff && recordHoldsPersonalData('appeals', a);

export interface AnonymiseOptions {
  /** AppSettings.anonymiseAfterYears; null = off (only the audit rows of purged records are scrubbed). */
  afterYears: number | null;
  /** Civil date (the caller's local today). */
  today: string;
  /** ISO instant written into anonymisedAt. */
  now: string;
  /**
   * The ids of every stored consultation, when `stores.consultations` holds only those dated before
   * the cut-off (all that can be due; none when the setting is off): a county's 100,000 records were
   * read at every start for their ids alone. The audit rows of a consultation not in it are a purged
   * record's. Default: the ids of `stores.consultations`.
   */
  storedConsultations?: ReadonlySet<string>;
}

export interface Anonymised {
  store: 'requests' | 'consultations' | 'appeals' | 'letters';
  id: string;
  /** Ids of this record's audit rows whose values were rewritten (see scrubAuditRow). */
  auditRowsRewritten: number[];
  /** The record is no longer stored (purged): only its audit rows were scrubbed. */
  purged: boolean;
}

export interface AnonymiseResult<S> {
  stores: S;
  /** Ids of the requests anonymised by this run. */
  ids: string[];
  /** Every record (live or purged) whose data this run removed, with the audit rows rewritten. */
  records: Anonymised[];
  /** The audit entries that were changed (same ids as before, personal fields scrubbed). */
  audit: AuditEntry[];
}

type Stores = Pick<InterchangeStores, 'requests' | 'consultations' | 'appeals' | 'audit'> &
  Partial<Pick<InterchangeStores, 'letters'>>;

export function anonymiseStores<S extends Stores>(stores: S, options: AnonymiseOptions): AnonymiseResult<S> {
  const due = {
    requests: new Set<string>(),
    consultations: new Set<string>(),
    appeals: new Set<string>(),
    letters: new Set<string>(),
  };
  let { requests, consultations, appeals } = stores;
  let letters = stores.letters;
  if (options.afterYears !== null) {
    const cutoff = yearsBefore(options.today, options.afterYears);
    requests = requests.map((r) => {
      if (!isDueForAnonymisation(r, cutoff)) return r;
      due.requests.add(r.id);
      return anonymiseRequest(r, options.now);
    });
    consultations = consultations.map((c) => {
      if (!consultationDue(c, cutoff)) return c;
      due.consultations.add(c.id);
      return scrubRecord('consultations', c);
    });
    appeals = appeals.map((a) => {
      if (!appealDue(a, cutoff)) return a;
      due.appeals.add(a.id);
      return scrubRecord('appeals', a);
    });
  }
  // A letter goes with its request: anonymised now, anonymised before, or no longer stored.
  const requestDone = new Set(requests.filter((r) => r.anonymisedAt !== null).map((r) => r.id));
  const requestStored = new Set(stores.requests.map((r) => r.id));
  letters = letters?.map((l) => {
    const withRequest = requestDone.has(l.requestId) || !requestStored.has(l.requestId);
    if (!withRequest || !recordHoldsPersonalData('letters', l)) return l;
    due.letters.add(l.id);
    return scrubRecord('letters', l);
  });
  const stored = {
    requests: requestStored,
    consultations: options.storedConsultations ?? new Set(stores.consultations.map((c) => c.id)),
    appeals: new Set(stores.appeals.map((a) => a.id)),
    letters: new Set((stores.letters ?? []).map((l) => l.id)),
  };
  const records = new Map<string, Anonymised>();
  for (const [store, ids] of Object.entries(due) as [Anonymised['store'], Set<string>][]) {
    for (const id of ids)
      records.set(`${store}\u0000${id}`, { store, id, auditRowsRewritten: [], purged: false });
  }
  const changedAudit: AuditEntry[] = [];
  const audit = stores.audit.map((e) => {
    if (!(e.store in due)) return e;
    const store = e.store as Anonymised['store'];
    const purged = !stored[store].has(e.recordId);
    if (!purged && !due[store].has(e.recordId)) return e;
    const next = scrubAuditRow(e);
    if (next === e) return e;
    changedAudit.push(next);
    const key = `${store}\u0000${e.recordId}`;
    const record = records.get(key) ?? { store, id: e.recordId, auditRowsRewritten: [], purged };
    if (e.id !== undefined) record.auditRowsRewritten.push(e.id);
    records.set(key, record);
    return next;
  });
  if (records.size === 0) return { stores, ids: [], records: [], audit: [] };
  return {
    stores: { ...stores, requests, consultations, appeals, audit, ...(letters ? { letters } : {}) },
    ids: [...due.requests],
    records: [...records.values()],
    audit: changedAudit,
  };
}
