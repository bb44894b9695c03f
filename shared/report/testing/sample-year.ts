import {
  buildInterchange,
  type InterchangeDocument,
  type InterchangeStores,
  interchangeStores,
} from '../../model/interchange';
import type { RequestEvent } from '../../model/records';
import { type AgencyProfile, defaultSettings } from '../../model/settings';

/**
 * A hand-built reporting year (2025) with known answers for every cell of 表二/三/四, used by the
 * report tests, the .docx tests and the CLI test. All people and places are obviously fake.
 * docs/report-numbers.md walks through why each cell has its value.
 */

export const SAMPLE_YEAR = 2025;
export const SAMPLE_PROFILE: Pick<AgencyProfile, 'agencyName' | 'address' | 'phone' | 'website'> = {
  agencyName: '测试县示例局',
  address: '测试县示例路1号',
  phone: '13800000000',
  website: 'https://example.invalid',
};

const meta = (id: string, deleted = false) => ({
  id,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deletedAt: deleted ? '2025-12-01T00:00:00.000Z' : null,
});

const passed = (date: string) => ({
  firstReview: { by: '测试审核员甲', date, result: 'pass' as const, note: '' },
  secrecyReview: { by: '测试审核员乙', date, result: 'pass' as const, note: '' },
  leaderSignoff: { by: '测试领导丙', date, result: 'pass' as const, note: '' },
});

function pub(
  id: string,
  f: {
    kind?: 'ordinary' | 'rule' | 'normative';
    formed: string;
    published?: string | null;
    abolished?: string | null;
    category?: string;
    channels?: string[];
    reviewed?: boolean;
    deleted?: boolean;
  },
) {
  const published = f.published ?? null;
  return {
    ...meta(id, f.deleted),
    title: `测试文件${id}`,
    formedDate: f.formed,
    publishedDate: published,
    category: f.category ?? '政策文件',
    channels: f.channels ?? [],
    docKind: f.kind ?? 'ordinary',
    abolishedDate: f.abolished ?? null,
    validity: f.abolished ? 'abolished' : 'valid',
    review: f.reviewed && published ? passed(published) : undefined,
  };
}

type EventInput = RequestEvent extends infer E
  ? E extends RequestEvent
    ? Omit<E, 'id' | 'note'>
    : never
  : never;

function req(id: string, applicantType: string, received: string, events: EventInput[], deleted = false) {
  return {
    ...meta(id, deleted),
    serial: id,
    applicantType,
    applicantName: '测试申请人甲',
    applicantContact: '13800000000',
    channel: 'inPerson',
    submittedDate: received,
    receivedDate: received,
    content: `申请公开测试信息（${id}）`,
    events: events.map((e, i) => ({ ...e, id: `${id}-e${i + 1}` })),
  };
}

const answered = (date: string, outcome: string) => ({ type: 'answered', date, outcome }) as EventInput;

function appeal(
  id: string,
  kind: string,
  filed: string,
  result: string,
  closed: string | null,
  requestId: string | null = null,
) {
  return {
    ...meta(id),
    kind,
    requestId,
    caseNumber: `测试案${id}`,
    filedDate: filed,
    result,
    closedDate: closed,
  };
}

export function sampleYearStores(): InterchangeStores {
  return interchangeStores.parse({
    publications: [
      pub('rule-1', { kind: 'rule', formed: '2023-03-01', published: '2023-03-05', category: '政策文件' }),
      pub('rule-2', {
        kind: 'rule',
        formed: '2025-02-10',
        published: '2025-02-12',
        channels: ['website'],
        reviewed: true,
      }),
      pub('norm-1', {
        kind: 'normative',
        formed: '2020-05-01',
        published: '2020-05-06',
        abolished: '2025-06-30',
      }),
      pub('norm-2', {
        kind: 'normative',
        formed: '2025-04-01',
        published: '2025-04-03',
        channels: ['website'],
        reviewed: true,
      }),
      pub('norm-3', {
        kind: 'normative',
        formed: '2025-08-01',
        published: '2025-08-05',
        channels: ['website', 'board'],
        reviewed: true,
      }),
      pub('norm-4', {
        kind: 'normative',
        formed: '2024-12-20',
        published: '2024-12-25',
        abolished: '2026-03-01',
      }),
      pub('norm-5', { kind: 'normative', formed: '2026-01-05' }),
      pub('norm-6', { kind: 'normative', formed: '2025-09-09', published: '2025-09-10', deleted: true }),
      pub('norm-7', {
        kind: 'normative',
        formed: '2019-01-01',
        published: '2019-01-02',
        abolished: '2024-05-01',
      }),
      pub('info-1', {
        formed: '2025-01-14',
        published: '2025-01-15',
        category: '工作动态',
        channels: ['website', 'wechat'],
        reviewed: true,
      }),
      pub('info-2', {
        formed: '2025-03-01',
        published: '2025-03-02',
        category: '通知公告',
        channels: ['website'],
        reviewed: true,
      }),
      pub('info-3', {
        formed: '2025-05-19',
        published: '2025-05-20',
        category: '工作动态',
        channels: ['board'],
      }),
      pub('info-4', {
        formed: '2024-12-29',
        published: '2024-12-30',
        category: '政策文件',
        channels: ['website'],
      }),
      pub('info-5', { formed: '2025-06-01', category: '工作动态' }),
    ],
    requests: [
      req('2024-001', 'natural', '2024-03-01', [answered('2024-03-20', 'disclose')]),
      // Carried over from 2024.
      req('2024-011', 'natural', '2024-12-10', [answered('2025-01-08', 'disclose')]),
      req('2024-012', 'commercial', '2024-12-20', [answered('2025-01-20', 'unable.notHeld')]),
      // Abandoned after 补正 (条例第三十条): no correction by the notice's date → 其他处理 1.
      req('2024-010', 'natural', '2024-11-25', [
        { type: 'correctionAsked', date: '2024-11-28', dueBy: '2024-12-15' },
        answered('2025-01-06', 'other.noCorrection'),
      ]),
      req('2025-001', 'natural', '2025-02-10', [answered('2025-02-25', 'disclose')]),
      // Several items asked, some withheld: 部分公开 only (区分处理的，只计这一情形).
      req('2025-002', 'natural', '2025-03-03', [answered('2025-04-20', 'partial')]),
      // Answered late: 40 days after receipt with no extension (条例第三十三条).
      req('2025-003', 'research', '2025-04-01', [answered('2025-05-30', 'withhold.process')]),
      req('2025-004', 'publicInterest', '2025-05-06', [answered('2025-05-20', 'notProcessed.petition')]),
      req('2025-005', 'legalService', '2025-06-02', [answered('2025-06-10', 'unable.needsCreation')]),
      // Fee lapse (国办函〔2020〕109号): not paid by payBy → 其他处理 2.
      req('2025-006', 'other', '2025-07-01', [
        {
          type: 'feeNotice',
          date: '2025-07-15',
          method: 'perApplication',
          amountFen: 10000,
          payBy: '2025-07-30',
        },
        answered('2025-08-05', 'other.feeUnpaid'),
      ]),
      req('2025-007', 'natural', '2025-08-01', [
        {
          type: 'feeNotice',
          date: '2025-08-10',
          method: 'perApplication',
          amountFen: 10000,
          payBy: '2025-08-25',
        },
        { type: 'feePaid', date: '2025-08-20', amountFen: 10000 },
        answered('2025-09-01', 'disclose'),
      ]),
      req('2025-008', 'commercial', '2025-09-15', [answered('2025-09-30', 'withhold.thirdParty')]),
      req('2025-009', 'natural', '2025-12-20', []),
      req('2025-010', 'commercial', '2025-12-28', [answered('2026-01-10', 'disclose')]),
      req('2025-011', 'natural', '2025-10-10', [answered('2025-10-20', 'notProcessed.repeat')], true),
      req('2025-012', 'natural', '2025-11-03', [
        { type: 'correctionAsked', date: '2025-11-05', dueBy: '2025-11-20' },
        { type: 'correctionReceived', date: '2025-11-18' },
        answered('2025-12-05', 'unable.stillUnclear'),
      ]),
      req('2026-001', 'natural', '2026-01-05', []),
    ],
    consultations: [
      ...['2025-01-03', '2025-04-11', '2025-09-09'].map((date, i) => ({
        ...meta(`cons-phone-${i + 1}`),
        date,
        channel: 'phone',
        topic: '测试咨询',
      })),
      { ...meta('cons-visit-1'), date: '2025-06-06', channel: 'inPerson', topic: '测试咨询' },
      { ...meta('cons-web-1'), date: '2025-02-02', channel: 'online', topic: '测试咨询' },
      { ...meta('cons-web-2'), date: '2025-12-31', channel: 'online', topic: '测试咨询' },
      { ...meta('cons-old-1'), date: '2024-12-31', channel: 'letter', topic: '测试咨询' },
      { ...meta('cons-del-1', true), date: '2025-03-03', channel: 'letter', topic: '测试咨询' },
    ],
    appeals: [
      appeal('A1', 'review', '2025-03-01', 'upheld', '2025-05-01', '2025-003'),
      appeal('A2', 'review', '2025-10-01', 'pending', null),
      appeal('A3', 'review', '2025-06-01', 'corrected', '2026-02-01'),
      appeal('A4', 'suitDirect', '2025-07-01', 'other', '2025-11-11'),
      appeal('A5', 'suitAfterReview', '2024-09-01', 'upheld', '2025-04-01'),
      appeal('A6', 'suitAfterReview', '2024-02-01', 'corrected', '2024-06-01'),
      appeal('A7', 'review', '2025-08-01', 'upheld', '2025-09-01'),
    ],
    yearFigures: [
      // 1,005,000 分 = 10,050 元 = 1.005 万元 → 1.01 (half-up; floating point would print 1.00).
      { year: 2025, licensing: 12, penalty: 3, enforcement: 0, feesFen: 1_005_000 },
    ],
    reportSnapshots: [
      {
        year: 2024,
        formatVersion: '2021',
        texts: {
          problems: '（一）存在的主要问题\n测试问题一。\n（二）改进情况\n测试改进一。',
          other: '2024年度，本机关未收取信息处理费。',
        },
        model: {
          formatVersion: '2021',
          year: 2024,
          agencyName: SAMPLE_PROFILE.agencyName,
          periodStart: '2024-01-01',
          periodEnd: '2024-12-31',
          cells: {
            't3:carriedOut:natural': { value: 2, text: '2', ids: ['2024-011', '2024-010'] },
            't3:carriedOut:commercial': { value: 1, text: '1', ids: ['2024-012'] },
            't3:carriedOut:research': { value: 0, text: '0', ids: [] },
            't3:carriedOut:total': { value: 3, text: '3', ids: ['2024-011', '2024-012', '2024-010'] },
          },
          checks: [],
        },
        finalisedAt: '2025-01-20T08:00:00.000Z',
      },
    ],
  });
}

/** The sample year as an export file's document (what the CLI reads), with the agency profile. */
export function sampleExportDocument(mutate?: (stores: InterchangeStores) => void): InterchangeDocument {
  const stores = sampleYearStores();
  const settings = defaultSettings();
  stores.settings = { ...settings, profile: { ...settings.profile, ...SAMPLE_PROFILE } };
  mutate?.(stores);
  return buildInterchange(stores, {
    appVersion: '0.1.0',
    schemaVersion: 1,
    exportedAt: '2026-01-15T00:00:00Z',
  });
}
