import type { TFunction } from 'i18next';
import type { WorkflowIssue } from '../../../shared/requests';
import { translateIssue } from '../../components/form-errors';

/**
 * A workflow rule's message in the UI language. Keys are either the model's `validation.*` (in the
 * common namespace) or `clock:workflow.*` from shared/requests/workflow.ts.
 */
export function workflowMessage(t: TFunction, issue: Pick<WorkflowIssue, 'key'>): string {
  return translateIssue(t, issue.key);
}
