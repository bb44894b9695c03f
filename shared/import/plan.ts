import {
  appealInput,
  consultationInput,
  publicationInput,
  type RegisterName,
  type RegisterRecord,
  requestInput,
} from '../model/records';
import { DuplicateIndex, type DuplicateOf, duplicateKey } from './duplicates';
import type { ImportSetup } from './preset';
import {
  classifyRow,
  columnsByField,
  extractRow,
  type FieldValue,
  type RowWarning,
  type SkipReason,
} from './rows';
import { valueMapper } from './values';
import type { SheetRows } from './cells';

/**
 * Sheet rows → ready-to-store records, with every row that will not be stored and why. Nothing is
 * stored here: the renderer writes `accepted` in one transaction (all good rows, or none).
 */

export interface ImportContext {
  /** Id generator for records and request events (the renderer passes crypto.randomUUID). */
  newId: () => string;
  /** ISO instant stamped as createdAt/updatedAt. */
  now: string;
  /** Records already stored in this register, for duplicate detection. */
  existing: readonly Record<string, unknown>[];
  /** Appeals: 关联申请编号 → request id. */
  requestIdsBySerial?: ReadonlyMap<string, string>;
}

/** Row numbers are the spreadsheet's own (1-based), as the officer sees them in Excel. */
export interface RowFailure {
  row: number;
  field: string | null;
  /** The column header the field came from, if mapped. */
  header: string | null;
  /** i18n key (`import.error.*`, `validation.*`; `validation.tooLong:300` carries its limit). */
  reason: string;
  value: string;
}
export interface SkippedRow {
  row: number;
  reason: SkipReason;
}
export interface DuplicateRow {
  row: number;
  of: DuplicateOf;
}
export interface AcceptedRow<R> {
  row: number;
  record: R;
  warnings: RowWarning[];
}

export interface ImportPlan<R> {
  register: RegisterName;
  /** Rows after the header that were looked at. */
  scanned: number;
  accepted: AcceptedRow<R>[];
  /** One entry per problem; a row can have several. */
  failures: RowFailure[];
  failedRows: number;
  skipped: SkippedRow[];
  duplicates: DuplicateRow[];
}

const SCHEMAS = {
  publications: publicationInput,
  requests: requestInput,
  consultations: consultationInput,
  appeals: appealInput,
} as const;

type Issue = { field: string; reason: string; value: string };

function definedOnly(values: Record<string, FieldValue>, omit: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && !omit.includes(k)) out[k] = v;
  return out;
}

/** The register's input object from the extracted field values (request answers become an event). */
function assemble(
  register: RegisterName,
  values: Record<string, FieldValue>,
  ctx: ImportContext,
): { input: Record<string, unknown>; issues: Issue[] } {
  const issues: Issue[] = [];
  if (register === 'requests') {
    const input = definedOnly(values, ['outcome', 'answeredDate']);
    const outcome = values.outcome;
    const answered = values.answeredDate;
    if (outcome && !answered)
      issues.push({ field: 'answeredDate', reason: 'import.error.answerDateRequired', value: '' });
    if (answered && !outcome)
      issues.push({ field: 'outcome', reason: 'import.error.outcomeRequired', value: '' });
    if (outcome && answered)
      input.events = [{ id: ctx.newId(), type: 'answered', date: answered, outcome, note: '' }];
    return { input, issues };
  }
  if (register === 'appeals') {
    const input = definedOnly(values, ['requestSerial']);
    const serial = values.requestSerial;
    if (typeof serial === 'string') {
      const id = ctx.requestIdsBySerial?.get(serial.trim());
      if (id) input.requestId = id;
      else
        issues.push({ field: 'requestSerial', reason: 'import.error.unknownRequestSerial', value: serial });
    }
    return { input, issues };
  }
  return { input: definedOnly(values, []), issues };
}

function fieldOfPath(path: readonly PropertyKey[]): string {
  // A request's answer event reports on the columns it came from.
  if (path[0] === 'events') return path[2] === 'outcome' ? 'outcome' : 'answeredDate';
  return String(path[0] ?? '');
}

export interface ImportProgress {
  done: number;
  total: number;
}

const CHUNK = 500;

/**
 * The import plan, computed in chunks: each `yield` lets the UI paint a progress bar. Run it to the
 * end with `planImport` when nothing needs to be painted.
 */
export function* planImportSteps<N extends RegisterName>(
  rows: SheetRows,
  setup: ImportSetup & { register: N },
  headers: readonly string[],
  ctx: ImportContext,
): Generator<ImportProgress, ImportPlan<RegisterRecord[N]>, void> {
  const { register } = setup;
  const schema = SCHEMAS[register];
  const byField = columnsByField(setup.mapping);
  const headerOf = (field: string) => {
    const col = byField.get(field);
    return col === undefined ? null : (headers[col] ?? null);
  };
  const mapper = valueMapper(setup.values);
  const dupes = new DuplicateIndex(register, ctx.existing);
  const plan: ImportPlan<RegisterRecord[N]> = {
    register,
    scanned: 0,
    accepted: [],
    failures: [],
    failedRows: 0,
    skipped: [],
    duplicates: [],
  };
  const first = setup.headerRow + 1;
  const total = Math.max(rows.length - first, 0);
  for (let r = first; r < rows.length; r++) {
    const rowNumber = r + 1;
    const row = rows[r] ?? [];
    plan.scanned++;
    const skip = classifyRow(row);
    if (skip) {
      plan.skipped.push({ row: rowNumber, reason: skip });
    } else {
      const extracted = extractRow(register, row, byField, setup.defaults, mapper);
      const { input, issues } = assemble(register, extracted.values, ctx);
      const all: Issue[] = [...extracted.issues];
      for (const i of issues) if (!all.some((a) => a.field === i.field)) all.push(i);
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        for (const zi of parsed.error.issues) {
          const field = fieldOfPath(zi.path);
          if (all.some((i) => i.field === field)) continue;
          const reason = zi.message.startsWith('validation.') ? zi.message : 'import.error.invalidValue';
          const v = extracted.values[field];
          all.push({ field, reason, value: Array.isArray(v) ? v.join('、') : (v ?? '') });
        }
      }
      if (all.length > 0 || !parsed.success) {
        plan.failedRows++;
        for (const i of all) plan.failures.push({ row: rowNumber, header: headerOf(i.field), ...i });
      } else {
        const record = {
          ...parsed.data,
          id: ctx.newId(),
          createdAt: ctx.now,
          updatedAt: ctx.now,
          deletedAt: null,
        } as unknown as RegisterRecord[N];
        const dup = dupes.check(record as unknown as Record<string, unknown>, rowNumber);
        if (dup) plan.duplicates.push({ row: rowNumber, of: dup });
        else plan.accepted.push({ row: rowNumber, record, warnings: extracted.warnings });
      }
    }
    if (plan.scanned % CHUNK === 0) yield { done: plan.scanned, total };
  }
  return plan;
}

export function planImport<N extends RegisterName>(
  rows: SheetRows,
  setup: ImportSetup & { register: N },
  headers: readonly string[],
  ctx: ImportContext,
): ImportPlan<RegisterRecord[N]> {
  const steps = planImportSteps(rows, setup, headers, ctx);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export { duplicateKey };
