import type { z } from 'zod';

export interface FieldIssue {
  /** Path into the record, e.g. ['receivedDate'] or ['events', 2, 'date']. */
  path: (string | number)[];
  /** An i18n key under validation.* (with an optional ':param' suffix, e.g. validation.tooLong:300). */
  message: string;
}

/** Thrown by repositories when input fails validation: nothing has been written. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`validation failed: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message.startsWith('validation.')
      ? i.message
      : // A missing field (zod's own English text) is "required", not "wrong format".
        i.code === 'invalid_type' && /received undefined/.test(i.message)
        ? 'validation.required'
        : 'validation.invalid',
  }));
}
