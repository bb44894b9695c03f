import { z } from 'zod';
import { yearBaseline } from './baseline';
import { dateString } from './dates';
import { isoInstant } from './instant';
import { DEFAULT_CATEGORIES, DEFAULT_COLUMNS, DEFAULT_REVIEW_FIRST_OUTCOMES } from './taxonomy';

/** `MM-DD` naming a day some year has (02-29 included): 01-31 yes, 13-45, 00-00 and 04-31 no. */
export function isMonthDay(value: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return longest !== undefined && day >= 1 && day <= longest;
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `validation.tooLong:${max}` });

/** 统一社会信用代码 (18 chars) or 组织机构代码 (9 chars, often written with a hyphen). */
export const agencyCode = z
  .string()
  .trim()
  .refine(
    (s) =>
      s === '' ||
      /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s) ||
      /^[0-9A-Z]{8}-?[0-9X]$/.test(s),
    {
      message: 'validation.agencyCode',
    },
  );

export const agencyProfile = z.object({
  agencyName: text(100).default(''),
  agencyCode: agencyCode.default(''),
  parentAgency: text(100).default(''),
  address: text(200).default(''),
  officeHours: text(200).default(''),
  phone: text(50).default(''),
  fax: text(50).default(''),
  email: text(100).default(''),
  website: text(200).default(''),
  officerName: text(50).default(''),
  /** 年度报告 due date as MM-DD: 01-31 for county-level departments (条例第四十九条); townships set theirs. */
  /** 机关代字 for letter numbers ({机关代字}, e.g. 某教信). */
  docPrefix: text(20).default(''),
  /**
   * 行政复议机关 printed in answer letters (行政复议法第二十四条、第二十七条: the people's government at
   * the same level for a county department, the county government for a township, the superior
   * authority for vertically managed bodies). Empty = the 上级机关 above.
   */
  reviewBody: text(100).default(''),
  /** The court with jurisdiction for 行政诉讼; empty prints 有管辖权的人民法院. */
  court: text(100).default(''),
  /** 月-日 of the annual report's due date (条例第五十条: 1月31日). A day that no year has is refused. */
  reportDueMonthDay: z
    .string()
    .regex(/^\d{2}-\d{2}$/, { message: 'validation.monthDay', abort: true })
    .refine(isMonthDay, { message: 'validation.monthDay' })
    .default('01-31'),
});
export type AgencyProfile = z.infer<typeof agencyProfile>;

export const columnSetting = z.object({
  name: text(100).min(1),
  /** news/动态 idle 2 weeks, notice/policy 6 months (国办秘函〔2019〕19号); other uses `staleDays`. */
  kind: z.enum(['news', 'notice', 'policy', 'other']).default('other'),
  staleDays: z.number().int().min(1).nullable().default(null),
});

/** App-wide settings; stored as one row in the `settings` store under key 'app'. */
export const appSettings = z.object({
  language: z.enum(['zh-CN', 'en']).default('zh-CN'),
  profile: agencyProfile.default(agencyProfile.parse({})),
  categories: z.array(text(50).min(1)).default([...DEFAULT_CATEGORIES]),
  columns: z.array(columnSetting).default(DEFAULT_COLUMNS.map((c) => ({ ...c, staleDays: null }))),
  /** Requests due within this many working days are "due soon". */
  dueSoonWorkingDays: z.number().int().min(1).max(20).default(5),
  monthlyQuota: z.number().int().min(0).default(8),
  /** 索引号 pattern (DOMAIN.md §6). */
  indexPattern: z.string().default('{前段码}/{年份}-{5位流水号}'),
  /**
   * Highest 索引号 serial ever issued per scope (shared/catalogue/index-numbers.ts): survives the
   * purge of trashed items so a deleted item's number is never reused. Written only inside the
   * transaction that assigns a number; other settings writes must keep it as read.
   */
  indexCounters: z.record(z.string(), z.number().int().min(0)).default({}),
  /** Category → code for the {分类码} placeholder; a category without one uses its list position (01, 02…). */
  categoryCodes: z.record(z.string(), z.string().regex(/^[0-9A-Za-z]{1,10}$/)).default({}),
  backupReminderDays: z.number().int().min(1).default(7),
  /** Anonymise applicants of requests closed more than N years ago; null = off. */
  anonymiseAfterYears: z.number().int().min(1).nullable().default(null),
  // ── Letters of a request (shared/letters) ──
  /** 文号 pattern: {机关代字} {代字} {年份} {序号} (unpadded) or {N位序号}; one sequence per 代字 and year. */
  letterNumberPattern: z.string().default('{机关代字}{代字}〔{年份}〕{序号}号'),
  /** 代字 per letter type. */
  letterCodes: z.record(z.string(), z.string().max(10)).default({
    receipt: '收',
    correction: '补',
    extension: '延',
    consultation: '征',
    decisionNotice: '告',
    reasons: '说',
    fee: '费',
    answer: '答',
  }),
  /** Highest 文号 serial ever issued per scope (like indexCounters): written only when issuing. */
  letterCounters: z.record(z.string(), z.number().int().min(0)).default({}),
  /** The agency's own wording per template key (shared/letters/templates.ts); absent = default. */
  letterTemplates: z.record(z.string(), z.array(z.string().max(5000))).default({}),
  /** Offer the 接收回执 (local practice, not required by the 条例). */
  receiptLetters: z.boolean().default(false),
  /** Outcomes whose answer letter states 复议前置 (DOMAIN.md §10: disputed beyond 不予公开/部分公开). */
  reviewFirstOutcomes: z.array(z.string()).default(() => [...DEFAULT_REVIEW_FIRST_OUTCOMES]),
  /** Last years' figures from published reports (see baseline.ts); at most one per year. */
  baselines: z.array(yearBaseline).default([]),
  /**
   * "YYYY-MM": the month the app's records start (issue 13 item 15); months before it are not
   * 空白月. null = the month of the first record.
   */
  recordsStart: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .nullable()
    .default(null),
  /** When the first-run steps were finished (ISO instant); null = not yet. */
  firstRunDoneAt: z.string().nullable().default(null),
  /** 年报体检: a section repeating last year's text by this percentage or more is 内容雷同. */
  reportSimilarityThreshold: z.number().int().min(1).max(100).default(50),
});
export type AppSettings = z.infer<typeof appSettings>;
export const defaultSettings = (): AppSettings => appSettings.parse({});

/** An officer's calendar override: wins over the bundled official data for that date. */
export const calendarOverride = z.object({
  date: dateString,
  kind: z.enum(['holiday', 'workday']),
  note: text(200).default(''),
});
export type CalendarOverride = z.infer<typeof calendarOverride>;

/** A year the officer marked complete (its official notice fully entered). */
export const calendarYear = z.object({
  year: z.number().int(),
  complete: z.boolean(),
  note: text(200).default(''),
});
export type CalendarYear = z.infer<typeof calendarYear>;

/**
 * Figures from other systems for 表二 (DOMAIN.md §4), entered per year. null = not entered yet
 * (blank is a check failure; an explicit 0 is fine). Money in integer 分.
 */
export const yearFigures = z.object({
  year: z.number().int(),
  licensing: z.number().int().min(0).nullable().default(null),
  penalty: z.number().int().min(0).nullable().default(null),
  enforcement: z.number().int().min(0).nullable().default(null),
  feesFen: z.number().int().min(0).nullable().default(null),
  updatedAt: z.string().default(''),
});
export type YearFigures = z.infer<typeof yearFigures>;

/** Audit log entry: append-only; who changed what, with before/after values. */
export const auditEntry = z.object({
  id: z.number().int().optional(),
  at: isoInstant,
  actor: z.string(),
  store: z.string(),
  recordId: z.string(),
  action: z.enum(['create', 'update', 'delete', 'restore', 'purge', 'import', 'anonymise']),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** Audit chain (shared/audit/chain.ts): the previous row's hash and this row's; absent on older rows. */
  prevHash: z.string().optional(),
  hash: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** Report text drafts and finalised snapshots (annual report issue); free-form per format version. */
export const reportDoc = z.object({
  year: z.number().int(),
  formatVersion: z.string(),
  /** Section texts keyed by section id. */
  texts: z.record(z.string(), z.string()).default({}),
  /** For snapshots: the frozen computed model; for drafts: null. */
  model: z.unknown().nullable().default(null),
  finalisedAt: z.string().nullable().default(null),
  /**
   * 落款日期 printed under the agency name. Draft: chosen by the officer, null = today's date at
   * export. Snapshot: fixed at 定稿 (the chosen date, else the local day of finalisation).
   */
  signDate: dateString.nullable().default(null),
  updatedAt: z.string().default(''),
});
export type ReportDoc = z.infer<typeof reportDoc>;
