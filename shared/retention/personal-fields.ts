import type { InterchangeStores } from '../model/interchange';
import type { AuditEntry } from '../model/settings';

/**
 * Which stored fields can hold a private person's data, and how each is removed (issue 14 items 1–3;
 * the decision table with reasons is in docs/data-format.md "Personal data"). One place, used by the
 * retention run, the trash purge, the backup summary (containsPersonalData) and — through
 * `scrubAuditRow` — every rewrite of the audit log, so they can never disagree.
 *
 * Scrubbing keeps every field the statistics use (type, channel, dates, outcome, fees, serial), so an
 * annual report computed afterwards is exactly the same. Required texts get ANONYMISED_TEXT instead
 * of '' so a scrubbed record still passes validation (a backup of it restores).
 */
export const ANONYMISED_TEXT = '（已匿名化）';

type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown) => typeof v === 'string' && v !== '' && v !== ANONYMISED_TEXT;

/** Required texts (min length 1) become the marker; optional ones become ''. */
const REQUEST_TEXT: Record<string, string> = {
  applicantName: ANONYMISED_TEXT,
  applicantContact: '',
  applicantIdNumber: '',
  applicantAddress: '',
  content: ANONYMISED_TEXT,
};

function scrubEvent(event: unknown): unknown {
  if (!isRow(event)) return event;
  let copy: Row | null = null;
  const set = (field: string, value: string) => {
    copy ??= { ...event };
    copy[field] = value;
  };
  if (filled(event.note)) set('note', '');
  // 第三十二条: a third party can be a private person; another agency (第三十四条) is not.
  if (event.type === 'consultationSent' && event.party !== 'agency' && filled(event.partyName)) {
    set('partyName', '');
  }
  return copy ?? event;
}

function scrubRequestValue(value: Row): Row {
  let copy: Row | null = null;
  for (const [field, replacement] of Object.entries(REQUEST_TEXT)) {
    if (filled(value[field])) {
      copy ??= { ...value };
      copy[field] = replacement;
    }
  }
  if (Array.isArray(value.events)) {
    const events = value.events.map(scrubEvent);
    if (events.some((e, i) => e !== (value.events as unknown[])[i])) {
      copy ??= { ...value };
      copy.events = events;
    }
  }
  return copy ?? value;
}

function scrubFields(fields: readonly string[]) {
  return (value: Row): Row => {
    const personal = fields.filter((f) => filled(value[f]));
    if (personal.length === 0) return value;
    const copy = { ...value };
    for (const f of personal) copy[f] = '';
    return copy;
  };
}

/**
 * Per store: the function that removes personal data from one record (or a partial copy of one, as
 * in an audit row). Returns the same object when there was nothing to remove. A store not listed here
 * holds no private person's data (publications name staff acting in office; settings, calendar,
 * figures and reports hold none).
 */
const SCRUBBERS: Record<string, (value: Row) => Row> = {
  requests: scrubRequestValue,
  // The person who asked; topic and reply are the officer's own summary (see docs/data-format.md).
  consultations: scrubFields(['asker']),
  // Case notes name the parties (the applicant, a third party); case number, dates and result stay.
  appeals: scrubFields(['note']),
};

/** Removes personal data from a record of `store`; the same object when there was none. */
export function scrubRecord<T>(store: string, record: T): T {
  const scrub = SCRUBBERS[store];
  return scrub && isRow(record) ? (scrub(record) as T) : record;
}

export function recordHoldsPersonalData(store: string, record: unknown): boolean {
  return scrubRecord(store, record) !== record;
}

/**
 * The one rewrite anonymisation makes to an audit row: its `before` and `after` values pass through
 * `scrubRecord` for the row's `store` (requests: applicantName and content → '（已匿名化）',
 * applicantContact/IdNumber/Address → '', every event's note → '', a third party's partyName → '';
 * consultations: asker → ''; appeals: note → ''). Nothing else changes — not id, at, actor, store,
 * recordId or action — and a row with nothing to remove is returned as the same object, so callers
 * can tell which rows they rewrote (they record those ids in an 'anonymise' audit entry).
 */
export function scrubAuditRow(entry: AuditEntry): AuditEntry {
  const before = scrubRecord(entry.store, entry.before);
  const after = scrubRecord(entry.store, entry.after);
  return before === entry.before && after === entry.after ? entry : { ...entry, before, after };
}

export function auditRowHoldsPersonalData(entry: AuditEntry): boolean {
  return scrubAuditRow(entry) !== entry;
}

/**
 * True when anything in the stores can still hold a private person's data: a request's applicant or
 * content, a consultation's asker, an appeal's notes, event notes, or any audit row's copy of those
 * (issue 14 item 2: ID numbers in the audit log of a purged request count too).
 */
export function holdsPersonalData(
  stores: Pick<InterchangeStores, 'requests' | 'consultations' | 'appeals' | 'audit'>,
): boolean {
  return (
    stores.requests.some((r) => recordHoldsPersonalData('requests', r)) ||
    stores.consultations.some((c) => recordHoldsPersonalData('consultations', c)) ||
    stores.appeals.some((a) => recordHoldsPersonalData('appeals', a)) ||
    stores.audit.some(auditRowHoldsPersonalData)
  );
}
