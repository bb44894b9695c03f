/**
 * `npm run desk -- guide --input <export.json> --out guide.docx [--date 2025-03-10]`
 * The 政府信息公开指南 from the agency profile in an export file.
 */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import { buildGuideContent } from '../../../shared/catalogue/guide-content';
import { buildGuideDocument } from '../../../shared/docx/guide';
import { isValidDate } from '../../../shared/model/dates';
import { defaultSettings } from '../../../shared/model/settings';
import { localToday, writeAtomically } from '../cli-io';
import { loadExport } from '../export-check';
import { EXIT } from '../exit-codes';

export const summary = '政府信息公开指南 → .docx (--input export.json --out guide.docx [--date YYYY-MM-DD])';

const USAGE = 'usage: npm run desk -- guide --input <export.json> --out <guide.docx> [--date YYYY-MM-DD]\n';

export async function run(argv: string[]): Promise<number> {
  let values: { input?: string; out?: string; date?: string; help?: boolean; strict?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean' },
        strict: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!values.input || !values.out) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (extname(values.out).toLowerCase() !== '.docx') {
    process.stderr.write(`--out must end in .docx (got ${values.out})\n`);
    return 2;
  }
  if (values.date !== undefined && !isValidDate(values.date)) {
    process.stderr.write(`--date must be a date such as 2025-03-10 (got ${values.date})\n`);
    return 2;
  }
  const loaded = await loadExport(values.input);
  if (typeof loaded === 'number') return loaded;
  const doc = loaded.doc;
  const settings = doc.stores.settings ?? defaultSettings();
  const content = buildGuideContent(settings, values.date ?? localToday());
  const bytes = new Uint8Array(await Packer.toBuffer(buildGuideDocument(content)));
  await writeAtomically(values.out, bytes);
  process.stdout.write(`${values.out}: ${content.title}\n`);
  if (content.missing.length > 0) {
    process.stderr.write(
      `warning: the agency profile lacks ${content.missing.join(', ')}; the guide marks them （请填写）\n`,
    );
  }
  return values.strict && loaded.warnings > 0 ? EXIT.strictProblems : EXIT.ok;
}
