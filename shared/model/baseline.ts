// The year before the app's records begin: its figures come from last year's published report,
// typed in by hand (first-run path) or read from the published file (年报体检). This year's report
// takes its 上年结转 per applicant column and the 表二 现行有效 chain from here (DOMAIN.md §11).
import { z } from 'zod';

const count = z.number().int().min(0);

export const yearBaseline = z.object({
  /** The year the figures belong to (e.g. 2025 for the 2025 report; used by the 2026 report). */
  year: z.number().int().min(2008).max(2100),
  source: z.enum(['manual', 'publishedReport']),
  /** What the officer sees as the origin, e.g. the published file's name. */
  sourceLabel: z.string().trim().max(200).default(''),
  /**
   * 表三 四、结转下年度 per applicant column code (APPLICANT_TYPE_CODES); missing = not entered.
   * The 总计 column is derived, never stored.
   */
  carriedOut: z.record(z.string(), count).default({}),
  /** 表二 现行有效件数 on 31 December: 规章 and 行政规范性文件; null = not entered. */
  rulesInForce: count.nullable().default(null),
  normativeInForce: count.nullable().default(null),
  enteredAt: z.string().default(''),
});
export type YearBaseline = z.infer<typeof yearBaseline>;
