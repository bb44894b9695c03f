import { z } from 'zod';
import { parseDate } from './dates';

/**
 * An ISO 8601 instant as `Date.toISOString()` writes it (`2025-06-01T02:00:00.000Z`; an offset instead
 * of Z and 0–9 fraction digits are accepted). Stored timestamps — createdAt, updatedAt, deletedAt,
 * anonymisedAt, an audit entry's `at` — are instants; `deletedAt: ""` or `"yesterday"` once passed
 * validation, counted as live in the lists and was purged as if long deleted (issue 14 item 9).
 */
const INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function isIsoInstant(s: string): boolean {
  const m = INSTANT_RE.exec(s);
  return m !== null && parseDate(m[1] ?? '') !== null && !Number.isNaN(Date.parse(s));
}

/** Message is an i18n key (renderer/i18n … validation.*). */
export const isoInstant = z.string().refine(isIsoInstant, { message: 'validation.invalidInstant' });
