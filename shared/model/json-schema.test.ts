import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interchangeJsonSchema } from './json-schema';

describe('interchange JSON Schema', () => {
  it('docs/data-format.schema.json is the schema generated from the zod model (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../docs/data-format.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(interchangeJsonSchema())));
  });
});
