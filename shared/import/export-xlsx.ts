import { answerOf, type RegisterName, type RegisterRecord } from '../model/records';
import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_TYPES,
  CONSULTATION_CHANNELS,
  DOC_KINDS,
  labelOf,
  OUTCOMES,
  PUBLICATION_CHANNELS,
  REQUEST_CHANNELS,
  VALIDITIES,
} from '../model/taxonomy';
import { IMPORT_FIELDS, type VocabName } from './fields';
import { SHEET_NAMES } from './sheet-names';
import { dateToExcelSerial } from './import-dates';
import { addListSheet } from '../xlsx/list-sheet';
import { newWorkbook, type Workbook, xlsxBytes } from '../xlsx/style';

/**
 * A register back to .xlsx, with the same Chinese headers the importer recognises: the officer can
 * keep working in Excel and bring the sheet back. Dates are real date cells (sortable in Excel).
 * Written with ExcelJS (styles, print setup); reading imports stays with SheetJS (workbook.ts).
 */

const LABELS: Record<VocabName, readonly { code: string; zh: string }[]> = {
  publicationChannel: PUBLICATION_CHANNELS,
  docKind: DOC_KINDS,
  validity: VALIDITIES,
  applicantType: APPLICANT_TYPES,
  requestChannel: REQUEST_CHANNELS,
  requestForm: [
    { code: 'paper', zh: '纸质' },
    { code: 'electronic', zh: '电子' },
  ],
  outcome: OUTCOMES,
  consultationChannel: CONSULTATION_CHANNELS,
  appealKind: APPEAL_KINDS,
  appealResult: APPEAL_RESULTS,
};

export interface ExportOptions {
  /** Appeals: request id → 编号, so 关联申请编号 reads as the officer knows it. */
  requestSerials?: ReadonlyMap<string, string>;
}

/** The raw value of one field for export (codes, not labels yet). */
function rawValue(
  register: RegisterName,
  record: Record<string, unknown>,
  key: string,
  opts: ExportOptions,
): unknown {
  if (register === 'requests' && (key === 'outcome' || key === 'answeredDate')) {
    const answer = answerOf(record as unknown as RegisterRecord['requests']);
    if (!answer) return null;
    return key === 'outcome' ? answer.outcome : answer.date;
  }
  if (register === 'appeals' && key === 'requestSerial') {
    const id = record.requestId;
    return typeof id === 'string' ? (opts.requestSerials?.get(id) ?? '') : '';
  }
  return record[key];
}

type FieldKind = (typeof IMPORT_FIELDS)[RegisterName][number]['kind'];

/** A cell's value: dates as Excel serial numbers (formatted yyyy-mm-dd, no time zone), labels as text. */
function toValue(kind: FieldKind, v: unknown): string | number {
  if (v === null || v === undefined || v === '') return '';
  switch (kind.type) {
    case 'date':
      return dateToExcelSerial(String(v));
    case 'enum':
      return labelOf(LABELS[kind.vocab], String(v));
    case 'enumList':
      return (v as string[]).map((c) => labelOf(LABELS[kind.vocab], c)).join('、');
    case 'text':
      return String(v);
  }
}

const WIDTH: Record<FieldKind['type'], number> = { date: 12, enum: 14, enumList: 18, text: 24 };

/**
 * The register as a workbook (header row + one row per record; trashed records are the caller's
 * to leave out), styled to print: A4 landscape fitted to the width, the header row repeated on
 * every page and frozen. The header stays in row 1 so the sheet imports back as it is.
 */
export function registerWorkbook<N extends RegisterName>(
  register: N,
  records: readonly RegisterRecord[N][],
  opts: ExportOptions = {},
): Workbook {
  const fields = IMPORT_FIELDS[register];
  const wb = newWorkbook('');
  addListSheet(wb, {
    name: SHEET_NAMES[register],
    title: null,
    landscape: true,
    columns: fields.map((f) => ({
      heading: f.zh,
      // Long free text (事由, 申请内容…) a little wider; a date column fits "2025-12-31".
      width:
        f.kind.type === 'text' && /内容|摘要|概述|事由|说明|备注|标题|名称/.test(f.zh)
          ? 30
          : WIDTH[f.kind.type],
      kind: f.kind.type === 'date' ? 'date' : f.kind.type === 'text' ? 'text' : 'value',
    })),
    rows: records.map((r) => {
      const rec = r as unknown as Record<string, unknown>;
      return fields.map((f) => toValue(f.kind, rawValue(register, rec, f.key, opts)));
    }),
  });
  return wb;
}

export function exportRegisterXlsx<N extends RegisterName>(
  register: N,
  records: readonly RegisterRecord[N][],
  opts: ExportOptions = {},
): Promise<Uint8Array> {
  return xlsxBytes(registerWorkbook(register, records, opts));
}
