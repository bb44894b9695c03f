import { z } from 'zod';
import { letterSchema } from './letter';
import { appealSchema, consultationSchema, publicationSchema, requestSchema } from './records';
import { appSettings, auditEntry, calendarOverride, calendarYear, reportDoc, yearFigures } from './settings';

/**
 * The interchange format: every store as one JSON document (docs/data-format.md). Backups, the
 * headless CLI and spreadsheet import build on it. Versioned: a reader refuses newer versions and
 * upgrades older ones (see upgradeInterchange).
 */
export const INTERCHANGE_FORMAT = 'disclosure-desk/export';
export const INTERCHANGE_VERSION = 2;

/**
 * Older format versions, upgraded on the way in, one step per version:
 * 1 → 2 (issue 15): the `letters` store was added; a version-1 export has no letters.
 */
const UPGRADES: Record<number, (stores: Record<string, unknown>) => Record<string, unknown>> = {
  1: (stores) => ({ ...stores, letters: [] }),
};

/** Brings an export of an older format version to the current one (unknown shapes are left to zod). */
export function upgradeInterchange(raw: Record<string, unknown>): Record<string, unknown> {
  let doc = raw;
  let version = typeof raw.formatVersion === 'number' ? raw.formatVersion : INTERCHANGE_VERSION;
  while (version < INTERCHANGE_VERSION) {
    const step = UPGRADES[version];
    const stores = doc.stores;
    if (!step || typeof stores !== 'object' || stores === null) break;
    doc = { ...doc, stores: step(stores as Record<string, unknown>), formatVersion: version + 1 };
    version += 1;
  }
  return doc;
}

/** What must be unique in each store: the database's primary keys and unique indexes (requests' serial). */
const UNIQUE_KEYS: Record<string, readonly string[]> = {
  publications: ['id'],
  requests: ['id', 'serial'],
  consultations: ['id'],
  appeals: ['id'],
  calendarOverrides: ['date'],
  calendarYears: ['year'],
  yearFigures: ['year'],
  reportDrafts: ['year'],
  audit: ['id'],
  letters: ['id', 'number'],
};

export const interchangeStores = z
  .object({
    publications: z.array(publicationSchema).default([]),
    requests: z.array(requestSchema).default([]),
    consultations: z.array(consultationSchema).default([]),
    appeals: z.array(appealSchema).default([]),
    settings: appSettings.nullable().default(null),
    calendarOverrides: z.array(calendarOverride).default([]),
    calendarYears: z.array(calendarYear).default([]),
    yearFigures: z.array(yearFigures).default([]),
    reportDrafts: z.array(reportDoc).default([]),
    reportSnapshots: z.array(reportDoc).default([]),
    audit: z.array(auditEntry).default([]),
    letters: z.array(letterSchema).default([]),
  })
  // A second record with the same key could not be stored: say which, instead of failing at import.
  .superRefine((stores, ctx) => {
    for (const { store, index, key } of duplicateKeys(stores as Record<string, unknown>))
      ctx.addIssue({ code: 'custom', path: [store, index, key], message: 'validation.duplicateKey' });
  });

/** Records whose key (primary key or unique index) an earlier record of the same store already has. */
export function duplicateKeys(
  stores: Record<string, unknown>,
): { store: string; index: number; key: string }[] {
  const found: { store: string; index: number; key: string }[] = [];
  for (const [store, keys] of Object.entries(UNIQUE_KEYS)) {
    const rows = (stores[store] ?? []) as Record<string, unknown>[];
    for (const key of keys) {
      const seen = new Set<unknown>();
      rows.forEach((row, index) => {
        const value = row[key];
        if (value === undefined || value === null) return;
        if (seen.has(value)) found.push({ store, index, key });
        seen.add(value);
      });
    }
  }
  return found;
}
export type InterchangeStores = z.infer<typeof interchangeStores>;
export type StoreName = keyof InterchangeStores;

export const interchangeDocument = z.object({
  format: z.literal(INTERCHANGE_FORMAT),
  formatVersion: z.literal(INTERCHANGE_VERSION),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  stores: interchangeStores,
});
export type InterchangeDocument = z.infer<typeof interchangeDocument>;

export type ParseResult =
  | { ok: true; doc: InterchangeDocument }
  | {
      ok: false;
      error: 'notJson' | 'notExport' | 'newerVersion' | 'invalid';
      message: string;
      issues?: string[];
    };

/** Parse an export; errors are typed so callers can say in the user's language what is wrong. */
export function parseInterchange(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson', message: 'not a JSON document' };
  }
  return parseInterchangeValue(raw);
}

export function parseInterchangeValue(raw: unknown): ParseResult {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== INTERCHANGE_FORMAT
  ) {
    return { ok: false, error: 'notExport', message: 'not a Disclosure Desk export' };
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || version > INTERCHANGE_VERSION) {
    return {
      ok: false,
      error: 'newerVersion',
      message: `export format version ${String(version)} is newer than this app`,
    };
  }
  const parsed = interchangeDocument.safeParse(upgradeInterchange(raw as Record<string, unknown>));
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues, raw);
    return { ok: false, error: 'invalid', message: `${parsed.error.issues.length} invalid field(s)`, issues };
  }
  return { ok: true, doc: parsed.data };
}

export function buildInterchange(
  stores: Partial<InterchangeStores>,
  meta: { appVersion: string; schemaVersion: number; exportedAt: string },
): InterchangeDocument {
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    ...meta,
    stores: interchangeStores.parse(stores),
  };
}

/** "requests #3 (id r-3, 2025-003): receivedDate — validation.receivedBeforeSubmitted", at most 50. */
export function describeInvalidRecords(raw: unknown): string[] {
  const result = interchangeDocument.safeParse(raw);
  return result.success ? [] : describeIssues(result.error.issues, raw);
}

/**
 * zod's issues with a document, each as one line naming the store, the record's place and ids, the
 * field and the rule as an i18n key (the renderer's problemLine says them in the officer's language).
 */
function describeIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): string[] {
  const stores = (raw as { stores?: Record<string, unknown> } | null)?.stores ?? {};
  return issues.slice(0, 50).map((issue) => {
    const [top, store, index, ...field] = issue.path;
    if (top !== 'stores' || typeof store !== 'string') return `${issue.path.join('.')}: ${issueKey(issue)}`;
    if (typeof index !== 'number') return `${store}: ${issueKey(issue)}`;
    const rows = stores[store];
    const row = (Array.isArray(rows) ? rows[index] : undefined) as
      | { id?: unknown; serial?: unknown }
      | undefined;
    const names = [
      row?.id !== undefined ? `id ${String(row.id)}` : '',
      typeof row?.serial === 'string' ? row.serial : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `${store} #${index + 1}${names ? ` (${names})` : ''}: ${field.length ? `${field.join('.')} — ` : ''}${issueKey(issue)}`;
  });
}

/**
 * The rule an issue breaks, as an i18n key (`validation.*`): the model's own checks already are; zod's
 * built-in checks ("Invalid input: expected string, received undefined") are mapped to the same keys
 * the forms use, so no reader ever sees library English (issue 14).
 */
export function issueKey(issue: {
  code: string;
  message: string;
  input?: unknown;
  maximum?: unknown;
  origin?: unknown;
}): string {
  if (issue.message.startsWith('validation.')) return issue.message;
  if (issue.code === 'invalid_type')
    return issue.input === undefined ? 'validation.required' : 'validation.invalid';
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `validation.tooLong:${String(issue.maximum)}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'validation.required';
  return 'validation.invalid';
}
