import { z } from 'zod';
import { yearBaseline } from './baseline';
import { dateString } from './dates';
import { DEFAULT_CATEGORIES, DEFAULT_COLUMNS } from './taxonomy';

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
  reportDueMonthDay: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
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
  /** Last years' figures from published reports (see baseline.ts); at most one per year. */
  baselines: z.array(yearBaseline).default([]),
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
  at: z.string(),
  actor: z.string(),
  store: z.string(),
  recordId: z.string(),
  action: z.enum(['create', 'update', 'delete', 'restore', 'purge', 'import', 'anonymise']),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
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
  updatedAt: z.string().default(''),
});
export type ReportDoc = z.infer<typeof reportDoc>;
