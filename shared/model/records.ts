import { z } from 'zod';
import { dateString } from './dates';
import { isoInstant } from './instant';
import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_TYPE_CODES,
  CONSULTATION_CHANNELS,
  codesOf,
  DOC_KINDS,
  OUTCOME_CODES,
  PUBLICATION_CHANNEL_CODES,
  REQUEST_CHANNEL_CODES,
  VALIDITIES,
} from './taxonomy';

/**
 * The record types: the single source of truth of fields. Messages are i18n keys
 * (`validation.*`, renderer/i18n) so the UI shows them in the officer's language next to the field.
 */

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `validation.tooLong:${max}` });
const requiredText = (max: number) => text(max).min(1, { message: 'validation.required' });
const nullableDate = dateString.nullable();

/** Fields every stored record carries. Timestamps are ISO instants (audit only, never civil dates). */
export const recordMeta = {
  id: z.string().min(1),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** Set when moved to the trash; the record is purged 30 days later. */
  deletedAt: isoInstant.nullable().default(null),
};

// ── 主动公开 ────────────────────────────────────────────────────────────────────────
export const reviewStep = z.object({
  by: text(50).default(''),
  date: nullableDate.default(null),
  result: z.enum(['pending', 'pass', 'fail']).default('pending'),
  note: text(500).default(''),
});
export type ReviewStep = z.infer<typeof reviewStep>;

export const publicationFields = z.object({
  title: requiredText(300),
  summary: text(2000).default(''),
  docNumber: text(100).default(''),
  /** 生成/成文日期 */
  formedDate: dateString,
  /** 公开日期; null = formed but not yet published */
  publishedDate: nullableDate.default(null),
  category: requiredText(50),
  channels: z.array(z.enum(PUBLICATION_CHANNEL_CODES)).default([]),
  column: text(100).default(''),
  docKind: z.enum(codesOf(DOC_KINDS)).default('ordinary'),
  abolishedDate: nullableDate.default(null),
  validity: z.enum(codesOf(VALIDITIES)).default('valid'),
  review: z
    .object({ firstReview: reviewStep, secrecyReview: reviewStep, leaderSignoff: reviewStep })
    .default({
      firstReview: { by: '', date: null, result: 'pending', note: '' },
      secrecyReview: { by: '', date: null, result: 'pending', note: '' },
      leaderSignoff: { by: '', date: null, result: 'pending', note: '' },
    }),
  /** 索引号: assigned once on publication, never changed (issue: catalogue). */
  indexNumber: z.string().nullable().default(null),
  /** 发布机构; empty = the agency in the profile. */
  publisher: text(100).default(''),
});

function checkPublication(p: z.infer<typeof publicationFields>, ctx: z.RefinementCtx) {
  if (p.publishedDate && p.publishedDate < p.formedDate) {
    ctx.addIssue({ code: 'custom', path: ['publishedDate'], message: 'validation.publishedBeforeFormed' });
  }
  if (p.abolishedDate && p.docKind === 'ordinary') {
    ctx.addIssue({ code: 'custom', path: ['abolishedDate'], message: 'validation.abolishedOnOrdinary' });
  }
  if (p.abolishedDate && p.abolishedDate < p.formedDate) {
    ctx.addIssue({ code: 'custom', path: ['abolishedDate'], message: 'validation.abolishedBeforeFormed' });
  }
  if (p.validity === 'abolished' && p.docKind !== 'ordinary' && !p.abolishedDate) {
    ctx.addIssue({ code: 'custom', path: ['abolishedDate'], message: 'validation.abolishedDateRequired' });
  }
}

export const publicationInput = publicationFields.superRefine(checkPublication);
export type PublicationInput = z.input<typeof publicationInput>;
export const publicationSchema = publicationFields.extend(recordMeta).superRefine(checkPublication);
export type Publication = z.infer<typeof publicationSchema>;

// ── 依申请公开 ──────────────────────────────────────────────────────────────────────
const eventBase = { id: z.string().min(1), date: dateString, note: text(500).default('') };

export const requestEvent = z.discriminatedUnion('type', [
  /** 补正告知 (条例第三十条); `dueBy` is the period the notice set for the applicant. */
  z.object({ ...eventBase, type: z.literal('correctionAsked'), dueBy: nullableDate.default(null) }),
  z.object({ ...eventBase, type: z.literal('correctionReceived') }),
  /** 征求第三方 (第三十二条) or 其他机关 (第三十四条) 意见; `receivedByParty` starts their 15 days. */
  z.object({
    ...eventBase,
    type: z.literal('consultationSent'),
    party: z.enum(['thirdParty', 'agency']),
    partyName: text(100).default(''),
    receivedByParty: nullableDate.default(null),
  }),
  /** `sentEventId` names the consultationSent this reply answers. */
  z.object({ ...eventBase, type: z.literal('consultationReplied'), sentEventId: z.string().min(1) }),
  /** 延期 (第三十三条): at most 20 working days, once; approver and notice required. */
  z.object({
    ...eventBase,
    type: z.literal('extension'),
    workingDays: z.number().int().min(1, { message: 'validation.extensionRange' }).max(20, {
      message: 'validation.extensionRange',
    }),
    approver: requiredText(50),
    noticeDate: dateString,
  }),
  /** 收费通知 (国办函〔2020〕109号); money in integer 分. */
  z.object({
    ...eventBase,
    type: z.literal('feeNotice'),
    method: z.enum(['perApplication', 'perPage']),
    amountFen: z.number().int().min(0),
    payBy: dateString,
  }),
  z.object({ ...eventBase, type: z.literal('feePaid'), amountFen: z.number().int().min(0) }),
  /** The answer, with the one official outcome. */
  z.object({
    ...eventBase,
    type: z.literal('answered'),
    outcome: z.enum(OUTCOME_CODES, { message: 'validation.outcomeRequired' }),
  }),
]);
export type RequestEvent = z.infer<typeof requestEvent>;
export type RequestEventType = RequestEvent['type'];

export const requestFields = z.object({
  /** 编号, e.g. 2025-001: auto-assigned, editable, unique. */
  serial: requiredText(30),
  applicantType: z.enum(APPLICANT_TYPE_CODES),
  /** Personal data: kept in this register only, never in reports, catalogue or logs. */
  applicantName: requiredText(100),
  applicantContact: text(100).default(''),
  applicantIdNumber: text(30).default(''),
  applicantAddress: text(200).default(''),
  channel: z.enum(REQUEST_CHANNEL_CODES),
  submittedDate: dateString,
  /** 条例第三十一条: the day the application counts as received; the clock starts here. */
  receivedDate: dateString,
  content: requiredText(2000),
  form: z.enum(['paper', 'electronic']).default('paper'),
  events: z.array(requestEvent).default([]),
  /** Set when personal data was removed after the retention period; statistics stay. */
  anonymisedAt: isoInstant.nullable().default(null),
});

function checkRequest(r: z.infer<typeof requestFields>, ctx: z.RefinementCtx) {
  if (r.receivedDate < r.submittedDate) {
    ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'validation.receivedBeforeSubmitted' });
  }
  for (const issue of checkRequestEvents(r)) ctx.addIssue({ code: 'custom', ...issue });
}

/**
 * Order and completeness of a request's timeline (the deadline issue adds working-day rules on top).
 * Returns issues with a path into `events` and an i18n key.
 */
export function checkRequestEvents(r: {
  receivedDate: string;
  events: RequestEvent[];
}): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const answers = r.events.filter((e) => e.type === 'answered');
  const answer = answers[0];
  r.events.forEach((e, i) => {
    if (e.date < r.receivedDate)
      issues.push({ path: ['events', i, 'date'], message: 'validation.eventBeforeReceived' });
    if (answer && e !== answer && e.date > answer.date && e.type !== 'feePaid') {
      issues.push({ path: ['events', i, 'date'], message: 'validation.eventAfterAnswer' });
    }
    if (e.type === 'consultationReplied') {
      const sent = r.events.find((s) => s.id === e.sentEventId && s.type === 'consultationSent');
      if (!sent)
        issues.push({ path: ['events', i, 'sentEventId'], message: 'validation.replyWithoutConsultation' });
      else if (e.date < sent.date)
        issues.push({ path: ['events', i, 'date'], message: 'validation.replyBeforeSent' });
    }
    if (e.type === 'correctionReceived') {
      const asked = r.events.find((a) => a.type === 'correctionAsked' && a.date <= e.date);
      if (!asked) issues.push({ path: ['events', i, 'date'], message: 'validation.correctionWithoutNotice' });
    }
    if (e.type === 'extension' && e.noticeDate < e.date) {
      issues.push({ path: ['events', i, 'noticeDate'], message: 'validation.noticeBeforeApproval' });
    }
    if (e.type === 'feePaid' && !r.events.some((n) => n.type === 'feeNotice' && n.date <= e.date)) {
      issues.push({ path: ['events', i, 'date'], message: 'validation.paymentWithoutNotice' });
    }
  });
  if (answers.length > 1) issues.push({ path: ['events'], message: 'validation.oneAnswerOnly' });
  if (r.events.filter((e) => e.type === 'extension').length > 1) {
    issues.push({ path: ['events'], message: 'validation.oneExtensionOnly' });
  }
  if (r.events.filter((e) => e.type === 'correctionAsked').length > 1) {
    issues.push({ path: ['events'], message: 'validation.oneCorrectionOnly' });
  }
  const ids = new Set<string>();
  for (const e of r.events) {
    if (ids.has(e.id)) issues.push({ path: ['events'], message: 'validation.duplicateEventId' });
    ids.add(e.id);
  }
  return issues;
}

export const requestInput = requestFields.superRefine(checkRequest);
export type RequestInput = z.input<typeof requestInput>;
export const requestSchema = requestFields.extend(recordMeta).superRefine(checkRequest);
export type DisclosureRequest = z.infer<typeof requestSchema>;

/** The request's answer event, if any. */
export function answerOf(r: { events: RequestEvent[] }) {
  return (
    r.events.find((e): e is Extract<RequestEvent, { type: 'answered' }> => e.type === 'answered') ?? null
  );
}

// ── 咨询 ─────────────────────────────────────────────────────────────────────────
export const consultationFields = z.object({
  date: dateString,
  channel: z.enum(codesOf(CONSULTATION_CHANNELS)),
  topic: requiredText(300),
  asker: text(100).default(''),
  reply: text(2000).default(''),
});
export const consultationInput = consultationFields;
export type ConsultationInput = z.input<typeof consultationInput>;
export const consultationSchema = consultationFields.extend(recordMeta);
export type Consultation = z.infer<typeof consultationSchema>;

// ── 行政复议 / 行政诉讼 ────────────────────────────────────────────────────────────────
export const appealFields = z.object({
  kind: z.enum(codesOf(APPEAL_KINDS)),
  /** The request the case concerns (id), or null when it concerns none in this register. */
  requestId: z.string().nullable().default(null),
  caseNumber: text(100).default(''),
  filedDate: dateString,
  result: z.enum(codesOf(APPEAL_RESULTS)).default('pending'),
  closedDate: nullableDate.default(null),
  note: text(1000).default(''),
});
function checkAppeal(a: z.infer<typeof appealFields>, ctx: z.RefinementCtx) {
  if (a.closedDate && a.closedDate < a.filedDate) {
    ctx.addIssue({ code: 'custom', path: ['closedDate'], message: 'validation.closedBeforeFiled' });
  }
  if (a.result !== 'pending' && !a.closedDate) {
    ctx.addIssue({ code: 'custom', path: ['closedDate'], message: 'validation.closedDateRequired' });
  }
  if (a.result === 'pending' && a.closedDate) {
    ctx.addIssue({ code: 'custom', path: ['result'], message: 'validation.pendingButClosed' });
  }
}
export const appealInput = appealFields.superRefine(checkAppeal);
export type AppealInput = z.input<typeof appealInput>;
export const appealSchema = appealFields.extend(recordMeta).superRefine(checkAppeal);
export type Appeal = z.infer<typeof appealSchema>;

export const REGISTERS = ['publications', 'requests', 'consultations', 'appeals'] as const;
export type RegisterName = (typeof REGISTERS)[number];
export type RegisterRecord = {
  publications: Publication;
  requests: DisclosureRequest;
  consultations: Consultation;
  appeals: Appeal;
};
