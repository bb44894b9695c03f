import { describe, expect, it } from 'vitest';
import { ev } from '../requests/test-helpers';
import { type LockLetter, lockedEventIssues, lockedEvents } from './event-lock';

const answer = ev({ type: 'answered', date: '2025-04-01', outcome: 'disclose' });
const extension = ev({
  type: 'extension',
  date: '2025-03-20',
  workingDays: 20,
  approver: '李四',
  noticeDate: '2025-03-20',
});
const sent = ev({
  type: 'consultationSent',
  date: '2025-03-10',
  party: 'thirdParty',
  partyName: '某公司',
  receivedByParty: null,
});
const free = ev({ type: 'correctionReceived', date: '2025-03-08' });
const before = [free, sent, extension, answer];
const issued = (id: string, eventId: string, number: string, over: Partial<LockLetter> = {}): LockLetter => ({
  id,
  status: 'issued',
  eventId,
  number,
  replacesId: null,
  issuedDate: '2025-04-01',
  ...over,
});
const letters = [
  issued('l1', answer.id, '测信答〔2025〕1号'),
  issued('l2', extension.id, '测信延〔2025〕1号'),
  issued('l3', sent.id, '测信征〔2025〕1号'),
  { ...issued('d1', free.id, ''), status: 'draft' as const, number: null },
];

describe('steps issued letters stand for are fixed', () => {
  it('changing the answer’s outcome or date is refused, naming the letter', () => {
    const after = [free, sent, extension, { ...answer, outcome: 'withhold.internal' as const }];
    expect(lockedEventIssues(before, after, letters)).toEqual([
      { code: 'eventHasLetter', eventId: answer.id, index: 3, number: '测信答〔2025〕1号' },
    ]);
    const moved = [free, sent, extension, { ...answer, date: '2025-04-02' }];
    expect(lockedEventIssues(before, moved, letters).map((i) => i.code)).toEqual(['eventHasLetter']);
  });

  it('deleting the extension is refused', () => {
    expect(lockedEventIssues(before, [free, sent, answer], letters)).toEqual([
      { code: 'eventWithLetterRemoved', eventId: extension.id, index: null, number: '测信延〔2025〕1号' },
    ]);
  });

  it('the note, steps no letter stands for (or only a draft) and an empty party receipt stay free', () => {
    const after = [
      { ...free, date: '2025-03-09' },
      { ...sent, receivedByParty: '2025-03-12' },
      { ...extension, note: '经负责人批准' },
      answer,
    ];
    expect(lockedEventIssues(before, after, letters)).toEqual([]);
    const received = [{ ...sent, receivedByParty: '2025-03-12' }];
    const changed = [{ ...sent, receivedByParty: '2025-03-13' }];
    expect(lockedEventIssues(received, changed, letters).map((i) => i.code)).toEqual(['eventHasLetter']);
  });

  it('a chain of corrections: the step is the latest letter’s to correct', () => {
    const chain = [
      issued('l1', answer.id, '测信答〔2025〕1号'),
      issued('l9', answer.id, '测信答〔2025〕2号', { replacesId: 'l1', issuedDate: '2025-04-03' }),
    ];
    expect(lockedEvents(chain).get(answer.id)).toEqual({
      eventId: answer.id,
      number: '测信答〔2025〕2号',
      letterId: 'l9',
    });
  });
});
