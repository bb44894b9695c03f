import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../model/dates';
import type { Appeal, DisclosureRequest } from '../model/records';
import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_TYPE_CODES,
  type ApplicantType,
  OUTCOME_CODES,
  type OutcomeCode,
} from '../model/taxonomy';
import { computeAnnualReport, type ReportStores } from './compute';
import { FORMAT_2021 } from './format-2021';
import { finaliseReport } from './snapshot';

/**
 * Property: for any valid register, every 勾稽 identity holds, the sums agree, and each year's
 * 结转下年度 is exactly the next year's 上年结转 (same count, same records) — also when the earlier
 * year was finalised and the later one is checked against the snapshot.
 */

const FIRST = toDayNumber('2021-01-01');
const LAST = toDayNumber('2025-12-31');
const YEARS = [2021, 2022, 2023, 2024, 2025];
const stamp = '2025-01-01T00:00:00.000Z';

const requestArb = fc.record({
  received: fc.integer({ min: FIRST, max: LAST + 20 }),
  answerAfter: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  applicantType: fc.constantFrom(...APPLICANT_TYPE_CODES),
  outcome: fc.constantFrom(...OUTCOME_CODES),
  deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

const appealArb = fc.record({
  kind: fc.constantFrom(...APPEAL_KINDS.map((k) => k.code)),
  filed: fc.integer({ min: FIRST, max: LAST }),
  closedAfter: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
  result: fc.constantFrom(...APPEAL_RESULTS.map((r) => r.code).filter((r) => r !== 'pending')),
});

type RequestSpec = {
  received: number;
  answerAfter: number | null;
  applicantType: ApplicantType;
  outcome: OutcomeCode;
  deleted: boolean;
};
type AppealSpec = {
  kind: Appeal['kind'];
  filed: number;
  closedAfter: number | null;
  result: Appeal['result'];
};

function build(reqs: RequestSpec[], appeals: AppealSpec[]): ReportStores {
  const requests = reqs.map((r, i): DisclosureRequest => {
    const received = fromDayNumber(r.received);
    return {
      id: `r${i}`,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: r.deleted ? stamp : null,
      serial: `S${i}`,
      applicantType: r.applicantType,
      applicantName: '测试申请人甲',
      applicantContact: '',
      applicantIdNumber: '',
      applicantAddress: '',
      channel: 'inPerson',
      submittedDate: received,
      receivedDate: received,
      content: '测试',
      form: 'paper',
      anonymisedAt: null,
      events:
        r.answerAfter === null
          ? []
          : [
              {
                id: `r${i}-a`,
                type: 'answered',
                date: fromDayNumber(r.received + r.answerAfter),
                note: '',
                outcome: r.outcome,
              },
            ],
    };
  });
  const appealRecords = appeals.map(
    (a, i): Appeal => ({
      id: `a${i}`,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      kind: a.kind,
      requestId: null,
      caseNumber: '',
      filedDate: fromDayNumber(a.filed),
      result: a.closedAfter === null ? 'pending' : a.result,
      closedDate: a.closedAfter === null ? null : fromDayNumber(a.filed + a.closedAfter),
      note: '',
    }),
  );
  return {
    publications: [],
    requests,
    consultations: [],
    appeals: appealRecords,
    yearFigures: YEARS.map((year) => ({
      year,
      licensing: 0,
      penalty: 0,
      enforcement: 0,
      feesFen: 0,
      updatedAt: '',
    })),
    reportSnapshots: [],
  };
}

const profile = { agencyName: '测试县示例局' };
const COLS = [...FORMAT_2021.table3.columns.map((c) => c.id as string), 'total'];

describe('report identities (property)', () => {
  it('hold for random registers, and 结转 chains across consecutive years', () => {
    fc.assert(
      fc.property(
        fc.array(requestArb, { maxLength: 60 }),
        fc.array(appealArb, { maxLength: 15 }),
        (reqs, appeals) => {
          const stores = build(reqs, appeals);
          const models = YEARS.map((y) => computeAnnualReport(stores, y, profile));
          for (const m of models) {
            expect(m.checks.filter((c) => c.severity === 'error')).toEqual([]);
            for (const col of COLS) {
              const v = (row: string) => m.cells[`t3:${row}:${col}`]?.value ?? -1;
              expect(v('received') + v('carriedIn')).toBe(v('resultsTotal') + v('carriedOut'));
            }
          }
          for (let i = 1; i < models.length; i++) {
            const [before, after] = [models[i - 1], models[i]];
            if (!before || !after) throw new Error('unreachable');
            for (const col of COLS) {
              const out = before.cells[`t3:carriedOut:${col}`];
              const inn = after.cells[`t3:carriedIn:${col}`];
              expect(inn?.value).toBe(out?.value);
              expect([...(inn?.ids ?? [])].sort()).toEqual([...(out?.ids ?? [])].sort());
            }
          }
          // Finalise each year in turn: the next year is checked against the snapshot and agrees.
          for (const y of YEARS.slice(0, -1)) {
            const m = computeAnnualReport(stores, y, profile);
            const fin = finaliseReport(
              m,
              FORMAT_2021,
              { other: '未收取信息处理费' },
              `${y + 1}-01-20T00:00:00Z`,
            );
            if (!fin.ok) throw new Error('a consistent year must finalise');
            stores.reportSnapshots.push(fin.doc);
            const next = computeAnnualReport(stores, y + 1, profile);
            expect(next.checks.filter((c) => c.key === 'checks.carriedInMismatch')).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
