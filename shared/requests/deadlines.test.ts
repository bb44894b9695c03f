import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/work-calendar';
import { computeDeadlines } from './deadlines';
import { renderDerivationZh } from './derivation-zh';
import { ev, req } from './test-helpers';

const cal = buildCalendar();
const opts = (today: string) => ({ today, dueSoonWorkingDays: 5 });

describe('computeDeadlines: golden cases', () => {
  it('2025 National Day / Mid-Autumn: received 09-25, answer due 10-29, 补正 notice due 10-11', () => {
    const r = computeDeadlines(req('2025-09-25'), cal, opts('2025-10-01'));
    expect(r.replyDue).toBe('2025-10-29');
    expect(r.correctionNoticeDue).toBe('2025-10-11');
    expect(r.unknownYears).toEqual([]);
    expect(r.status).toBe('onTime');
    // (10-01, 10-29]: 10-09, 10-10, 10-11 (Saturday make-up), then 13 weekdays.
    expect(r.workingDaysLeft).toBe(16);
    expect(renderDerivationZh(r.steps)).toContain(
      '收到 2025-09-25 → 第20个工作日 2025-10-29（跳过国庆中秋假期10-01至10-08，计入调休上班日 09-28、10-11）',
    );
    expect(r.calendarVersion).toMatch(/^chinese-days@/);
  });

  it('2026 Spring Festival: received 01-20, due 02-24 (Saturday 02-14 counts)', () => {
    const r = computeDeadlines(req('2026-01-20'), cal, opts('2026-01-20'));
    expect(r.replyDue).toBe('2026-02-24');
    expect(renderDerivationZh(r.steps).join('\n')).toContain('计入调休上班日 02-14');
  });

  it('元旦 2026 with its make-up Sunday 01-04: received 2025-12-30', () => {
    const r = computeDeadlines(req('2025-12-30'), cal, opts('2025-12-30'));
    expect(r.correctionNoticeDue).toBe('2026-01-09');
    expect(r.replyDue).toBe('2026-01-28');
    const lines = renderDerivationZh(r.steps).join('\n');
    expect(lines).toContain('元旦假期2026-01-01至2026-01-03');
    expect(lines).toContain('计入调休上班日 2026-01-04');
  });

  it('status moves from on time to due soon to overdue as days pass', () => {
    expect(computeDeadlines(req('2025-09-25'), cal, opts('2025-10-21'))).toMatchObject({
      status: 'onTime',
      workingDaysLeft: 6,
    });
    expect(computeDeadlines(req('2025-09-25'), cal, opts('2025-10-22'))).toMatchObject({
      status: 'dueSoon',
      workingDaysLeft: 5,
    });
    expect(computeDeadlines(req('2025-09-25'), cal, opts('2025-10-29'))).toMatchObject({
      status: 'dueSoon',
      workingDaysLeft: 0,
    });
    expect(computeDeadlines(req('2025-09-25'), cal, opts('2025-10-30'))).toMatchObject({
      status: 'overdue',
      workingDaysLeft: -1,
    });
    expect(
      computeDeadlines(req('2025-09-25'), cal, { today: '2025-10-21', dueSoonWorkingDays: 6 }).status,
    ).toBe('dueSoon');
    expect(
      computeDeadlines(req('2025-09-25'), cal, { today: '2025-10-22', dueSoonWorkingDays: 4 }).status,
    ).toBe('onTime');
  });
});

describe('补正 (第三十条)', () => {
  const asked = ev({ type: 'correctionAsked', date: '2025-09-24', dueBy: '2025-10-20' });
  it('waits for the corrected application, then restarts the 20 days from it', () => {
    const waiting = computeDeadlines(req('2025-09-22', [asked]), cal, opts('2025-10-09'));
    expect(waiting).toMatchObject({
      status: 'awaitingCorrection',
      replyDue: null,
      clockStart: null,
      workingDaysLeft: null,
    });
    expect(waiting.correctionNoticeDue).toBe('2025-09-30');
    expect(waiting.hints.correctionNoticeLate).toBe(false);
    expect(waiting.hints.correctionLapsed).toBe(false);
    expect(computeDeadlines(req('2025-09-22', [asked]), cal, opts('2025-10-21')).hints.correctionLapsed).toBe(
      true,
    );

    const corrected = ev({ type: 'correctionReceived', date: '2025-10-09' });
    const r = computeDeadlines(req('2025-09-22', [asked, corrected]), cal, opts('2025-10-09'));
    // Without the 补正 it would have been 2025-10-24; from 10-09 it is 11-05 (10-11 is a make-up Saturday).
    expect(computeDeadlines(req('2025-09-22'), cal, opts('2025-10-09')).replyDue).toBe('2025-10-24');
    expect(r).toMatchObject({ clockStart: '2025-10-09', replyDue: '2025-11-05', status: 'onTime' });
    expect(renderDerivationZh(r.steps)).toContain(
      '补正后收到 2025-10-09 → 第20个工作日 2025-11-05（计入调休上班日 10-11）',
    );
  });

  it('flags a late 补正 notice and ends without answer when closed as 其他处理1', () => {
    const late = ev({ type: 'correctionAsked', date: '2025-10-09' });
    const closed = ev({ type: 'answered', date: '2025-11-10', outcome: 'other.noCorrection' });
    const r = computeDeadlines(req('2025-09-22', [late, closed]), cal, opts('2025-11-11'));
    expect(r.hints.correctionNoticeLate).toBe(true);
    expect(r.status).toBe('endedWithoutAnswer');
  });
});

describe('consultations (第三十二至三十四条): the pause rule', () => {
  const sent = ev({
    type: 'consultationSent',
    date: '2025-09-26',
    party: 'thirdParty',
    partyName: '测试公司甲',
    receivedByParty: '2025-09-26',
  });

  it('does not count working days after the sending day up to and including the reply day, across the holiday', () => {
    const reply = ev({ type: 'consultationReplied', date: '2025-10-15', sentEventId: sent.id });
    const r = computeDeadlines(req('2025-09-15', [sent, reply]), cal, opts('2025-10-16'));
    // Unpaused the due date is 10-17; 9 working days were paused (09-28 … 10-15), so 10-30.
    expect(computeDeadlines(req('2025-09-15'), cal, opts('2025-10-16')).replyDue).toBe('2025-10-17');
    expect(r.replyDue).toBe('2025-10-30');
    expect(r.consultations).toEqual([
      {
        eventId: sent.id,
        party: 'thirdParty',
        partyName: '测试公司甲',
        sent: '2025-09-26',
        receivedByParty: '2025-09-26',
        partyReplyDue: '2025-10-23',
        replied: '2025-10-15',
        state: 'replied',
        pauseThrough: '2025-10-15',
      },
    ]);
    expect(r.provisional).toBe(false);
    const text = renderDerivationZh(r.steps);
    expect(text).toContain(
      '收到 2025-09-15 → 第20个工作日 2025-10-30（跳过国庆中秋假期10-01至10-08，不计征求意见期间 09-27至10-15 的9个工作日）',
    );
  });

  it('while waiting, pauses until their 15 working days end and says the date is provisional', () => {
    const r = computeDeadlines(req('2025-09-15', [sent]), cal, opts('2025-10-10'));
    expect(r).toMatchObject({ status: 'consulting', provisional: true, replyDue: '2025-11-07' });
    const lapsed = computeDeadlines(req('2025-09-15', [sent]), cal, opts('2025-10-27'));
    expect(lapsed).toMatchObject({
      status: 'onTime',
      provisional: false,
      replyDue: '2025-11-07',
      workingDaysLeft: 9,
    });
    expect(lapsed.consultations[0]?.state).toBe('lapsed');
  });

  it('a reply after their period ends does not lengthen the pause', () => {
    const lateReply = ev({ type: 'consultationReplied', date: '2025-10-28', sentEventId: sent.id });
    const r = computeDeadlines(req('2025-09-15', [sent, lateReply]), cal, opts('2025-10-29'));
    expect(r.consultations[0]?.pauseThrough).toBe('2025-10-23');
    expect(r.replyDue).toBe('2025-11-07');
  });

  it('counts their 15 days from their receipt when recorded', () => {
    const byPost = ev({
      type: 'consultationSent',
      date: '2025-11-03',
      party: 'agency',
      receivedByParty: '2025-11-05',
    });
    const r = computeDeadlines(req('2025-11-03', [byPost]), cal, opts('2025-11-04'));
    expect(r.consultations[0]?.partyReplyDue).toBe('2025-11-26');
  });
});

describe('extension (第三十三条)', () => {
  const extension = ev({
    type: 'extension',
    date: '2025-10-20',
    workingDays: 20,
    approver: '测试负责人乙',
    noticeDate: '2025-10-21',
  });
  it('adds its working days after the unextended due date, and is not overdue meanwhile', () => {
    const r = computeDeadlines(req('2025-09-25', [extension]), cal, opts('2025-11-03'));
    expect(r).toMatchObject({
      replyDueUnextended: '2025-10-29',
      replyDue: '2025-11-26',
      status: 'onTime',
      extensionWorkingDays: 20,
    });
    expect(renderDerivationZh(r.steps)).toContain(
      '延长答复期限20个工作日（测试负责人乙 2025-10-20 批准，2025-10-21 告知申请人）：2025-10-29 → 第20个工作日 2025-11-26',
    );
  });

  it('judges the answer against the extended date', () => {
    const answered = ev({ type: 'answered', date: '2025-11-20', outcome: 'disclose' });
    expect(computeDeadlines(req('2025-09-25', [extension, answered]), cal, opts('2025-12-01')).status).toBe(
      'answeredOnTime',
    );
    expect(computeDeadlines(req('2025-09-25', [answered]), cal, opts('2025-12-01')).status).toBe(
      'answeredLate',
    );
  });
});

describe('calendar data', () => {
  it('crossing into an unknown year counts weekends only and says so', () => {
    const r = computeDeadlines(req('2026-12-15'), cal, opts('2026-12-15'));
    expect(r.replyDue).toBe('2027-01-12');
    expect(r.unknownYears).toEqual([2027]);
    expect(r.steps.at(-1)).toEqual({ kind: 'unknownYears', years: [2027] });
    expect(renderDerivationZh(r.steps).join('\n')).toContain('2027年的节假日安排尚未录入');
  });

  it('is derived, not stored: a calendar edit moves the due date and status', () => {
    const request = req('2025-09-25');
    const before = computeDeadlines(request, cal, opts('2025-10-29'));
    const edited = buildCalendar({ overrides: [{ date: '2025-10-29', kind: 'holiday', note: '测试调整' }] });
    const after = computeDeadlines(request, edited, opts('2025-10-29'));
    expect(before.replyDue).toBe('2025-10-29');
    expect(after.replyDue).toBe('2025-10-30');
    expect(after.calendarVersion).not.toBe(before.calendarVersion);
  });
});

describe('fees in the clock', () => {
  it('reports a pending fee and a lapsed one', () => {
    const notice = ev({
      type: 'feeNotice',
      date: '2025-10-09',
      method: 'perPage',
      amountFen: 72000,
      payBy: '2025-11-06',
    });
    expect(computeDeadlines(req('2025-09-25', [notice]), cal, opts('2025-11-06')).hints).toMatchObject({
      feePending: true,
      feeLapsed: false,
    });
    expect(computeDeadlines(req('2025-09-25', [notice]), cal, opts('2025-11-07')).hints).toMatchObject({
      feePending: false,
      feeLapsed: true,
    });
    const closed = ev({ type: 'answered', date: '2025-11-07', outcome: 'other.feeUnpaid' });
    expect(computeDeadlines(req('2025-09-25', [notice, closed]), cal, opts('2025-11-08')).status).toBe(
      'endedWithoutAnswer',
    );
  });
});

describe('time zone independence', () => {
  it('gives identical results under Asia/Shanghai, UTC and America/Los_Angeles', () => {
    const saved = process.env.TZ;
    const sent = ev({ type: 'consultationSent', date: '2025-09-26', party: 'agency', receivedByParty: null });
    const cases = [
      req('2025-09-25'),
      req('2026-01-20'),
      req('2025-12-30'),
      req('2026-12-15'),
      req('2025-09-15', [sent]),
      req('2025-09-22', [
        ev({ type: 'correctionAsked', date: '2025-09-24' }),
        ev({ type: 'correctionReceived', date: '2025-10-09' }),
      ]),
    ];
    const results: Record<string, string> = {};
    const offsets: Record<string, number> = {};
    try {
      for (const tz of ['Asia/Shanghai', 'UTC', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        offsets[tz] = new Date(2025, 0, 1).getTimezoneOffset();
        results[tz] = JSON.stringify(
          cases.map((c) => computeDeadlines(c, buildCalendar(), opts('2025-10-10'))),
        );
      }
    } finally {
      process.env.TZ = saved;
    }
    // The zones really were switched (so Date-based code would have shifted)…
    expect(offsets).toEqual({ 'Asia/Shanghai': -480, UTC: 0, 'America/Los_Angeles': 480 });
    // …and every date, status and derivation is the same.
    expect(results.UTC).toBe(results['Asia/Shanghai']);
    expect(results['America/Los_Angeles']).toBe(results['Asia/Shanghai']);
    expect(results.UTC).toContain('"replyDue":"2025-10-29"');
  });
});
