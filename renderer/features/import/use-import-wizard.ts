import { useState } from 'react';
import {
  type ColumnMapping,
  detectHeaderRow,
  headerNames,
  type ImportPreset,
  type ImportSetup,
  type LoadedWorkbook,
  mappingFromPreset,
  type SheetRows,
  suggestMapping,
  type ValueOverrides,
  withValueOverride,
} from '../../../shared/import';
import type { RegisterName } from '../../../shared/model';

/**
 * The spreadsheet reader (SheetJS, 360 kB), loaded when a file is chosen rather than with the page
 * (issue 17: the import page's first visit loaded and compiled it before drawing a button). FileStep
 * begins loading it as the officer clicks 选择文件, while the file dialog is open.
 */
export const loadReader = () => import('../../../shared/import/workbook');

/**
 * The wizard's state: the file, the sheet, where its header is, and the officer's choices. Kept
 * in one object so "back" never loses a choice.
 */
export interface WizardState {
  register: RegisterName;
  fileName: string | null;
  workbook: LoadedWorkbook | null;
  sheetName: string | null;
  rows: SheetRows;
  headerRow: number;
  autoHeaderRow: number;
  headers: string[];
  mapping: ColumnMapping;
  values: Record<string, ValueOverrides>;
  defaults: Record<string, string>;
}

const empty = (register: RegisterName): WizardState => ({
  register,
  fileName: null,
  workbook: null,
  sheetName: null,
  rows: [],
  headerRow: 0,
  autoHeaderRow: 0,
  headers: [],
  mapping: [],
  values: {},
  defaults: {},
});

/** Excel on Chinese Windows saves CSV in GBK; gb18030 is its superset. */
const decodeLegacy = (bytes: Uint8Array) => new TextDecoder('gb18030').decode(bytes);

function withSheet(s: WizardState, sheetName: string): WizardState {
  if (!s.workbook) return s;
  const rows = s.workbook.sheet(sheetName).rows;
  const guess = detectHeaderRow(s.register, rows);
  return {
    ...s,
    sheetName,
    rows,
    headerRow: guess.row,
    autoHeaderRow: guess.row,
    headers: guess.headers,
    mapping: guess.mapping,
  };
}

export function useImportWizard(initialRegister: RegisterName) {
  const [state, setState] = useState<WizardState>(() => empty(initialRegister));

  return {
    state,
    setup(): ImportSetup {
      return {
        register: state.register,
        headerRow: state.headerRow,
        mapping: state.mapping,
        values: state.values,
        defaults: state.defaults,
      };
    },
    reset(register: RegisterName = state.register) {
      setState(empty(register));
    },
    setRegister(register: RegisterName) {
      setState((s) => {
        const next = { ...s, register, values: {}, defaults: {} };
        return s.sheetName ? withSheet(next, s.sheetName) : next;
      });
    },
    /** Rejects with WorkbookError (code empty/unreadable/legacyEncodingUnavailable) for the caller to show. */
    async loadFile(fileName: string, bytes: Uint8Array) {
      const { readWorkbook } = await loadReader();
      const workbook = readWorkbook(bytes, { fileName, decodeLegacy });
      setState((s) => {
        const base = { ...empty(s.register), fileName, workbook };
        // The first sheet with rows is the register in nearly every office file.
        const first =
          workbook.sheetNames.find((n) => workbook.sheet(n).rows.length > 0) ?? workbook.sheetNames[0];
        return first ? withSheet(base, first) : base;
      });
    },
    chooseSheet(sheetName: string) {
      setState((s) => withSheet(s, sheetName));
    },
    setHeaderRow(row: number) {
      setState((s) => {
        const headers = headerNames(s.rows, row);
        return { ...s, headerRow: row, headers, mapping: suggestMapping(s.register, headers) };
      });
    },
    setField(col: number, field: string | null) {
      setState((s) => {
        // A field feeds from one column: choosing it here releases it elsewhere.
        const mapping = s.mapping.map((f, i) => (i === col ? field : f === field ? null : f));
        return { ...s, mapping };
      });
    },
    applyPreset(preset: ImportPreset) {
      setState((s) => ({
        ...s,
        mapping: mappingFromPreset(preset, s.headers),
        values: preset.values,
        defaults: preset.defaults,
      }));
    },
    setValue(field: string, raw: string, code: string | null) {
      setState((s) => ({ ...s, values: withValueOverride(s.values, field, raw, code) }));
    },
    setDefault(field: string, value: string | null) {
      setState((s) => {
        const defaults = { ...s.defaults };
        if (value === null || value === '') delete defaults[field];
        else defaults[field] = value;
        return { ...s, defaults };
      });
    },
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
