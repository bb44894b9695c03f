import type { TFunction } from 'i18next';
import { placeholderText } from '../../../shared/letters';

/**
 * A fault of the 文号规则 in words (`letters:pattern.<code>`, naming the placeholder as typed), never
 * its code: under the field in 设置 → 文书, and in an issue refused for it.
 */
export function patternFaultText(t: TFunction, fault: { code: string; name?: string }): string {
  return t(`pattern.${fault.code}`, { name: placeholderText(fault.name) });
}
