import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/work-calendar';
import type { RequestEvent } from '../model/records';
import { ev, req } from './test-helpers';
import {
  applyEvent,
  eventOrder,
  removeEvent,
  replaceEvent,
  type WorkflowResult,
  validateRequestWorkflow,
} from './workflow';

const cal = buildCalendar();
type R = ReturnType<typeof req>;

function errorKeys(r: WorkflowResult<R>): string[] {
  return r.ok ? [] : r.errors.map((e) => e.key);
}

function applyAll(start: R, events: Record<string, unknown>[]): R {
  let current = start;
  for (const e of events) {
    const r = applyEvent(current, e, cal);
    if (!r.ok) throw new Error(`rejected ${JSON.stringify(e)}: ${r.errors.map((x) => x.key).join(', ')}`);
    current = r.request;
  }
  return current;
}

describe('applyEvent', () => {
  const base = req('2025-09-25');

  it('accepts a lawful sequence and keeps the timeline in date order', () => {
    const r = applyAll(base, [
      { id: 'a', type: 'consultationSent', date: '2025-10-09', party: 'thirdParty' },
      { id: 'b', type: 'consultationReplied', date: '2025-10-20', sentEventId: 'a' },
      {
        id: 'c',
        type: 'extension',
        date: '2025-10-13',
        workingDays: 20,
        approver: '测试负责人乙',
        noticeDate: '2025-10-14',
      },
      { id: 'd', type: 'answered', date: '2025-11-20', outcome: 'partial' },
    ]);
    expect(r.events.map((e) => e.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(validateRequestWorkflow(r, cal)).toEqual([]);
  });

  it('allows one extension only, of at most 20 working days, with approver and notice date', () => {
    const once = applyAll(base, [
      {
        id: 'x',
        type: 'extension',
        date: '2025-10-13',
        workingDays: 10,
        approver: '测试负责人乙',
        noticeDate: '2025-10-13',
      },
    ]);
    expect(
      errorKeys(
        applyEvent(
          once,
          {
            id: 'y',
            type: 'extension',
            date: '2025-10-14',
            workingDays: 5,
            approver: '乙',
            noticeDate: '2025-10-14',
          },
          cal,
        ),
      ),
    ).toEqual(['validation.oneExtensionOnly']);
    expect(
      errorKeys(
        applyEvent(
          base,
          {
            id: 'y',
            type: 'extension',
            date: '2025-10-14',
            workingDays: 21,
            approver: '乙',
            noticeDate: '2025-10-14',
          },
          cal,
        ),
      ),
    ).toEqual(['validation.extensionRange']);
    expect(
      errorKeys(
        applyEvent(
          base,
          {
            id: 'y',
            type: 'extension',
            date: '2025-10-14',
            workingDays: 5,
            approver: '',
            noticeDate: '2025-10-14',
          },
          cal,
        ),
      ),
    ).toEqual(['validation.required']);
    expect(
      errorKeys(
        applyEvent(
          base,
          { id: 'y', type: 'extension', date: '2025-10-14', workingDays: 5, approver: '乙' },
          cal,
        ),
      ),
    ).toEqual(['validation.required']);
  });

  it('refuses an extension decided after the due date, or while waiting for a 补正', () => {
    expect(
      errorKeys(
        applyEvent(
          base,
          {
            id: 'y',
            type: 'extension',
            date: '2025-10-30',
            workingDays: 5,
            approver: '乙',
            noticeDate: '2025-10-30',
          },
          cal,
        ),
      ),
    ).toEqual(['clock:workflow.extensionAfterDue']);
    expect(
      errorKeys(
        applyEvent(
          base,
          {
            id: 'y',
            type: 'extension',
            date: '2025-10-29',
            workingDays: 5,
            approver: '乙',
            noticeDate: '2025-10-30',
          },
          cal,
        ),
      ),
    ).toEqual(['clock:workflow.extensionNoticeAfterDue']);
    const waiting = applyAll(base, [{ id: 'k', type: 'correctionAsked', date: '2025-09-26' }]);
    expect(
      errorKeys(
        applyEvent(
          waiting,
          {
            id: 'y',
            type: 'extension',
            date: '2025-10-09',
            workingDays: 5,
            approver: '乙',
            noticeDate: '2025-10-09',
          },
          cal,
        ),
      ),
    ).toEqual(['clock:workflow.extensionWhileAwaitingCorrection']);
  });

  it('allows a 补正 only before the answer, and warns when its notice is late', () => {
    const answered = applyAll(base, [{ id: 'z', type: 'answered', date: '2025-10-09', outcome: 'disclose' }]);
    expect(
      errorKeys(applyEvent(answered, { id: 'k', type: 'correctionAsked', date: '2025-10-09' }, cal)),
    ).toEqual(['clock:workflow.correctionAfterAnswer']);
    expect(
      errorKeys(applyEvent(answered, { id: 'k', type: 'correctionAsked', date: '2025-10-10' }, cal)),
    ).toEqual(['validation.eventAfterAnswer', 'clock:workflow.correctionAfterAnswer']);
    const late = applyEvent(base, { id: 'k', type: 'correctionAsked', date: '2025-10-13' }, cal);
    expect(late.ok && late.warnings.map((w) => w.key)).toEqual(['clock:workflow.correctionNoticeLate']);
  });

  it('needs an official outcome for the answer, and one that fits the timeline', () => {
    expect(errorKeys(applyEvent(base, { id: 'z', type: 'answered', date: '2025-10-09' }, cal))).toEqual([
      'validation.outcomeRequired',
    ]);
    expect(
      errorKeys(applyEvent(base, { id: 'z', type: 'answered', date: '2025-10-09', outcome: '同意' }, cal)),
    ).toEqual(['validation.outcomeRequired']);
    expect(
      errorKeys(
        applyEvent(
          base,
          { id: 'z', type: 'answered', date: '2025-10-09', outcome: 'other.noCorrection' },
          cal,
        ),
      ),
    ).toEqual(['clock:workflow.noCorrectionOutcomeInvalid']);
    expect(
      errorKeys(
        applyEvent(
          base,
          { id: 'z', type: 'answered', date: '2025-10-09', outcome: 'unable.stillUnclear' },
          cal,
        ),
      ),
    ).toEqual(['clock:workflow.stillUnclearWithoutCorrection']);
    const waiting = applyAll(base, [{ id: 'k', type: 'correctionAsked', date: '2025-09-26' }]);
    expect(
      errorKeys(
        applyEvent(waiting, { id: 'z', type: 'answered', date: '2025-10-20', outcome: 'disclose' }, cal),
      ),
    ).toEqual(['clock:workflow.answerWhileAwaitingCorrection']);
    expect(
      applyEvent(
        waiting,
        { id: 'z', type: 'answered', date: '2025-10-20', outcome: 'other.noCorrection' },
        cal,
      ).ok,
    ).toBe(true);
  });

  it('rejects a consultation reply before the letter, or a second reply, and refuses events in the future', () => {
    const sent = applyAll(base, [{ id: 'a', type: 'consultationSent', date: '2025-10-09', party: 'agency' }]);
    expect(
      errorKeys(
        applyEvent(sent, { id: 'b', type: 'consultationReplied', date: '2025-10-08', sentEventId: 'a' }, cal),
      ),
    ).toEqual(['validation.replyBeforeSent']);
    const replied = applyAll(sent, [
      { id: 'b', type: 'consultationReplied', date: '2025-10-10', sentEventId: 'a' },
    ]);
    expect(
      errorKeys(
        applyEvent(
          replied,
          { id: 'c', type: 'consultationReplied', date: '2025-10-11', sentEventId: 'a' },
          cal,
        ),
      ),
    ).toEqual(['clock:workflow.consultationAlreadyReplied']);
    expect(
      errorKeys(
        applyEvent(base, { id: 'b', type: 'correctionAsked', date: '2025-10-09' }, cal, {
          today: '2025-10-08',
        }),
      ),
    ).toEqual(['clock:workflow.eventInFuture']);
  });

  it('fees: one method, one notice; payment must match; 其他处理2 only after the pay-by date passed unpaid', () => {
    const noticed = applyAll(base, [
      {
        id: 'f',
        type: 'feeNotice',
        date: '2025-10-09',
        method: 'perPage',
        amountFen: 72000,
        payBy: '2025-11-06',
      },
    ]);
    expect(
      errorKeys(
        applyEvent(
          noticed,
          {
            id: 'g',
            type: 'feeNotice',
            date: '2025-10-10',
            method: 'perApplication',
            amountFen: 10000,
            payBy: '2025-11-06',
          },
          cal,
        ),
      ),
    ).toEqual(['clock:workflow.feeMethodsMixed']);
    expect(
      errorKeys(applyEvent(noticed, { id: 'p', type: 'feePaid', date: '2025-10-20', amountFen: 70000 }, cal)),
    ).toEqual(['clock:workflow.feeAmountMismatch']);
    expect(
      errorKeys(
        applyEvent(
          noticed,
          { id: 'z', type: 'answered', date: '2025-11-06', outcome: 'other.feeUnpaid' },
          cal,
        ),
      ),
    ).toEqual(['clock:workflow.feeUnpaidOutcomeInvalid']);
    expect(
      applyEvent(noticed, { id: 'z', type: 'answered', date: '2025-11-07', outcome: 'other.feeUnpaid' }, cal)
        .ok,
    ).toBe(true);
  });

  it('changes nothing when refused', () => {
    const before = JSON.stringify(base);
    const r = applyEvent(
      base,
      {
        id: 'y',
        type: 'extension',
        date: '2025-10-30',
        workingDays: 5,
        approver: '乙',
        noticeDate: '2025-10-30',
      },
      cal,
    );
    expect(r.ok).toBe(false);
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('removeEvent / replaceEvent', () => {
  const start = applyAll(req('2025-09-25'), [
    { id: 'a', type: 'consultationSent', date: '2025-10-09', party: 'agency' },
    { id: 'b', type: 'consultationReplied', date: '2025-10-10', sentEventId: 'a' },
  ]);
  it('refuses to remove a consultation that has a reply, allows removing the reply first', () => {
    expect(errorKeys(removeEvent(start, 'a', cal))).toEqual(['validation.replyWithoutConsultation']);
    const r = removeEvent(start, 'b', cal);
    expect(r.ok && r.request.events.map((e: RequestEvent) => e.id)).toEqual(['a']);
  });
  it('re-validates an edited event', () => {
    expect(
      errorKeys(
        replaceEvent(
          start,
          { id: 'b', type: 'consultationReplied', date: '2025-10-01', sentEventId: 'a' },
          cal,
        ),
      ),
    ).toEqual(['validation.replyBeforeSent']);
    expect(
      replaceEvent(start, { id: 'b', type: 'consultationReplied', date: '2025-10-15', sentEventId: 'a' }, cal)
        .ok,
    ).toBe(true);
  });
});

describe('validateRequestWorkflow', () => {
  it('reports stored timelines that break the rules, with the event concerned', () => {
    const bad = req('2025-09-25', [
      ev({ type: 'answered', date: '2025-10-09', outcome: 'disclose' }),
      ev({ type: 'correctionAsked', date: '2025-09-26' }),
    ]);
    const issues = validateRequestWorkflow(bad, cal);
    expect(issues.map((i) => i.key)).toEqual([
      'clock:workflow.eventsOutOfOrder',
      'clock:workflow.answerWhileAwaitingCorrection',
    ]);
    expect(issues[0]?.eventId).toBe(bad.events[1]?.id);
  });
});

describe('eventOrder (the order a timeline is kept in)', () => {
  it('sorts by date and keeps same-day steps as entered; sortEvents follows it', () => {
    expect(eventOrder(['2025-03-12', '2025-03-05', '2025-03-12', '2025-03-01'])).toEqual([3, 1, 0, 2]);
    expect(eventOrder([])).toEqual([]);
  });
});
