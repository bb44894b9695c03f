import {
  addDays,
  appealSchema,
  appSettings,
  auditEntry,
  calendarOverride,
  calendarYear,
  consultationSchema,
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type InterchangeDocument,
  type InterchangeStores,
  letterSchema,
  publicationSchema,
  reportDoc,
  requestSchema,
  yearFigures,
} from '../model';

/**
 * Obviously fake data filling every store, for backup tests, fixtures and the benchmark. Records are
 * built from one schema-parsed template each and varied, so 300,000 of them are made in seconds and
 * are exactly what a restore gives back (defaults already applied).
 */
export interface SampleSize {
  publications: number;
  requests: number;
  consultations: number;
  appeals: number;
}

const at = (day: string) => `${day}T02:00:00.000Z`;

export function sampleStores(
  size: SampleSize = { publications: 3, requests: 3, consultations: 2, appeals: 2 },
): InterchangeStores {
  const base = '2024-01-02';
  const publication = publicationSchema.parse({
    id: 'p-0',
    title: '测试公告',
    summary: '内容概述（测试数据）',
    docNumber: '测试〔2024〕1号',
    formedDate: base,
    publishedDate: base,
    category: '政策文件',
    channels: ['website', 'board'],
    column: '通知公告',
    createdAt: at(base),
    updatedAt: at(base),
  });
  const request = requestSchema.parse({
    id: 'r-0',
    serial: '2024-000',
    applicantType: 'natural',
    applicantName: '测试申请人甲',
    applicantContact: '13800000000',
    applicantAddress: '测试市测试路1号',
    channel: 'internet',
    submittedDate: base,
    receivedDate: base,
    content: '申请公开测试信息',
    events: [{ id: 'e-1', type: 'answered', date: addDays(base, 10), outcome: 'disclose' }],
    createdAt: at(base),
    updatedAt: at(base),
  });
  const consultation = consultationSchema.parse({
    id: 'c-0',
    date: base,
    channel: 'phone',
    topic: '咨询办理流程（测试）',
    asker: '测试咨询人乙',
    reply: '已答复',
    createdAt: at(base),
    updatedAt: at(base),
  });
  const appeal = appealSchema.parse({
    id: 'a-0',
    kind: 'review',
    requestId: 'r-0',
    filedDate: addDays(base, 30),
    result: 'upheld',
    closedDate: addDays(base, 60),
    createdAt: at(base),
    updatedAt: at(base),
  });
  const dayOf = (i: number) => addDays(base, i % 700);
  const settings = appSettings.parse({ profile: { agencyName: '测试市测试局', officerName: '测试员' } });
  return {
    publications: Array.from({ length: size.publications }, (_, i) => ({
      ...publication,
      id: `p-${i + 1}`,
      title: `测试公告第${i + 1}号`,
      formedDate: dayOf(i),
      publishedDate: dayOf(i),
    })),
    requests: Array.from({ length: size.requests }, (_, i) => ({
      ...request,
      id: `r-${i + 1}`,
      serial: `2024-${String(i + 1).padStart(3, '0')}`,
      submittedDate: dayOf(i),
      receivedDate: dayOf(i),
      events: [
        {
          id: `e-${i + 1}`,
          type: 'answered' as const,
          date: addDays(dayOf(i), 10),
          note: '',
          outcome: 'disclose' as const,
        },
      ],
    })),
    consultations: Array.from({ length: size.consultations }, (_, i) => ({
      ...consultation,
      id: `c-${i + 1}`,
      date: dayOf(i),
    })),
    appeals: Array.from({ length: size.appeals }, (_, i) => ({
      ...appeal,
      id: `a-${i + 1}`,
      requestId: size.requests ? 'r-1' : null,
    })),
    settings,
    calendarOverrides: [
      calendarOverride.parse({ date: '2024-10-12', kind: 'workday', note: '调休上班（测试）' }),
    ],
    calendarYears: [calendarYear.parse({ year: 2024, complete: true })],
    yearFigures: [yearFigures.parse({ year: 2024, licensing: 12, penalty: 3, enforcement: 0, feesFen: 0 })],
    reportDrafts: [
      reportDoc.parse({ year: 2024, formatVersion: '2021', texts: { overview: '总体情况（测试）' } }),
    ],
    reportSnapshots: [
      reportDoc.parse({ year: 2023, formatVersion: '2021', finalisedAt: '2024-01-20T02:00:00.000Z' }),
    ],
    audit: [
      auditEntry.parse({
        id: 1,
        at: at(base),
        actor: '测试员',
        store: 'requests',
        recordId: 'r-1',
        action: 'create',
        before: null,
        after: { applicantName: '测试申请人甲' },
      }),
    ],
    // One issued 答复书 per request (issue 15): backups must carry the text as issued.
    letters: Array.from({ length: size.requests }, (_, i) =>
      letterSchema.parse({
        id: `l-${i + 1}`,
        createdAt: at(base),
        updatedAt: at(base),
        requestId: `r-${i + 1}`,
        type: 'answer',
        status: 'issued',
        number: `测答〔2024〕${i + 1}号`,
        title: '测试市测试局政府信息公开申请答复书',
        addressee: '测试申请人',
        paragraphs: ['本机关于2024年收到你提交的政府信息公开申请（测试）。'],
        legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
        remedy: '你如对本答复不服，可以……（测试）',
        closing: '特此告知。',
        signer: '测试市测试局',
        facts: { outcome: 'disclose' },
        issuedDate: addDays(dayOf(i), 10),
        delivery: { method: 'inPerson', date: addDays(dayOf(i), 10) },
        eventId: `e-${i + 1}`,
      }),
    ),
  };
}

/** Not re-validated (buildInterchange would parse every record again: too slow for the benchmark). */
export function sampleDocument(
  size?: SampleSize,
  exportedAt = '2025-01-15T08:00:00.000Z',
): InterchangeDocument {
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    appVersion: '0.1.0',
    schemaVersion: 1,
    exportedAt,
    stores: sampleStores(size),
  };
}
