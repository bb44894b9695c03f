import type { Publication } from '../model/records';
import type { Validity } from '../model/taxonomy';

/**
 * The 有效性 a catalogue prints, derived from the dates by the same rule the annual report counts by
 * (shared/report/compute-publications.ts: a 规章 or 行政规范性文件 is abolished from its 废止日期 on,
 * 条例第二十条第（一）项), so a stored "有效" with a past 废止日期 can never read 有效 in the catalogue
 * while the report counts it abolished (issue 14). A 废止日期 still in the future leaves it as stored.
 */
export function validityOn(
  p: Pick<Publication, 'validity'> & Partial<Pick<Publication, 'abolishedDate'>>,
  date: string,
): Validity {
  if (p.abolishedDate && p.abolishedDate <= date) return 'abolished';
  return p.validity;
}
