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

/**
 * Shows repository validation issues next to their fields. Issues whose path is not a field in the
 * form are returned so the caller can show them in a banner (nothing is swallowed).
 */
export function applyIssues(form: FormInstance, issues: FieldIssue[], t: TFunction): string[] {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  for (const issue of issues) {
    const text = translateIssue(t, issue.message);
    if (issue.path.length === 0 || !registered.has(issue.path.join('.'))) {
      const name = issue.path.length ? `${issue.path.join('.')}: ` : '';
      unplaced.push(`${name}${text}`);
      if (issue.path.length === 0) continue;
    }
    const key = issue.path.join('.');
    const entry = byField.get(key) ?? { name: issue.path, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map((f) => ({ name: f.name, errors: f.errors })));
  return unplaced;
}
