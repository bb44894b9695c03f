import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/work-calendar';
import { defaultSettings, type DisclosureRequest, type Letter, letterSchema } from '../model';
import { computeDeadlines } from '../requests/deadlines';
import { assignLetterNumber, parseLetterPattern } from './numbering';
import { prepareIssue } from './issue';

const calendar = buildCalendar();
const settings = { ...defaultSettings(), profile: { ...defaultSettings().profile, docPrefix: '某教信' } };
const request: DisclosureRequest = {
  id: 'r1',
  serial: '2025-003',
  applicantType: 'natural',
  applicantName: '张三',
  applicantContact: '',
  applicantIdNumber: '',
  applicantAddress: '',
  channel: 'inPerson',
  submittedDate: '2025-03-03',
  receivedDate: '2025-03-03',
  content: '测试内容',
  form: 'paper',
  events: [],
  anonymisedAt: null,
  createdAt: '2025-03-01T00:00:00.000Z',
  updatedAt: '2025-03-01T00:00:00.000Z',
  deletedAt: null,
};
const letter = (over: Partial<Letter> & Pick<Letter, 'type'>): Letter =>
  letterSchema.parse({
    id: 'l1',
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    requestId: 'r1',
    title: 'T',
    addressee: '张三',
    paragraphs: ['正文'],
    legalBasis: '《中华人民共和国政府信息公开条例》第三十条',
    signer: '某县教育局',
    issuedDate: '2025-03-05',
    delivery: { method: 'inPerson', date: '2025-03-05' },
    ...over,
  });
let n = 0;
const issue = (l: Letter, r = request, numbers: string[] = [], today = '2025-06-30') =>
  prepareIssue({
    letter: l,
    request: r,
    issuedLetters: [],
    existingNumbers: numbers,
    settings,
    calendar,
    today,
    newEventId: () => `ev${++n}`,
  });

describe('文号', () => {
  it('per type and year, default 〔年份〕N号 with 代字, never reusing a number held or counted', () => {
    const a = assignLetterNumber('answer', 2025, [], settings);
    expect(a).toMatchObject({ ok: true, number: '某教信答〔2025〕1号' });
    const next = assignLetterNumber('answer', 2025, ['某教信答〔2025〕1号', '某教信补〔2025〕7号'], settings);
    expect(next).toMatchObject({ ok: true, number: '某教信答〔2025〕2号' });
    // The counter outlives the letters: 5 was issued once, so 6 comes next.
    const counted = assignLetterNumber('answer', 2025, [], {
      ...settings,
      letterCounters: a.ok ? { [a.scopeKey]: 5 } : {},
    });
    expect(counted).toMatchObject({ number: '某教信答〔2025〕6号' });
    expect(assignLetterNumber('correction', 2026, ['某教信补〔2025〕7号'], settings)).toMatchObject({
      number: '某教信补〔2026〕1号',
    });
  });
  it('a pattern with an unknown placeholder or without the year is refused', () => {
    expect(parseLetterPattern('{代字}{序号}号', 'answer', settings)).toMatchObject({ ok: false });
    expect(parseLetterPattern('{代号}〔{年份}〕{序号}号', 'answer', settings)).toMatchObject({
      ok: false,
      errors: [{ code: 'unknownPlaceholder', name: '代号' }],
    });
    expect(
      assignLetterNumber('fee', 2025, [], { ...settings, letterNumberPattern: '{代字}{年份}-{3位序号}' }),
    ).toMatchObject({
      number: '费2025-001',
    });
  });
});

describe('文号 serial width (the 索引号 grammar it reuses keeps its own limits)', () => {
  it('{序号} is unpadded, {N位序号} pads to N = 1–9, {0位序号} is refused', () => {
    const at12 = { ...settings, letterCounters: { '答〔2025〕{#}号': 11, '答〔2025〕{#}': 11 } };
    const plain = { ...at12, letterNumberPattern: '{代字}〔{年份}〕{序号}号' };
    expect(assignLetterNumber('answer', 2025, [], plain)).toMatchObject({ number: '答〔2025〕12号' });
    const padded = { ...at12, letterNumberPattern: '{代字}〔{年份}〕{3位序号}号' };
    expect(assignLetterNumber('answer', 2025, [], padded)).toMatchObject({ number: '答〔2025〕012号' });
    expect(parseLetterPattern('{代字}〔{年份}〕{0位序号}号', 'answer', settings)).toMatchObject({
      ok: false,
      errors: [{ code: 'unknownPlaceholder', name: '0位序号' }, { code: 'noSerial' }],
    });
  });
});

describe('issuing = the letter and its timeline event together', () => {
  it('补正告知书 adds correctionAsked with the period counted from delivery', () => {
    const r = issue(
      letter({
        type: 'correction',
        facts: { correctionWorkingDays: 10 } as Letter['facts'],
        delivery: { method: 'post', date: '2025-03-07' },
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.letter).toMatchObject({ status: 'issued', number: '某教信补〔2025〕1号', late: false });
    const e = r.request?.events[0];
    expect(e).toMatchObject({ type: 'correctionAsked', date: '2025-03-05', dueBy: '2025-03-21' });
    expect(r.letter.eventId).toBe(e?.id);
  });

  it('答复书 adds the answer with its outcome; after the due date it is marked late', () => {
    const due = computeDeadlines(request, calendar, { today: '2025-06-30', dueSoonWorkingDays: 5 }).replyDue;
    expect(due).toBe('2025-03-31');
    const r = issue(
      letter({
        type: 'answer',
        remedy: '救济',
        facts: { ...letterSchema.shape.facts.parse(undefined), outcome: 'withhold.internal' },
        issuedDate: '2025-04-02',
        delivery: { method: 'email', date: '2025-04-02' },
        dueDate: due,
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.letter.late).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['late']);
    expect(r.request?.events).toMatchObject([
      { type: 'answered', date: '2025-04-02', outcome: 'withhold.internal' },
    ]);
  });

  it('延期 after the unextended due date is refused; without an approver too', () => {
    const late = issue(
      letter({
        type: 'extension',
        facts: { ...letterSchema.shape.facts.parse(undefined), approver: '李四' },
        issuedDate: '2025-04-01',
        delivery: { method: 'inPerson', date: '2025-04-01' },
        dueDate: '2025-03-31',
      }),
    );
    expect(late.ok ? [] : late.errors.map((e) => e.code)).toEqual(['extensionAfterDue']);
    const noApprover = issue(letter({ type: 'extension', dueDate: '2025-03-31' }));
    expect(noApprover.ok ? [] : noApprover.errors.map((e) => e.code)).toEqual(['noApprover']);
  });

  it('blocks on blanks, a missing remedy, ground or responsible body', () => {
    const r = issue(
      letter({
        type: 'answer',
        paragraphs: ['决定：【请填写：理由】'],
        facts: { ...letterSchema.shape.facts.parse(undefined), outcome: 'partial' },
      }),
    );
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['blanks', 'noRemedy', 'noGround']);
    const notOurs = issue(
      letter({
        type: 'answer',
        remedy: '救济',
        facts: {
          ...letterSchema.shape.facts.parse(undefined),
          outcome: 'unable.notHeld',
          notHeldMode: 'notOurs',
        },
      }),
    );
    expect(notOurs.ok ? [] : notOurs.errors.map((e) => e.code)).toEqual(['noResponsibleBody']);
  });

  it('adopts an answer already on the timeline when it agrees, refuses when it does not', () => {
    const answered = {
      ...request,
      events: [
        { id: 'a1', type: 'answered' as const, date: '2025-03-05', note: '', outcome: 'disclose' as const },
      ],
    };
    const facts = { ...letterSchema.shape.facts.parse(undefined), outcome: 'disclose' as const };
    const ok = issue(letter({ type: 'answer', remedy: '救济', facts }), answered);
    expect(ok.ok && ok.letter.eventId).toBe('a1');
    expect(ok.ok && ok.request).toBeNull();
    const other = issue(
      letter({
        type: 'answer',
        remedy: '救济',
        facts,
        issuedDate: '2025-03-06',
        delivery: { method: 'post', date: null },
      }),
      answered,
    );
    expect(other.ok ? [] : other.errors.map((e) => e.code)).toEqual(['answerMismatch']);
  });

  it('收费通知书 adds the fee notice, pay-by 20 working days from delivery', () => {
    const r = issue(
      letter({
        type: 'fee',
        facts: { ...letterSchema.shape.facts.parse(undefined), feeAmountFen: 20000, feeCount: 12 },
      }),
    );
    expect(r.ok && r.request?.events[0]).toMatchObject({
      type: 'feeNotice',
      amountFen: 20000,
      payBy: '2025-04-02',
    });
  });
});

describe('a correcting letter replaces the step of the letter it replaces', () => {
  const facts = (outcome: 'disclose' | 'unable.notHeld') => ({
    ...letterSchema.shape.facts.parse(undefined),
    outcome,
  });
  const answered = {
    ...request,
    events: [
      { id: 'a1', type: 'answered' as const, date: '2025-03-05', note: '备注', outcome: 'disclose' as const },
    ],
  };
  const first = { id: 'l0', eventId: 'a1', type: 'answer' as const };
  const correct = (over: Partial<Letter>) =>
    prepareIssue({
      letter: letter({ id: 'l2', type: 'answer', remedy: '救济', replacesId: 'l0', ...over }),
      request: answered,
      issuedLetters: [first],
      existingNumbers: ['某教信答〔2025〕1号'],
      settings,
      calendar,
      today: '2025-06-30',
      newEventId: () => 'unused',
    });

  it('a corrected outcome and date change the answer on the timeline (same step, note kept)', () => {
    const r = correct({
      facts: facts('unable.notHeld'),
      issuedDate: '2025-03-10',
      delivery: { method: 'post', date: null },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.letter).toMatchObject({ number: '某教信答〔2025〕2号', eventId: 'a1', replacesId: 'l0' });
    expect(r.request?.events).toEqual([
      { id: 'a1', type: 'answered', date: '2025-03-10', note: '备注', outcome: 'unable.notHeld' },
    ]);
  });

  it('a correction that only rewords the letter leaves the timeline as it is', () => {
    const r = correct({ facts: facts('disclose'), issuedDate: '2025-03-05' });
    expect(r.ok && r.request).toBeNull();
  });
});
