import { describe, expect, it } from 'vitest';
import { makeBenchmarkStores, runReportBenchmark } from './bench';
import { computeAnnualReport } from './compute';

describe('report benchmark helpers', () => {
  const small = {
    years: 3,
    lastYear: 2025,
    publicationsPerYear: 300,
    requestsPerYear: 60,
    consultationsPerYear: 100,
    appealsPerYear: 5,
  };

  it('generates a consistent multi-year register (no error checks, identities hold)', () => {
    const stores = makeBenchmarkStores(small, 7);
    expect(stores.publications).toHaveLength(900);
    const m = computeAnnualReport(stores, 2025, { agencyName: '测试' });
    expect(m.checks.filter((c) => c.severity === 'error')).toEqual([]);
    expect(m.cells['t3:received:total']?.value).toBe(60);
    expect(m.cells['cons:total']?.value).toBe(100);
  });

  it('times computation and the document with the clock it is given', async () => {
    let t = 0;
    const result = await runReportBenchmark({
      now: () => (t += 5),
      stores: makeBenchmarkStores(small, 7),
      pack: async () => new Uint8Array(42),
      runs: 2,
    });
    expect(result.computeMs).toEqual([5, 5]);
    expect(result.docxBuildMs).toEqual([5, 5]);
    expect(result.docxBytes).toBe(42);
  });
});
