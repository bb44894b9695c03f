import { z } from 'zod';
import { REGISTERS, type RegisterName } from '../model/records';
import { type ColumnMapping, normaliseHeader, suggestMapping } from './header';
import type { ValueOverrides } from './values';
import { normaliseValue } from './values';

/**
 * A saved import setup ("our office's 台账 layout"): plain JSON, stored by the renderer and reused
 * next month. Columns are keyed by normalised header text so a re-ordered sheet still maps.
 */
export const importPreset = z.object({
  version: z.literal(1),
  register: z.enum(REGISTERS),
  name: z.string().trim().min(1).max(100),
  /** normalised header → field key */
  columns: z.record(z.string(), z.string()),
  /** field key → (normalised cell text → code) */
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** field key → value used when the column is absent or the cell blank (e.g. applicantType 'natural'). */
  defaults: z.record(z.string(), z.string()).default({}),
});
export type ImportPreset = z.infer<typeof importPreset>;

/** What one import run needs besides the sheet. */
export interface ImportSetup {
  register: RegisterName;
  /** 0-based header row; data starts on the next row. */
  headerRow: number;
  mapping: ColumnMapping;
  values: Record<string, ValueOverrides>;
  defaults: Record<string, string>;
}

export function presetFromSetup(name: string, headers: readonly string[], setup: ImportSetup): ImportPreset {
  const columns: Record<string, string> = {};
  setup.mapping.forEach((field, col) => {
    const h = normaliseHeader(headers[col] ?? '');
    if (field && h !== '') columns[h] = field;
  });
  return {
    version: 1,
    register: setup.register,
    name,
    columns,
    values: Object.fromEntries(Object.entries(setup.values).map(([f, m]) => [f, { ...m }])),
    defaults: { ...setup.defaults },
  };
}

/**
 * Applies a preset to a sheet's headers: a header the preset knows takes its field; others keep the
 * automatic suggestion unless that field is already taken.
 */
export function mappingFromPreset(preset: ImportPreset, headers: readonly string[]): ColumnMapping {
  const suggested = suggestMapping(preset.register, headers);
  const mapping: ColumnMapping = headers.map((h) => preset.columns[normaliseHeader(h)] ?? null);
  const taken = new Set(mapping.filter((f): f is string => f !== null));
  suggested.forEach((field, col) => {
    const h = normaliseHeader(headers[col] ?? '');
    if (mapping[col] === null && field && !taken.has(field) && !(h in preset.columns)) {
      mapping[col] = field;
      taken.add(field);
    }
  });
  return mapping;
}

/** Records the officer's choice for one cell text (the wizard's value step). */
export function withValueOverride(
  values: Record<string, ValueOverrides>,
  field: string,
  raw: string,
  code: string | null,
): Record<string, ValueOverrides> {
  const current = { ...(values[field] ?? {}) };
  const k = normaliseValue(raw);
  if (code === null) delete current[k];
  else current[k] = code;
  return { ...values, [field]: current };
}
