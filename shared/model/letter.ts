import { z } from 'zod';
import { dateString } from './dates';
import { recordMeta } from './records';
import { OUTCOME_CODES } from './taxonomy';

/**
 * A letter of a request (DOMAIN.md §10): drafted from the record, edited by the officer, then issued —
 * numbered (文号), frozen, dated, delivered. An issued letter is never edited; a correction is a new
 * letter naming the one it replaces (`replacesId`). The stored text is the text as issued.
 */
export const LETTER_TYPES = [
  'receipt',
  'correction',
  'extension',
  'consultation',
  'decisionNotice',
  'reasons',
  'fee',
  'answer',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

/** How the letter reached its addressee (送达方式). */
export const DELIVERY_METHODS = ['inPerson', 'post', 'email', 'online', 'fax'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `validation.tooLong:${max}` });

/**
 * What the officer decided for this letter beyond the request record: the inputs of the template.
 * All optional: each letter type reads the ones it needs (shared/letters/draft.ts).
 */
export const letterFacts = z.object({
  /** answer: the 表三 outcome. */
  outcome: z.enum(OUTCOME_CODES).nullable().default(null),
  /** answer/予以公开: 'published' = already proactively published (第三十六条第（一）项). */
  discloseMode: z.enum(['provide', 'published']).default('provide'),
  /** answer/予以公开 已主动公开: the publication pointed at (its 索引号 and where it is published). */
  publicationId: z.string().nullable().default(null),
  /** answer/本机关不掌握: 'notExist' (第（四）项) or 'notOurs' (第（五）项). */
  notHeldMode: z.enum(['notExist', 'notOurs']).default('notExist'),
  /** answer/非本机关: whether the responsible body can be determined, and who it is. */
  responsibleKnown: z.boolean().default(true),
  responsibleBody: text(100).default(''),
  responsibleContact: text(200).default(''),
  /** answer/部分公开: the ground for the part withheld (a withhold.* outcome). */
  partialGround: z.string().nullable().default(null),
  /** correction: working days the applicant has, counted from delivery (条例第三十条 合理的补正期限). */
  correctionWorkingDays: z.number().int().min(1).max(60).default(15),
  /** extension: working days added (第三十三条第二款: at most 20) and who approved, when. */
  extensionWorkingDays: z.number().int().min(1).max(20).default(20),
  approver: text(50).default(''),
  approvedOn: dateString.nullable().default(null),
  /** consultation / decisionNotice: the party written to. */
  party: z.enum(['thirdParty', 'agency']).default('thirdParty'),
  partyName: text(100).default(''),
  /** fee: 按件 or 按量 (never both), the count, the amount in 分 (国办函〔2020〕109号). */
  feeMethod: z.enum(['perApplication', 'perPage']).default('perApplication'),
  feeCount: z.number().int().min(0).default(0),
  feeAmountFen: z.number().int().min(0).default(0),
});
export type LetterFacts = z.infer<typeof letterFacts>;

export const letterDelivery = z.object({
  method: z.enum(DELIVERY_METHODS),
  /** The day the addressee received it; null until known (the applicant's periods run from it). */
  date: dateString.nullable().default(null),
});
export type LetterDelivery = z.infer<typeof letterDelivery>;

export const letterFields = z.object({
  requestId: z.string().min(1),
  type: z.enum(LETTER_TYPES),
  status: z.enum(['draft', 'issued']).default('draft'),
  /** 文号: taken when issued, never reused; null for a draft. */
  number: z.string().nullable().default(null),
  title: text(200).default(''),
  addressee: text(200).default(''),
  /** Body paragraphs; officer-filled parts are 【请填写：…】 markers until filled. */
  paragraphs: z.array(text(5000)).default([]),
  /** Closing line (特此告知。…), printed after the remedy. */
  closing: text(50).default(''),
  /** The legal basis cited, as printed (e.g. 《中华人民共和国政府信息公开条例》第三十六条第（三）项). */
  legalBasis: text(500).default(''),
  /** The remedy paragraph (decision letters). */
  remedy: text(1000).default(''),
  /** 落款: the agency's name. */
  signer: text(100).default(''),
  facts: letterFacts.default(letterFacts.parse({})),
  /** Issue date (落款日期) and delivery. */
  issuedDate: dateString.nullable().default(null),
  delivery: letterDelivery.nullable().default(null),
  /** The statutory latest date for this letter, when the law sets one; `late` when issued after it. */
  dueDate: dateString.nullable().default(null),
  late: z.boolean().default(false),
  /** The timeline event this letter stands for (issued together, in one transaction). */
  eventId: z.string().nullable().default(null),
  /** A correction of an issued letter names the one it replaces. */
  replacesId: z.string().nullable().default(null),
  /** Versions of the article table and the template the text was drafted from. */
  lawVersion: z.string().default(''),
});

export const letterSchema = letterFields.extend(recordMeta);
export type Letter = z.infer<typeof letterSchema>;
