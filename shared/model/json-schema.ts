import { z } from 'zod';
import { interchangeDocument } from './interchange';

/**
 * The interchange format's JSON Schema, generated from the zod schemas (the single source of truth).
 * docs/data-format.schema.json is this output; a test keeps the committed file in step.
 */
export function interchangeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(interchangeDocument, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://disclosure-desk.invalid/schemas/export-v1.json',
    title: 'Disclosure Desk export (interchange format) v1',
  };
}
