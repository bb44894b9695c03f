import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../db/repositories/errors';

/**
 * The two shapes of message key that shared/ produces: a namespaced key (`clock:workflow.extensionAfterDue`,
 * from the workflow rules) or a common key with an optional parameter after the colon
 * (`validation.tooLong:300`, from the zod schemas). A namespace has no dot; a common key always has one.
 */
export function parseMessageKey(message: string): { key: string; n?: string } {
  const namespaced = /^([A-Za-z]+):([A-Za-z][\w.]*)$/.exec(message);
  if (namespaced) return { key: `${namespaced[1]}:${namespaced[2]}` };
  const colon = message.indexOf(':');
  if (colon < 0) return { key: `common:${message}` };
  return { key: `common:${message.slice(0, colon)}`, n: message.slice(colon + 1) };
}

/** Translates a message key from shared/ (see parseMessageKey) into the UI language. */
export function translateIssue(t: TFunction, message: string): string {
  const { key, n } = parseMessageKey(message);
  return t(key, n === undefined ? {} : { n });
}

type Path = (string | number)[];

/**
 * How a form shows a record's issues when its fields are not the record's own (set by the form,
 * read by applyIssues): a list kept in another order than on screen (a request's steps are stored by
 * date, shown as entered), a value typed in other units (元 on screen, 分 in the record).
 */
export interface IssuePlacement {
  /** The form field that shows an issue at this record path (default: the same path). */
  fieldOf?: (path: Path) => Path;
  /** A label, in the UI language, for an issue no field on screen shows (default: none). */
  labelOf?: (field: Path) => string | undefined;
}

const placements = new WeakMap<FormInstance, IssuePlacement>();

/**
 * Tells applyIssues how this form places issues. A form's own hook (useRecordSubmit) applies them,
 * so the form registers its placement once rather than passing it to every caller.
 */
export function setIssuePlacement(form: FormInstance, placement: IssuePlacement): void {
  placements.set(form, placement);
}

/**
 * Shows repository validation issues next to their fields. Issues whose path is not a field in the
 * form are returned so the caller can show them in a banner (nothing is swallowed): with the
 * field's label when the form gives one, never with the record's internal path (`events.5.amountFen`
 * means nothing to an officer).
 */
export function applyIssues(
  form: FormInstance,
  issues: FieldIssue[],
  t: TFunction,
  placement: IssuePlacement = placements.get(form) ?? {},
): string[] {
  const byField = new Map<string, { name: Path; errors: string[] }>();
  const unplaced: string[] = [];
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  for (const issue of issues) {
    const text = translateIssue(t, issue.message);
    const field = issue.path.length === 0 ? [] : (placement.fieldOf?.(issue.path) ?? issue.path);
    const key = field.join('.');
    if (field.length === 0 || !registered.has(key)) {
      const label = field.length === 0 ? undefined : placement.labelOf?.(field);
      const line = label ? t('common:message.fieldProblem', { field: label, problem: text }) : text;
      if (!unplaced.includes(line)) unplaced.push(line);
      if (field.length === 0) continue;
    }
    const entry = byField.get(key) ?? { name: field, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map((f) => ({ name: f.name, errors: f.errors })));
  return unplaced;
}
