import type { Letter, LetterFacts, LetterType } from '../model/letter';
import type { DisclosureRequest, RequestEvent } from '../model/records';

/**
 * What the timeline already says about a letter (the draft the record implies): the outcome of an
 * answer, the extension's days and approver, the fee, the party consulted. Used by the letters panel
 * and by `desk letter` when no letter of that type was issued.
 */
export function factsFromRecord(
  type: LetterType,
  request: Pick<DisclosureRequest, 'events'>,
): Partial<LetterFacts> {
  const last = <T extends RequestEvent['type']>(t: T) =>
    request.events.filter((e): e is Extract<RequestEvent, { type: T }> => e.type === t).at(-1);
  switch (type) {
    case 'answer': {
      const a = last('answered');
      return a ? { outcome: a.outcome } : {};
    }
    case 'extension': {
      const x = last('extension');
      return x ? { extensionWorkingDays: x.workingDays, approver: x.approver, approvedOn: x.date } : {};
    }
    case 'fee': {
      const f = last('feeNotice');
      return f ? { feeMethod: f.method, feeAmountFen: f.amountFen } : {};
    }
    case 'consultation':
    case 'decisionNotice': {
      const c = last('consultationSent');
      return c ? { party: c.party, partyName: c.partyName } : {};
    }
    default:
      return {};
  }
}

/** The date a drafted letter would carry: the date of the step on the timeline, else today. */
export function recordDateOf(
  type: LetterType,
  request: Pick<DisclosureRequest, 'events'>,
  today: string,
): string {
  const map: Partial<Record<LetterType, RequestEvent['type']>> = {
    answer: 'answered',
    correction: 'correctionAsked',
    consultation: 'consultationSent',
    fee: 'feeNotice',
  };
  if (type === 'extension') {
    const x = request.events.find((e) => e.type === 'extension');
    if (x?.type === 'extension') return x.noticeDate;
  }
  const t = map[type];
  return (t && request.events.find((e) => e.type === t)?.date) || today;
}

/**
 * The letter the request's current step needs: 补正 while nothing else happened, the 答复书 once
 * answered, and so on; null when every step has its letter. Officers can draft any type anyway.
 */
export function neededLetter(
  request: Pick<DisclosureRequest, 'events'>,
  letters: readonly Pick<Letter, 'type' | 'status' | 'eventId'>[],
): LetterType | null {
  const linked = new Set(letters.filter((l) => l.status === 'issued').map((l) => l.eventId));
  const unlinked = (t: RequestEvent['type']) => request.events.some((e) => e.type === t && !linked.has(e.id));
  if (unlinked('answered')) return 'answer';
  if (unlinked('correctionAsked')) return 'correction';
  if (unlinked('extension')) return 'extension';
  if (unlinked('consultationSent')) return 'consultation';
  if (unlinked('feeNotice')) return 'fee';
  if (!request.events.some((e) => e.type === 'answered')) return 'answer';
  return null;
}
