import type { TFunction } from 'i18next';
import { translateIssue } from '../../components/form-errors';

/**
 * A reason key from shared/import in the UI language: `import.error.*` / `import.warning.*` live in
 * this feature's namespace, `validation.*` (from the record schemas) in common.
 */
export function reasonText(t: TFunction, reason: string): string {
  if (reason.startsWith('import.')) return t(`import:${reason.slice('import.'.length)}`);
  return translateIssue(t, reason);
}

/** "A", "B", … "AA": the column letters the officer sees in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
