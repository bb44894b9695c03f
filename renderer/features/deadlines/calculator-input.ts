import type { DisclosureRequest, RequestEvent } from '../../../shared/model';

/** What the calculator form holds; turned into a request timeline for computeDeadlines. */
export interface ConsultationInput {
  key: string;
  party: 'thirdParty' | 'agency';
  sent: string | null;
  partyReceived: string | null;
  replied: string | null;
}

export interface CalculatorInput {
  received: string | null;
  correctionAsked: string | null;
  corrected: string | null;
  consultations: ConsultationInput[];
  extension: number;
}

export const EMPTY_INPUT: CalculatorInput = {
  received: null,
  correctionAsked: null,
  corrected: null,
  consultations: [],
  extension: 0,
};

/** The timeline the form describes. An extension counts as approved and notified when the period starts. */
export function inputToRequest(
  input: CalculatorInput,
): Pick<DisclosureRequest, 'receivedDate' | 'events'> | null {
  if (!input.received) return null;
  const events: RequestEvent[] = [];
  if (input.correctionAsked) {
    events.push({
      id: 'correction',
      type: 'correctionAsked',
      date: input.correctionAsked,
      note: '',
      dueBy: null,
    });
    if (input.corrected)
      events.push({ id: 'corrected', type: 'correctionReceived', date: input.corrected, note: '' });
  }
  for (const c of input.consultations) {
    if (!c.sent) continue;
    const id = `consult-${c.key}`;
    events.push({
      id,
      type: 'consultationSent',
      date: c.sent,
      note: '',
      party: c.party,
      partyName: '',
      receivedByParty: c.partyReceived,
    });
    if (c.replied)
      events.push({
        id: `${id}-reply`,
        type: 'consultationReplied',
        date: c.replied,
        note: '',
        sentEventId: id,
      });
  }
  if (input.extension > 0) {
    const on = (input.correctionAsked && input.corrected) || input.received;
    events.push({
      id: 'extension',
      type: 'extension',
      date: on,
      note: '',
      workingDays: input.extension,
      approver: '—',
      noticeDate: on,
    });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { receivedDate: input.received, events };
}

/** Fill the form from a stored request (the calculator's "load from the register"). */
export function requestToInput(r: Pick<DisclosureRequest, 'receivedDate' | 'events'>): CalculatorInput {
  const asked = r.events.find((e) => e.type === 'correctionAsked');
  const corrected = r.events.find((e) => e.type === 'correctionReceived');
  const extension = r.events.find((e) => e.type === 'extension');
  return {
    received: r.receivedDate,
    correctionAsked: asked?.date ?? null,
    corrected: corrected?.date ?? null,
    consultations: r.events.flatMap((e) =>
      e.type === 'consultationSent'
        ? [
            {
              key: e.id,
              party: e.party,
              sent: e.date,
              partyReceived: e.receivedByParty,
              replied:
                r.events.find((x) => x.type === 'consultationReplied' && x.sentEventId === e.id)?.date ??
                null,
            },
          ]
        : [],
    ),
    extension: extension?.type === 'extension' ? extension.workingDays : 0,
  };
}
