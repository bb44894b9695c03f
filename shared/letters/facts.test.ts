import { describe, expect, it } from 'vitest';
import { ev } from '../requests/test-helpers';
import { factsFromRecord, neededLetter, recordDateOf } from './facts';

describe('the letter a step needs, and what the timeline says about it', () => {
  const asked = ev({ type: 'correctionAsked', date: '2025-03-05' });
  const ext = ev({
    type: 'extension',
    date: '2025-03-20',
    workingDays: 15,
    approver: '测试负责人',
    noticeDate: '2025-03-21',
  });
  const answered = ev({ type: 'answered', date: '2025-04-10', outcome: 'withhold.internal' });

  it('an answer on the timeline without its letter comes first; then unlettered steps; then the answer', () => {
    expect(neededLetter({ events: [] }, [])).toBe('answer');
    expect(neededLetter({ events: [asked] }, [])).toBe('correction');
    expect(
      neededLetter({ events: [asked] }, [{ type: 'correction', status: 'issued', eventId: asked.id }]),
    ).toBe('answer');
    expect(
      neededLetter({ events: [asked, answered] }, [
        { type: 'correction', status: 'issued', eventId: asked.id },
      ]),
    ).toBe('answer');
    expect(
      neededLetter({ events: [answered] }, [{ type: 'answer', status: 'issued', eventId: answered.id }]),
    ).toBeNull();
  });

  it('reads the outcome, the extension and the dates off the timeline', () => {
    expect(factsFromRecord('answer', { events: [answered] })).toEqual({ outcome: 'withhold.internal' });
    expect(factsFromRecord('extension', { events: [ext] })).toEqual({
      extensionWorkingDays: 15,
      approver: '测试负责人',
      approvedOn: '2025-03-20',
    });
    expect(recordDateOf('extension', { events: [ext] }, '2025-06-01')).toBe('2025-03-21');
    expect(recordDateOf('answer', { events: [] }, '2025-06-01')).toBe('2025-06-01');
  });
});
