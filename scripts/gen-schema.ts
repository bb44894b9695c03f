// Writes docs/data-format.schema.json from the zod model: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { interchangeJsonSchema } from '../shared/model/json-schema';

writeFileSync(
  new URL('../docs/data-format.schema.json', import.meta.url),
  `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`,
);
process.stdout.write('wrote docs/data-format.schema.json\n');
