import { describe, expect, it } from 'vitest';
import { sampleStores } from '../backup/sample-data';
import { appealSchema, type AuditEntry, consultationSchema, letterSchema, requestSchema } from '../model';
import { anonymiseStores } from './anonymise';
import {
  ANONYMISED_TEXT,
  holdsPersonalData,
  recordHoldsPersonalData,
  scrubAuditRow,
  scrubRecord,
} from './personal-fields';

const now = '2031-03-01T02:00:00.000Z';
const meta = { createdAt: now, updatedAt: now };

const request = requestSchema.parse({
  ...meta,
  id: 'r-9',
  serial: '2020-009',
  applicantType: 'natural',
  applicantName: '张三',
  applicantContact: '138-0000-0000',
  applicantIdNumber: 'FAKE-ID-0000-0001',
  applicantAddress: '测试路1号',
  channel: 'post',
  submittedDate: '2020-01-02',
  receivedDate: '2020-01-03',
  content: '张三家的测试房屋征收补偿决定',
  events: [
    {
      id: 'c',
      type: 'consultationSent',
      date: '2020-01-06',
      party: 'thirdParty',
      partyName: '李四',
      note: '电话联系李四',
    },
    { id: 'g', type: 'consultationSent', date: '2020-01-06', party: 'agency', partyName: '测试县测试局' },
    { id: 'a', type: 'answered', date: '2020-01-20', outcome: 'disclose', note: '已寄给张三' },
  ],
});

const audit = (id: number, store: string, recordId: string, action: AuditEntry['action'], value: unknown) =>
  ({ id, at: now, actor: '测试员', store, recordId, action, before: null, after: value }) as AuditEntry;

describe('what counts as personal data, and how it is removed', () => {
  it('scrubs a request: applicant, content, event notes and a private third party; keeps the rest', () => {
    const scrubbed = scrubRecord('requests', request);
    expect(scrubbed).toMatchObject({
      applicantName: ANONYMISED_TEXT,
      applicantContact: '',
      applicantIdNumber: '',
      applicantAddress: '',
      content: ANONYMISED_TEXT,
      serial: '2020-009',
      applicantType: 'natural',
      receivedDate: '2020-01-03',
    });
    expect(scrubbed.events.map((e) => [e.type, e.note, 'partyName' in e ? e.partyName : null])).toEqual([
      ['consultationSent', '', ''],
      ['consultationSent', '', '测试县测试局'], // another agency is not a private person
      ['answered', '', null],
    ]);
    expect(JSON.stringify(scrubbed)).not.toMatch(/张三|李四|138|1101/);
    // Still a valid record, and scrubbing again changes nothing.
    expect(requestSchema.safeParse(scrubbed).success).toBe(true);
    expect(scrubRecord('requests', scrubbed)).toBe(scrubbed);
    expect(recordHoldsPersonalData('requests', scrubbed)).toBe(false);
  });

  it('scrubs a consultation’s asker and an appeal’s notes only', () => {
    const c = consultationSchema.parse({
      ...meta,
      id: 'c',
      date: '2020-01-02',
      channel: 'phone',
      topic: '测试',
      asker: '王五 138-0000-0000',
    });
    expect(scrubRecord('consultations', c)).toEqual({ ...c, asker: '' });
    const a = appealSchema.parse({
      ...meta,
      id: 'a',
      kind: 'review',
      filedDate: '2020-02-01',
      caseNumber: '测复〔2020〕1号',
      note: '申请人张三',
    });
    expect(scrubRecord('appeals', a)).toEqual({ ...a, note: '' });
    expect(scrubRecord('publications', { title: '张三' })).toEqual({ title: '张三' });
  });

  it('scrubAuditRow rewrites only before/after and returns the same row when there is nothing to remove', () => {
    const row: AuditEntry = {
      ...audit(7, 'requests', 'r-9', 'update', request),
      before: { applicantIdNumber: 'FAKE-ID-0000-0001', serial: 'x' },
    };
    const scrubbed = scrubAuditRow(row);
    expect(scrubbed).toEqual({
      ...row,
      before: { applicantIdNumber: '', serial: 'x' },
      after: scrubRecord('requests', request),
    });
    expect(scrubAuditRow(scrubbed)).toBe(scrubbed);
    const settingsRow = audit(8, 'settings', 'app', 'update', { profile: { officerName: '测试员' } });
    expect(scrubAuditRow(settingsRow)).toBe(settingsRow);
  });

  it('holdsPersonalData sees an ID number left in the audit log of a purged request (issue 14 item 2)', () => {
    const empty = { requests: [], consultations: [], appeals: [], audit: [] };
    expect(holdsPersonalData(empty)).toBe(false);
    expect(holdsPersonalData({ ...empty, audit: [audit(1, 'requests', 'gone', 'purge', request)] })).toBe(
      true,
    );
    expect(
      holdsPersonalData({
        ...empty,
        consultations: [
          consultationSchema.parse({
            ...meta,
            id: 'c',
            date: '2020-01-02',
            channel: 'phone',
            topic: '测试',
            asker: '王五',
          }),
        ],
      }),
    ).toBe(true);
    const scrubbed = scrubRecord('requests', request);
    expect(
      holdsPersonalData({
        ...empty,
        requests: [scrubbed],
        audit: [audit(1, 'requests', 'r-9', 'create', scrubbed)],
      }),
    ).toBe(false);
  });
});

describe('retention covers records no longer stored (issue 14 item 1)', () => {
  const purgedRows = [
    audit(1, 'requests', 'gone', 'create', request),
    { ...audit(2, 'requests', 'gone', 'purge', null), before: request },
    audit(3, 'requests', 'gone', 'anonymise', { anonymisedAt: now }),
  ];

  it('scrubs the audit rows of a purged request, even with the setting off, and says which rows', () => {
    const stores = { requests: [], consultations: [], appeals: [], audit: purgedRows };
    const result = anonymiseStores(stores, { afterYears: null, today: '2031-03-01', now });
    expect(result.records).toEqual([
      { store: 'requests', id: 'gone', auditRowsRewritten: [1, 2], purged: true },
    ]);
    expect(JSON.stringify(result.stores.audit)).not.toMatch(/张三|李四|1101/);
    expect(result.stores.audit[2]).toBe(purgedRows[2]);
    // Nothing more the second time.
    expect(anonymiseStores(result.stores, { afterYears: null, today: '2031-03-01', now }).records).toEqual(
      [],
    );
  });

  it('leaves the audit rows of a live request within the retention period alone', () => {
    const stores = {
      requests: [request],
      consultations: [],
      appeals: [],
      audit: [audit(1, 'requests', 'r-9', 'create', request)],
    };
    const result = anonymiseStores(stores, { afterYears: 20, today: '2031-03-01', now });
    expect(result.records).toEqual([]);
    expect(result.stores).toBe(stores);
  });

  it('anonymises consultations and closed appeals past the period, with their audit rows', () => {
    const { consultations, appeals } = sampleStores({
      publications: 0,
      requests: 0,
      consultations: 1,
      appeals: 1,
    });
    const c = { ...consultations[0]!, asker: '王五' };
    const a = {
      ...appeals[0]!,
      note: '申请人张三',
      result: 'upheld' as const,
      closedDate: appeals[0]!.filedDate,
    };
    const stores = {
      requests: [],
      consultations: [c],
      appeals: [a],
      audit: [audit(5, 'consultations', c.id, 'create', c)],
    };
    const result = anonymiseStores(stores, { afterYears: 1, today: '2031-03-01', now });
    expect(result.stores.consultations[0]?.asker).toBe('');
    expect(result.stores.appeals[0]?.note).toBe('');
    expect(result.records.map((r) => [r.store, r.auditRowsRewritten])).toEqual([
      ['consultations', [5]],
      ['appeals', []],
    ]);
  });
});

describe('letters of a request (v5) go with their request', () => {
  const letter = letterSchema.parse({
    ...meta,
    id: 'l-1',
    requestId: 'r-9',
    type: 'correction',
    number: '测补〔2020〕1号',
    addressee: '张三',
    paragraphs: ['张三：你于2020年1月2日提出的测试申请……', '请补正。'],
    legalBasis: '《中华人民共和国政府信息公开条例》第三十条',
    facts: { party: 'thirdParty', partyName: '李四' },
  });

  it('scrubs addressee, body and a private third party; keeps 文号, type and legal basis', () => {
    const scrubbed = scrubRecord('letters', letter);
    expect(scrubbed).toMatchObject({
      addressee: '',
      paragraphs: [ANONYMISED_TEXT],
      number: '测补〔2020〕1号',
      type: 'correction',
      legalBasis: letter.legalBasis,
    });
    expect(scrubbed.facts.partyName).toBe('');
    expect(letterSchema.safeParse(scrubbed).success).toBe(true);
    expect(scrubRecord('letters', scrubbed)).toBe(scrubbed);
  });

  it('are anonymised with their request, and when the request is gone', () => {
    const stores = { requests: [request], consultations: [], appeals: [], letters: [letter], audit: [] };
    const result = anonymiseStores(stores, { afterYears: 5, today: '2031-03-01', now });
    expect(result.stores.letters?.[0]?.addressee).toBe('');
    expect(result.records.map((r) => r.store).sort()).toEqual(['letters', 'requests']);
    const orphan = anonymiseStores(
      { ...stores, requests: [] },
      { afterYears: null, today: '2031-03-01', now },
    );
    expect(orphan.stores.letters?.[0]?.addressee).toBe('');
    expect(holdsPersonalData({ ...stores, requests: [] })).toBe(true);
  });
});
