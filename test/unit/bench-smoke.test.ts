import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../shared/model';
import { datasetCounts, generateDataset } from '../bench/generate';
import { validateSample } from '../bench/generate/validate-sample';
import { nodeSteps } from '../bench/node-steps';
import { ratedMeta } from '../bench/browser/throttle';
import { PROFILES } from '../bench/profiles';
import { formatTable, verdict, withRatios } from '../bench/results';

/**
 * `npm run bench` at a tiny scale, so the benchmark keeps working as the app changes (issue 8):
 * the seeded generator, its records against the shared schemas, and every Node measurement once.
 * The real figures come from `npm run bench` (docs/performance.md).
 */
describe('benchmark smoke run', () => {
  it('generates the same valid ten years from the same seed, scaled', () => {
    // 22 requests a year: enough for every outcome of 表三 to occur each year.
    const a = generateDataset({ scale: 0.011, seed: 7 });
    const b = generateDataset({ scale: 0.011, seed: 7 });
    expect(datasetCounts(a)).toMatchObject({ publications: 2200, requests: 220, consultations: 1100 });
    expect(a.requests[17]).toEqual(b.requests[17]);
    expect(a.publications[1234]?.title).toBe(b.publications[1234]?.title);
    expect(generateDataset({ scale: 0.011, seed: 8 }).publications[0]?.id).not.toBe(a.publications[0]?.id);
    expect(validateSample(a, 500)).toMatchObject({ requests: 220, appeals: datasetCounts(a).appeals });
    // Ten years, and every outcome of 表三 in a year.
    const years = new Set(a.publications.map((p) => p.formedDate.slice(0, 4)));
    expect([...years].sort()).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const outcomes2024 = new Set(
      a.requests
        .filter((r) => r.receivedDate.startsWith('2024'))
        .flatMap((r) => r.events.flatMap((e) => (e.type === 'answered' ? [e.outcome] : []))),
    );
    expect(outcomes2024.size).toBe(OUTCOMES.length);
  });

  it('runs every Node measurement and prints the table', async () => {
    const data = generateDataset({ scale: 0.002 });
    const results = withRatios(await nodeSteps(data, 1, () => undefined));
    const failed = results.filter((r) => r.status !== 'ok');
    expect(failed.map((r) => `${r.id}: ${r.note}`)).toEqual([]);
    const report = results.find((r) => r.id === 'node.report');
    expect(report?.medianMs).toBeGreaterThan(0);
    expect(report?.ratio).toBeGreaterThan(0);
    expect(report?.peakHeapMb).toBeGreaterThan(0);
    const table = formatTable(results);
    expect(table).toContain('report computation');
    expect(table).toContain('baseline: plain loop with counters');
  }, 20_000);

  it('compares a throttled row with its unthrottled one and judges the longest task', () => {
    const { uiMs, maxTaskMs } = PROFILES.bureau.targets;
    const base = { id: 'ui.listOpen', label: 'list open', targetMs: uiMs, maxTaskMs };
    const slow = ratedMeta(base, 4);
    expect(slow).toMatchObject({ id: 'ui.listOpen@4x', baselineId: 'ui.listOpen', maxRatio: 2 });
    const rows = withRatios([
      { ...base, env: 'chromium', status: 'ok', medianMs: 80, longestTaskMs: 0 },
      { ...slow, env: 'chromium', status: 'ok', medianMs: 240, longestTaskMs: 130 },
    ]);
    expect(verdict(rows[0]!)).toBe('met; tasks ok');
    expect(verdict(rows[1]!)).toBe('MISSED by 140 ms; ratio MISSED (> 2×); TASK 130 ms');
    expect(formatTable(rows)).toContain('< 50 ms');
  });
});
