/**
 * `npx tsx test/bench/make-export.ts [--profile bureau|county] [--out file.json]`: the benchmark's
 * ten years (fake data) as an interchange export, to load into the app by hand (设置 → 导入) and
 * walk it as an officer would on a full database.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildInterchange } from '../../shared/model';
import { generateDataset } from './generate';
import { PROFILES } from './profiles';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'bureau' },
    out: { type: 'string', default: 'bench-export.json' },
  },
});
const profile = PROFILES[values.profile as keyof typeof PROFILES];
if (!profile) throw new Error(`unknown profile ${values.profile}`);
const data = generateDataset({ scale: profile.scale });
const doc = buildInterchange(
  {
    publications: data.publications,
    requests: data.requests,
    consultations: data.consultations,
    appeals: data.appeals,
    yearFigures: data.yearFigures,
    reportSnapshots: [],
    settings: data.settings,
  },
  { appVersion: 'bench', schemaVersion: 1, exportedAt: `${data.meta.today}T02:00:00.000Z` },
);
await writeFile(values.out, JSON.stringify(doc));
console.log(`wrote ${values.out}: today ${data.meta.today}`);
