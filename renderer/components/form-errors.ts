import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../db/repositories/errors';

/** Translates a validation key such as `validation.tooLong:300` into the UI language. */
export function translateIssue(t: TFunction, message: string): string {
  const [key, param] = message.split(':');
  return t(`common:${key}`, { n: param });
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
