import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectHeaderRow, type ImportSetup, planImport } from '../../../shared/import';
import { readWorkbook } from '../../../shared/import/workbook';
import { monthOf } from '../../../shared/model/dates';
import { PUBLICATION_MONTHS_2024, publicationItems2024 } from '../../fixtures/import/make-fixtures';

const dir = join(import.meta.dirname, '../../fixtures/import');
const load = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const NOW = '2025-01-10T02:00:00.000Z';
let seq = 0;
const newId = () => `fx-${++seq}`;

function planFor<N extends ImportSetup['register']>(
  register: N,
  file: string,
  extra: Partial<ImportSetup> = {},
) {
  const wb = readWorkbook(load(file), {
    fileName: file,
    decodeLegacy: (b) => new TextDecoder('gb18030').decode(b),
  });
  const sheet = wb.sheet(wb.sheetNames[0] as string);
  const guess = detectHeaderRow(register, sheet.rows);
  const setup = {
    register,
    headerRow: guess.row,
    mapping: guess.mapping,
    values: {},
    defaults: {},
    ...extra,
  } as ImportSetup & {
    register: N;
  };
  return {
    wb,
    sheet,
    guess,
    plan: planImport(sheet.rows, setup, guess.headers, { newId, now: NOW, existing: [] }),
  };
}

describe('publications-2024.xlsx', () => {
  const { wb, sheet, guess, plan } = planFor('publications', 'publications-2024.xlsx');

  it('lists both sheets and finds the header under the merged title rows', () => {
    expect(wb.sheetNames).toEqual(['2024年台账', '说明']);
    expect(sheet.merges.length).toBe(3);
    expect(guess.row).toBe(3);
    expect(guess.mapping).toEqual([
      null,
      'title',
      'formedDate',
      'publishedDate',
      'docNumber',
      'category',
      'channels',
      'column',
      null,
    ]);
  });

  it('imports the 74 good rows with their month spread, and never the 合计 row', () => {
    expect(plan.accepted).toHaveLength(74);
    const perMonth = Array.from(
      { length: 12 },
      (_, i) => plan.accepted.filter((a) => monthOf(a.record.publishedDate ?? '') === i + 1).length,
    );
    expect(perMonth).toEqual(PUBLICATION_MONTHS_2024);
    expect(
      plan.accepted.some((a) => a.record.title.includes('合计') || a.record.category.includes('共')),
    ).toBe(false);
    expect(plan.skipped.filter((s) => s.reason === 'totals')).toHaveLength(1);
    expect(plan.skipped.filter((s) => s.reason === 'note')).toHaveLength(1);
    expect(plan.skipped.filter((s) => s.reason === 'blank').length).toBeGreaterThanOrEqual(4);
  });

  it('reads every date form in the sheet (date cells, serials, text forms) to the intended day', () => {
    expect(
      plan.accepted.map((a) => ({
        title: a.record.title,
        formedDate: a.record.formedDate,
        publishedDate: a.record.publishedDate,
      })),
    ).toEqual(publicationItems2024());
  });

  it('reports the 4 failing rows with reasons and the duplicate', () => {
    expect(plan.failedRows).toBe(4);
    expect(plan.failures.map((f) => [f.field, f.reason])).toEqual([
      ['title', 'import.error.required'],
      ['formedDate', 'import.error.badDate'],
      ['publishedDate', 'validation.publishedBeforeFormed'],
      ['channels', 'import.error.unknownValue'],
    ]);
    expect(plan.duplicates).toHaveLength(1);
  });

  it('imports the 电子显示屏 row once the officer maps the word', () => {
    const fixed = planFor('publications', 'publications-2024.xlsx', {
      values: { channels: { 电子显示屏: 'other' } },
    }).plan;
    expect(fixed.accepted).toHaveLength(75);
    expect(fixed.accepted.at(-1)?.record.channels).toEqual(['other']);
  });
});

describe('requests-2024.xls (old Excel format, two-row header)', () => {
  const { guess, plan } = planFor('requests', 'requests-2024.xls');

  it('maps the lower header row with the merged cells above it', () => {
    expect(guess.row).toBe(2);
    expect(guess.mapping).toEqual([
      'serial',
      'applicantName',
      'applicantType',
      'applicantContact',
      'channel',
      'receivedDate',
      'content',
      'outcome',
      'answeredDate',
      null,
    ]);
  });

  it('imports 22 requests, refuses the two bare 不予公开, skips the 合计 row', () => {
    expect(plan.accepted).toHaveLength(22);
    expect(plan.failures.map((f) => [f.row, f.value, f.reason])).toEqual([
      [10, '不予公开', 'import.error.ambiguousValue'],
      [22, '不予公开', 'import.error.ambiguousValue'],
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['blank', 'totals']);
    const pending = plan.accepted.filter((a) => a.record.events.length === 0).map((a) => a.record.serial);
    expect(pending).toEqual(['2024-023', '2024-024']);
  });
});

describe('consultations-2024.csv (GBK)', () => {
  const { wb, plan } = planFor('consultations', 'consultations-2024.csv');
  it('decodes GBK and imports 36 rows, 3 per month, without the 合计 line', () => {
    expect(wb.encoding).toBe('gb18030');
    expect(plan.accepted).toHaveLength(36);
    expect(plan.failures).toEqual([]);
    expect(plan.accepted[0]?.record).toMatchObject({
      date: '2024-01-03',
      channel: 'phone',
      asker: '测试群众1号',
    });
    expect(plan.skipped.filter((s) => s.reason === 'totals')).toHaveLength(1);
  });
});

describe('appeals-2024.xlsx', () => {
  it('imports the four cases with kinds and results mapped', () => {
    const wb = readWorkbook(load('appeals-2024.xlsx'));
    const rows = wb.sheet('Sheet1').rows;
    const g = detectHeaderRow('appeals', rows);
    const mapping = g.mapping.map((f) => (f === 'requestSerial' ? null : f));
    const full = planImport(
      rows,
      { register: 'appeals', headerRow: g.row, mapping, values: {}, defaults: {} },
      g.headers,
      {
        newId,
        now: NOW,
        existing: [],
      },
    );
    expect(full.accepted.map((a) => [a.record.kind, a.record.result, a.record.closedDate])).toEqual([
      ['review', 'upheld', '2024-05-10'],
      ['suitAfterReview', 'pending', null],
      ['suitDirect', 'corrected', '2024-11-02'],
      ['review', 'upheld', '2024-12-01'],
    ]);
  });
});
