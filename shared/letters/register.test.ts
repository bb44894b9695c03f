import { describe, expect, it } from 'vitest';
import { sampleStores } from '../backup/sample-data';
import { lateLetters, letterRegisterRows, registerColumns } from './register';
import { buildLetterRegisterWorkbook } from './register-xlsx';

describe('发文登记', () => {
  const stores = sampleStores({ publications: 0, requests: 3, consultations: 0, appeals: 0 });
  const rows = letterRegisterRows(stores.letters, stores.requests);

  it('one row per issued letter, by date, with request serial and applicant type; drafts left out', () => {
    const withDraft = [
      ...stores.letters,
      { ...stores.letters[0]!, id: 'd', status: 'draft' as const, number: null },
    ];
    expect(letterRegisterRows(withDraft, stores.requests)).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      number: '测答〔2024〕1号',
      typeZh: '政府信息公开申请答复书',
      serial: '2024-001',
      applicantType: '自然人',
      late: false,
    });
  });

  it('the .xlsx has no applicant names unless asked', async () => {
    expect(registerColumns(false).map((c) => c.zh)).not.toContain('申请人');
    const plain = buildLetterRegisterWorkbook(rows, { year: 2024, agencyName: '测试局', withNames: false });
    const text = JSON.stringify(plain.getWorksheet(1)?.getSheetValues());
    expect(text).toContain('测答〔2024〕1号');
    expect(text).not.toContain(stores.requests[0]!.applicantName);
    const named = buildLetterRegisterWorkbook(rows, { year: 2024, agencyName: '测试局', withNames: true });
    expect(JSON.stringify(named.getWorksheet(1)?.getSheetValues())).toContain(
      stores.requests[0]!.applicantName,
    );
    expect((await plain.xlsx.writeBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('late letters are counted by issue date in the period, drafts and on-time letters left out', () => {
    const base = stores.letters[0]!;
    const letters = [
      { ...base, late: true, type: 'answer' as const, issuedDate: '2025-04-02' },
      { ...base, late: true, type: 'correction' as const, issuedDate: '2025-12-31' },
      { ...base, late: true, type: 'answer' as const, issuedDate: '2026-01-02' },
      { ...base, late: false, type: 'answer' as const, issuedDate: '2025-05-06' },
      { ...base, late: true, status: 'draft' as const, number: null, issuedDate: '2025-06-01' },
    ];
    expect(lateLetters(letters, '2025-01-01', '2025-12-31')).toEqual({
      count: 2,
      byType: { answer: 1, correction: 1 },
    });
    expect(lateLetters(letters).count).toBe(3);
  });
});
