import { describe, expect, it } from 'vitest';
import { publicationSchema } from '../model/records';
import { computeTable2 } from '../report/compute-publications';
import { formatForYear } from '../report/formats';
import { t2Key } from '../report/model';
import { buildCatalogueRows } from './rows';
import { validityOn } from './validity';

/**
 * Issue 14 item 20: a 行政规范性文件 abolished on 2024-06-30 but still stored as 有效 — the catalogue
 * and the annual report must agree, by deriving the state from the dates.
 */
const normative = publicationSchema.parse({
  id: 'p-norm',
  title: '测试市关于测试事项的规定（测试）',
  docKind: 'normative',
  category: 'policy',
  formedDate: '2020-03-01',
  publishedDate: '2020-03-05',
  abolishedDate: '2024-06-30',
  validity: 'valid',
  createdAt: '2020-03-01T00:00:00.000Z',
  updatedAt: '2020-03-01T00:00:00.000Z',
});
const profile = { agencyName: '测试市测试局' };

function reportCounts(year: number) {
  const format = formatForYear(year);
  if (!format) throw new Error('no format');
  const { cells } = computeTable2([normative], null, format, {
    year,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
  });
  const normativeRow = format.table2.blocks
    .flatMap((b) => b.rows)
    .find((r) => r.source.kind === 'docKind' && r.source.docKind === 'normative');
  const cell = (col: string) => cells[t2Key(normativeRow?.id ?? '', col)]?.value;
  return { abolished: cell('abolished'), valid: cell('valid') };
}

describe('有效性: one rule for the catalogue and the annual report', () => {
  it('after its 废止日期 the catalogue prints 废止, and the report counts it abolished, not in force', () => {
    const [row] = buildCatalogueRows([normative], profile, '2025-01-10');
    expect(row?.validity).toBe('abolished');
    const counts = reportCounts(2024);
    expect(counts).toEqual({ abolished: 1, valid: 0 });
  });

  it('before its 废止日期 both say it is in force', () => {
    const [row] = buildCatalogueRows([normative], profile, '2024-06-29');
    expect(row?.validity).toBe('valid');
    const counts = reportCounts(2023);
    expect(counts).toEqual({ abolished: 0, valid: 1 });
  });

  it('a stored 失效 stays 失效; a date in the future does not change the stored state', () => {
    expect(validityOn({ validity: 'invalid', abolishedDate: null }, '2025-01-01')).toBe('invalid');
    expect(validityOn({ validity: 'valid', abolishedDate: '2030-01-01' }, '2025-01-01')).toBe('valid');
  });
});
