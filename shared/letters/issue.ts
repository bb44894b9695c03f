import type { WorkCalendar } from '../calendar/work-calendar';
import { countWorkingDays } from '../calendar/working-days';
import { yearOf } from '../model/dates';
import type { Letter } from '../model/letter';
import type { DisclosureRequest, RequestEvent } from '../model/records';
import { applyEvent, replaceEvent } from '../requests/workflow';
import { checkLetter, type LetterCheck } from './checks';
import { assignLetterNumber, type NumberingSettings } from './numbering';

/**
 * Issuing a letter (DOMAIN.md §10), pure: the caller (renderer/db/repositories/letters.ts) reads the
 * state and writes the result in ONE transaction. Issuing takes the next 文号, freezes the text,
 * records date and delivery, and adds the timeline event the letter stands for — so the clock and
 * the letters cannot disagree:
 *   补正告知书 → correctionAsked (its period counted from delivery, 条例第三十条)
 *   延期答复告知书 → extension (refused after the unextended due date, 第三十三条第二款)
 *   征求意见书 → consultationSent (the party's 15 working days from their receipt, 第三十二条/第三十四条)
 *   收费通知书 → feeNotice (pay within 20 working days from the day after delivery, 国办函〔2020〕109号)
 *   答复书 → answered with its outcome
 * A step already on the timeline (entered before letters existed) is adopted when it agrees.
 * A replacement letter (replacesId) stands for the replaced letter's event and adds none: it
 * REPLACES that step with its own facts (a corrected outcome, date or period), since the request
 * form may not edit a step an issued letter stands for (shared/letters/event-lock.ts) — the
 * correcting letter is how the officer changes it.
 */

export interface IssueInput {
  letter: Letter;
  request: DisclosureRequest;
  /** The request's letters already issued (to know which events are already some letter's). */
  issuedLetters: readonly Pick<Letter, 'id' | 'eventId' | 'type'>[];
  /** Every issued letter's number (the sequence and uniqueness). */
  existingNumbers: Iterable<string | null>;
  settings: NumberingSettings;
  calendar: WorkCalendar;
  today: string;
  newEventId: () => string;
}

export type IssueResult =
  | {
      ok: true;
      letter: Letter;
      /** The request with the letter's event, or null when unchanged. */
      request: DisclosureRequest | null;
      letterCounters: Record<string, number>;
      warnings: LetterCheck[];
    }
  | { ok: false; errors: LetterCheck[]; warnings: LetterCheck[] };

const FEE_PAY_WORKING_DAYS = 20;

function eventFor(input: IssueInput, id: string): RequestEvent | null {
  const { letter } = input;
  const f = letter.facts;
  const date = letter.issuedDate ?? '';
  const from = letter.delivery?.date ?? date;
  const note = '';
  switch (letter.type) {
    case 'correction':
      return {
        id,
        type: 'correctionAsked',
        date,
        note,
        dueBy: countWorkingDays(input.calendar, from, f.correctionWorkingDays).date,
      };
    case 'extension':
      return {
        id,
        type: 'extension',
        date: f.approvedOn ?? date,
        note,
        workingDays: f.extensionWorkingDays,
        approver: f.approver,
        noticeDate: date,
      };
    case 'consultation':
      return {
        id,
        type: 'consultationSent',
        date,
        note,
        party: f.party,
        partyName: f.partyName,
        receivedByParty: letter.delivery?.date ?? null,
      };
    case 'fee':
      return {
        id,
        type: 'feeNotice',
        date,
        note,
        method: f.feeMethod,
        amountFen: f.feeAmountFen,
        payBy: countWorkingDays(input.calendar, from, FEE_PAY_WORKING_DAYS).date,
      };
    case 'answer':
      return f.outcome ? { id, type: 'answered', date, note, outcome: f.outcome } : null;
    default:
      return null;
  }
}

/** An event of the same step already on the timeline and not yet some letter's. */
function adoptable(input: IssueInput, wanted: RequestEvent): RequestEvent | null {
  const linked = new Set(input.issuedLetters.map((l) => l.eventId).filter(Boolean));
  return (
    input.request.events.find((e) => {
      if (e.type !== wanted.type || linked.has(e.id)) return false;
      if (e.type === 'consultationSent' && wanted.type === 'consultationSent')
        return e.date === wanted.date && e.partyName === wanted.partyName;
      return true;
    }) ?? null
  );
}

function agrees(existing: RequestEvent, wanted: RequestEvent): boolean {
  if (existing.type === 'extension' && wanted.type === 'extension')
    return existing.noticeDate === wanted.noticeDate && existing.workingDays === wanted.workingDays;
  if (existing.date !== wanted.date) return false;
  if (existing.type === 'answered' && wanted.type === 'answered') return existing.outcome === wanted.outcome;
  if (existing.type === 'feeNotice' && wanted.type === 'feeNotice')
    return existing.amountFen === wanted.amountFen && existing.method === wanted.method;
  return true;
}

const sorted = (o: object) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));

function workflowErrors(errors: readonly { key: string }[], warnings: LetterCheck[]): IssueResult {
  return {
    ok: false,
    errors: errors.map((e) => ({ code: 'workflow', severity: 'error', params: { key: e.key } })),
    warnings,
  };
}

export function prepareIssue(input: IssueInput): IssueResult {
  const { letter, request } = input;
  const checks = checkLetter(letter, request, input.today);
  const errors = checks.filter((c) => c.severity === 'error');
  const warnings = checks.filter((c) => c.severity === 'warning');
  if (errors.length > 0) return { ok: false, errors, warnings };
  const date = letter.issuedDate as string;

  let eventId: string | null = null;
  let nextRequest: DisclosureRequest | null = null;
  const replaced = letter.replacesId ? input.issuedLetters.find((l) => l.id === letter.replacesId) : null;
  if (replaced) {
    eventId = replaced.eventId;
    const existing = request.events.find((e) => e.id === eventId);
    const wanted = eventId && existing ? eventFor(input, eventId) : null;
    if (existing && wanted && wanted.type === existing.type) {
      const step = { ...wanted, note: existing.note } as RequestEvent;
      // A delivery date not known for the correction keeps the party's receipt already recorded.
      if (step.type === 'consultationSent' && existing.type === 'consultationSent')
        step.receivedByParty = step.receivedByParty ?? existing.receivedByParty;
      if (JSON.stringify(sorted(step)) !== JSON.stringify(sorted(existing))) {
        const applied = replaceEvent(request, step, input.calendar, { today: input.today });
        if (!applied.ok) return workflowErrors(applied.errors, warnings);
        nextRequest = applied.request;
      }
    }
  } else {
    const wanted = eventFor(input, input.newEventId());
    if (wanted) {
      const existing = adoptable(input, wanted);
      if (existing) {
        if (!agrees(existing, wanted))
          return {
            ok: false,
            errors: [
              {
                code: existing.type === 'answered' ? 'answerMismatch' : 'eventMismatch',
                severity: 'error',
                params: { date: existing.date },
              },
            ],
            warnings,
          };
        eventId = existing.id;
      } else {
        const applied = applyEvent(request, wanted, input.calendar, { today: input.today });
        if (!applied.ok) return workflowErrors(applied.errors, warnings);
        eventId = wanted.id;
        nextRequest = applied.request;
      }
    }
  }

  const numbered = assignLetterNumber(letter.type, yearOf(date), input.existingNumbers, input.settings);
  if (!numbered.ok)
    return {
      ok: false,
      errors: numbered.errors.map((e) => ({
        code: 'numbering',
        severity: 'error',
        params: { reason: e.code, ...(e.name ? { name: e.name } : {}) },
      })),
      warnings,
    };
  const issued: Letter = {
    ...letter,
    status: 'issued',
    number: numbered.number,
    eventId,
    late: warnings.some((w) => w.code === 'late'),
  };
  return {
    ok: true,
    letter: issued,
    request: nextRequest,
    letterCounters: numbered.letterCounters,
    warnings,
  };
}
