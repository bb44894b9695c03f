import * as XLSX from '@e965/xlsx';
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
import { dateToExcelSerial } from './import-dates';

/**
 * A register back to .xlsx, with the same Chinese headers the importer recognises: the officer can
 * keep working in Excel and bring the sheet back. Dates are real date cells (sortable in Excel).
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

export const SHEET_NAMES: Record<RegisterName, string> = {
  publications: '主动公开',
  requests: '依申请公开',
  consultations: '咨询',
  appeals: '复议诉讼',
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

function toCell(kind: (typeof IMPORT_FIELDS)[RegisterName][number]['kind'], v: unknown): XLSX.CellObject {
  if (v === null || v === undefined || v === '') return { t: 's', v: '' };
  switch (kind.type) {
    case 'date':
      return { t: 'n', v: dateToExcelSerial(String(v)), z: 'yyyy-mm-dd' };
    case 'enum':
      return { t: 's', v: labelOf(LABELS[kind.vocab], String(v)) };
    case 'enumList':
      return { t: 's', v: (v as string[]).map((c) => labelOf(LABELS[kind.vocab], c)).join('、') };
    case 'text':
      return { t: 's', v: String(v) };
  }
}

/** The sheet's rows: header + one row per record (trashed records are the caller's to leave out). */
export function registerSheet<N extends RegisterName>(
  register: N,
  records: readonly RegisterRecord[N][],
  opts: ExportOptions = {},
): XLSX.WorkSheet {
  const fields = IMPORT_FIELDS[register];
  const aoa: XLSX.CellObject[][] = [fields.map((f) => ({ t: 's', v: f.zh }))];
  for (const r of records) {
    const rec = r as unknown as Record<string, unknown>;
    aoa.push(fields.map((f) => toCell(f.kind, rawValue(register, rec, f.key, opts))));
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!cols'] = fields.map((f) => ({ wch: f.kind.type === 'date' ? 12 : f.kind.type === 'text' ? 24 : 14 }));
  return ws;
}

export function exportRegisterXlsx<N extends RegisterName>(
  register: N,
  records: readonly RegisterRecord[N][],
  opts: ExportOptions = {},
): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, registerSheet(register, records, opts), SHEET_NAMES[register]);
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}
