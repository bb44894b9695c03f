import type { TFunction } from 'i18next';
import type { PatternIssue } from '../../../shared/catalogue/index-pattern';

/**
 * An index-number or pattern issue in the officer's language (catalogue:errors.* / warnings.*).
 * A placeholder name is shown with its braces, as the officer types it.
 */
export function issueText(
  t: TFunction,
  issue: PatternIssue<string>,
  group: 'errors' | 'warnings' = 'errors',
): string {
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.name === 'string') params.name = `{${params.name}}`;
  return t(`catalogue:${group}.${issue.code}`, params);
}
