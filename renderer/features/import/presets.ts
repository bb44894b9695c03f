import { type ImportPreset, importPreset } from '../../../shared/import';
import type { RegisterName } from '../../../shared/model';

/**
 * Saved import presets ("our office's 台账 layout"), kept in this browser profile's localStorage:
 * they are a convenience, not records, so they stay out of the database and its backups. A preset
 * that no longer parses is dropped rather than breaking the wizard.
 */
const KEY = 'disclosure-desk.importPresets';

export function loadPresets(register?: RegisterName): ImportPreset[] {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const presets = raw.flatMap((p) => {
    const parsed = importPreset.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
  return register ? presets.filter((p) => p.register === register) : presets;
}

/** Saves (or replaces, by register + name) a preset. */
export function savePreset(preset: ImportPreset): void {
  const others = loadPresets().filter((p) => !(p.register === preset.register && p.name === preset.name));
  localStorage.setItem(KEY, JSON.stringify([...others, preset]));
}

export function deletePreset(register: RegisterName, name: string): void {
  const kept = loadPresets().filter((p) => !(p.register === register && p.name === name));
  localStorage.setItem(KEY, JSON.stringify(kept));
}
