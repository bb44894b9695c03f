import { describe, expect, it } from 'vitest';
import { type DisclosureRequest, type Publication, publicationSchema, requestSchema } from '../model/records';
import type { YearBaseline } from '../model/baseline';
import { computeAnnualReport } from './compute';
import { T3_ROWS, t3Key, TOTAL } from './model';

const meta = { createdAt: '2026-01-05T00:00:00.000Z', updatedAt: '2026-01-05T00:00:00.000Z' };
const pub = (id: string, p: Partial<Publication>) =>
  publicationSchema.parse({
    id,
    ...meta,
    title: `测试${id}`,
    formedDate: '2026-03-01',
    category: '通知公告',
    ...p,
  });
const req = (id: string, receivedDate: string) =>
  requestSchema.parse({
    id,
    ...meta,
    serial: id,
    applicantType: 'natural',
    applicantName: '测试申请人甲',
    channel: 'inPerson',
    submittedDate: receivedDate,
    receivedDate,
    content: '测试内容',
  });

const baseline: YearBaseline = {
  year: 2025,
  source: 'manual',
  sourceLabel: '',
  carriedOut: { natural: 2, commercial: 1 },
  rulesInForce: null,
  normativeInForce: 12,
  enteredAt: '',
};
const stores = (publications: Publication[], requests: DisclosureRequest[], baselines = [baseline]) => ({
  publications,
  requests,
  consultations: [],
  appeals: [],
  yearFigures: [],
  reportSnapshots: [],
  baselines,
});
const value = (m: ReturnType<typeof computeAnnualReport>, key: string) => m.cells[key]?.value;
const normativeValid = (m: ReturnType<typeof computeAnnualReport>) =>
  Object.entries(m.cells).find(
    ([k]) => k.startsWith('t2:') && k.endsWith(':valid') && k.includes('ormative'),
  )?.[1]?.value;

describe("the first year in the app uses last year's baseline", () => {
  it('上年结转 per applicant column and the 现行有效 chain, when no record of last year exists', () => {
    const pubs = [
      pub('n1', { docKind: 'normative' }),
      pub('n2', {
        docKind: 'normative',
        formedDate: '2019-05-01',
        abolishedDate: '2026-06-01',
        validity: 'abolished',
      }),
    ];
    const m = computeAnnualReport(stores(pubs, [req('2026-001', '2026-02-01')]), 2026, {
      agencyName: '测试局',
    });
    expect(value(m, t3Key(T3_ROWS.carriedIn, 'natural'))).toBe(2);
    expect(value(m, t3Key(T3_ROWS.carriedIn, 'commercial'))).toBe(1);
    expect(value(m, t3Key(T3_ROWS.carriedIn, TOTAL))).toBe(3);
    // 12 in force on 31 December 2025, one abolished in 2026, one new: 12.
    expect(normativeValid(m)).toBe(12);
  });

  it('is not used when the app holds records of last year, nor for another year', () => {
    const withLastYear = computeAnnualReport(stores([], [req('2025-009', '2025-12-30')]), 2026, {
      agencyName: '测试局',
    });
    expect(value(withLastYear, t3Key(T3_ROWS.carriedIn, TOTAL))).toBe(1);
    const later = computeAnnualReport(stores([], []), 2027, { agencyName: '测试局' });
    expect(value(later, t3Key(T3_ROWS.carriedIn, TOTAL))).toBe(0);
  });
});
