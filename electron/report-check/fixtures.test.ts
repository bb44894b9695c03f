// Every damaged fixture (test/fixtures/report-check, made by make-fixtures.mts from our own report
// generator) gives exactly its expected findings, as .docx and — where converted — as PDF; the
// clean report gives none at warning or error level, with last year's report beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../shared/report-check/check';
import { lineText } from '../../shared/report-check/lines';
import { readReportFile } from './read-file';

const dir = join(__dirname, '../../test/fixtures/report-check');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { previous: string | null; pdf: boolean; expected: string[] }
>;

async function findingsOf(name: string, ext: string, previous: string | null): Promise<string[]> {
  const file = `${name}.${ext}`;
  const { report, lines } = await readReportFile(file, readFileSync(join(dir, file)));
  const prev = previous
    ? (await readReportFile(`${previous}.docx`, readFileSync(join(dir, `${previous}.docx`)))).report
    : null;
  const fullText = lines.map((l) => lineText(l)).join('\n');
  return checkReport(report, prev, { fullText })
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.code}@${f.row ?? ''}/${f.column ?? ''}`)
    .sort();
}

describe('年报体检 fixtures: each damage found, and nothing else', () => {
  for (const [name, spec] of Object.entries(expected)) {
    it(`${name}.docx`, async () => {
      expect(await findingsOf(name, 'docx', spec.previous)).toEqual([...spec.expected].sort());
    });
    if (spec.pdf) {
      it(`${name}.pdf`, async () => {
        expect(await findingsOf(name, 'pdf', spec.previous)).toEqual([...spec.expected].sort());
      });
    }
  }
});
