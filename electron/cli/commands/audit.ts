/**
 * `npm run desk -- audit verify --input <export.json>`: checks the audit log's hash chain (issue 14
 * item 24; shared/audit/chain.ts): a changed, deleted or inserted row is named. Exit codes (README):
 * 0 intact, 1 tampering found or the file refused, 2 usage.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type ChainReport, chainProblemText, verifyAuditChain } from '../../../shared/audit/chain';
import { isNotFound, userPath } from '../cli-io';
import { EXIT } from '../exit-codes';

export const summary = '操作日志校验 audit log chain: verify --input export.json';

const USAGE = 'usage: npm run desk -- audit verify --input <export.json>\n';

/** node:crypto's SHA-256: the same digest as the app's, several times faster over ten years of rows. */
export const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The report as lines; `ok` false when a row was changed, inserted or deleted. */
export function describeChain(report: ChainReport): { ok: boolean; lines: string[] } {
  const lines = [
    `操作日志 Audit rows:  ${report.rows}（已建链 chained ${report.chained}）`,
    ...(report.unchainedBefore
      ? [
          `  ${report.rows - report.chained - report.problems.filter((p) => p.kind === 'unchained').length} 条记录早于 ${report.unchainedBefore}，写入时尚无校验链（unchained before ${report.unchainedBefore}）`,
        ]
      : []),
  ];
  if (report.chained === 0 && report.rows > 0)
    lines.push('  全部记录写入时尚无校验链（no chained rows yet）');
  return { ok: report.problems.length === 0, lines };
}

export function printChainProblems(report: ChainReport, err: (s: string) => void): void {
  err(`FAILED (auditTampered): 操作日志有 ${report.problems.length} 处被改动、删除或插入：`);
  for (const p of report.problems.slice(0, 50)) err(`  ${chainProblemText(p)}`);
  if (report.problems.length > 50) err(`  ……另有 ${report.problems.length - 50} 处`);
}

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  let values: { input?: string };
  try {
    ({ values } = parseArgs({ args: rest, options: { input: { type: 'string' } }, strict: true }));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return EXIT.usage;
  }
  if (sub !== 'verify' || !values.input) {
    process.stderr.write(USAGE);
    return EXIT.usage;
  }
  const path = userPath(values.input);
  let raw: unknown;
  try {
    raw = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (e) {
    process.stderr.write(
      isNotFound(e)
        ? `FAILED (notFound): 找不到文件 ${path}\n`
        : `FAILED (notJson): ${path} 不是可读的 JSON 导出文件\n`,
    );
    return EXIT.refused;
  }
  const audit = (raw as { stores?: { audit?: unknown } } | null)?.stores?.audit;
  if (!Array.isArray(audit)) {
    process.stderr.write(`FAILED (notExport): ${path} 不是公开台账的导出文件（没有操作日志）\n`);
    return EXIT.refused;
  }
  const started = performance.now();
  const report = verifyAuditChain(audit, nodeSha256);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const { ok, lines } = describeChain(report);
  for (const line of lines) process.stdout.write(`${line}\n`);
  if (!ok) {
    printChainProblems(report, (s) => process.stderr.write(`${s}\n`));
    return EXIT.refused;
  }
  process.stdout.write(`OK: 操作日志完整，没有被改动、删除或插入的记录（${seconds} s）\n`);
  return EXIT.ok;
}
