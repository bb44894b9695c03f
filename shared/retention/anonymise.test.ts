import { describe, expect, it } from 'vitest';
import { sampleStores } from '../backup/sample-data';
import { type DisclosureRequest, requestSchema } from '../model';
import { makeBenchmarkStores } from '../report/bench';
import { computeAnnualReport } from '../report/compute';
import { ANONYMISED_NAME, anonymiseStores, yearsBefore } from './anonymise';

const now = '2031-03-01T02:00:00.000Z';

function request(
  id: string,
  answered: string | null,
  extra: Partial<DisclosureRequest> = {},
): DisclosureRequest {
  return requestSchema.parse({
    id,
    serial: id,
    applicantType: 'natural',
    applicantName: '测试申请人甲',
    applicantContact: '13800000000',
    applicantIdNumber: 'TEST-ID-0000',
    applicantAddress: '测试路1号',
    channel: 'post',
    submittedDate: '2020-01-02',
    receivedDate: '2020-01-03',
    content: '测试内容',
    events: answered ? [{ id: 'e1', type: 'answered', date: answered, outcome: 'disclose' }] : [],
    createdAt: now,
    updatedAt: now,
    ...extra,
  });
}

describe('anonymising applicants after N years', () => {
  it('computes the cut-off N years back, 29 Feb becoming 28 Feb', () => {
    expect(yearsBefore('2031-03-01', 5)).toBe('2026-03-01');
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
  });

  it('removes personal data only from requests closed more than N years ago', () => {
    const stores = {
      consultations: [],
      appeals: [],
      requests: [
        request('old', '2026-02-27'), // closed > 5 years before 2031-03-01
        request('edge', '2026-03-01'), // exactly 5 years: not yet
        request('open', null), // never answered: kept
      ],
      audit: [
        {
          id: 1,
          at: now,
          actor: '测试员',
          store: 'requests',
          recordId: 'old',
          action: 'update' as const,
          before: { applicantName: '测试申请人甲', content: 'x' },
          after: { applicantName: '测试申请人甲', applicantContact: '13800000000' },
        },
        {
          id: 2,
          at: now,
          actor: '测试员',
          store: 'requests',
          recordId: 'edge',
          action: 'create' as const,
          before: null,
          after: { applicantName: '测试申请人甲' },
        },
      ],
    };
    const result = anonymiseStores(stores, { afterYears: 5, today: '2031-03-01', now });
    expect(result.ids).toEqual(['old']);
    const old = result.stores.requests[0]!;
    expect(old).toMatchObject({
      applicantName: ANONYMISED_NAME,
      applicantContact: '',
      applicantIdNumber: '',
      applicantAddress: '',
      anonymisedAt: now,
      applicantType: 'natural',
      receivedDate: '2020-01-03',
    });
    expect(old.events).toEqual(stores.requests[0]!.events);
    expect(result.stores.requests[1]!.applicantName).toBe('测试申请人甲');
    expect(result.stores.requests[2]!.applicantName).toBe('测试申请人甲');
    expect(result.stores.audit[0]).toMatchObject({
      before: { applicantName: ANONYMISED_NAME, content: ANONYMISED_NAME },
      after: { applicantName: ANONYMISED_NAME, applicantContact: '' },
    });
    expect(result.stores.audit[1]).toEqual(stores.audit[1]);
    // Input untouched (pure).
    expect(stores.requests[0]!.applicantName).toBe('测试申请人甲');
  });

  it('does nothing when the setting is off', () => {
    const stores = { requests: [request('old', '2020-02-01')], consultations: [], appeals: [], audit: [] };
    expect(anonymiseStores(stores, { afterYears: null, today: '2031-03-01', now }).stores).toBe(stores);
  });

  it('leaves every annual report of the past years exactly as it was', () => {
    const size = {
      years: 6,
      lastYear: 2025,
      publicationsPerYear: 300,
      requestsPerYear: 200,
      consultationsPerYear: 100,
      appealsPerYear: 5,
    };
    const stores = { ...makeBenchmarkStores(size), audit: [] };
    const result = anonymiseStores(stores, { afterYears: 2, today: '2026-06-30', now });
    expect(result.ids.length).toBeGreaterThan(100);
    for (let year = 2021; year <= 2025; year += 1) {
      const profile = { agencyName: '测试市测试局' };
      expect(computeAnnualReport(result.stores, year, profile), String(year)).toEqual(
        computeAnnualReport(stores, year, profile),
      );
    }
  });

  it('the anonymised records still pass validation (a backup of them restores)', () => {
    const { requests } = sampleStores({ publications: 0, requests: 2, consultations: 0, appeals: 0 });
    const result = anonymiseStores(
      { requests, consultations: [], appeals: [], audit: [] },
      { afterYears: 1, today: '2030-01-01', now },
    );
    for (const r of result.stores.requests) expect(requestSchema.safeParse(r).success).toBe(true);
  });
});
