/**
 * `npm run desk -- catalogue --input <export.json> [--year 2025] --out catalogue.docx|.xlsx|.csv`
 * The 政府信息公开目录 from an export file; the format follows the extension of --out.
 */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import { catalogueCsv, catalogueWorkbook } from '../../../shared/catalogue/exports';
import { xlsxBytes } from '../../../shared/xlsx/style';
import { buildCatalogueRows, catalogueTitle, filterCatalogueRows } from '../../../shared/catalogue/rows';
import { buildCatalogueDocument } from '../../../shared/docx/catalogue';
import { defaultSettings } from '../../../shared/model/settings';
import { localToday, writeAtomically } from '../cli-io';
import { loadExport } from '../export-check';
import { EXIT } from '../exit-codes';

export const summary = '政府信息公开目录 → .docx/.xlsx/.csv (--input export.json [--year 2025] --out file)';

const USAGE =
  'usage: npm run desk -- catalogue --input <export.json> [--year 2025] --out <catalogue.docx|.xlsx|.csv> [--strict]\n';

export async function run(argv: string[]): Promise<number> {
  let values: { input?: string; out?: string; year?: string; help?: boolean; strict?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        year: { type: 'string' },
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
  const format = extname(values.out).toLowerCase();
  if (format !== '.docx' && format !== '.xlsx' && format !== '.csv') {
    process.stderr.write(`--out must end in .docx, .xlsx or .csv (got ${values.out})\n`);
    return 2;
  }
  const year = values.year === undefined ? null : Number(values.year);
  if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) {
    process.stderr.write(`--year must be a year such as 2025 (got ${values.year})\n`);
    return 2;
  }

  const started = performance.now();
  const loaded = await loadExport(values.input);
  if (typeof loaded === 'number') return loaded;
  const doc = loaded.doc;
  const settings = doc.stores.settings ?? defaultSettings();
  const rows = filterCatalogueRows(
    buildCatalogueRows(doc.stores.publications, settings.profile, localToday()),
    { year },
  );
  const title = catalogueTitle(settings.profile.agencyName, year, rows);

  let data: Uint8Array | string;
  if (format === '.docx') {
    data = new Uint8Array(
      await Packer.toBuffer(buildCatalogueDocument(rows, { title, subtitle: `共 ${rows.length} 条` })),
    );
  } else if (format === '.xlsx') {
    data = await xlsxBytes(catalogueWorkbook(rows, title));
  } else {
    data = catalogueCsv(rows);
  }
  await writeAtomically(values.out, data);

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(`${values.out}: ${title}, ${rows.length} items, ${seconds} s\n`);
  const unnumbered = rows.filter((r) => !r.indexNumber).length;
  if (unnumbered > 0) process.stderr.write(`warning: ${unnumbered} published item(s) have no 索引号 yet\n`);
  return values.strict && loaded.warnings > 0 ? EXIT.strictProblems : EXIT.ok;
}
