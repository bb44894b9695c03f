/**
 * `npm run desk -- report --input <export.json> --year 2025 --out report.docx`: the annual report
 * from an exported data file, without the UI. Same shared/ functions as the app.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { write as writeXlsx } from '@e965/xlsx';
import { Packer } from 'docx';
import { writeAtomically } from '../cli-io';
import messages from '../../../renderer/i18n/locales/zh-CN/report.json';
import { buildReportDocument, reportTitle } from '../../../shared/docx/report-docx';
import { buildReportWorkbook } from '../../../shared/docx/report-xlsx';
import { parseInterchange } from '../../../shared/model/interchange';
import { computeAnnualReport, previousTexts } from '../../../shared/report/compute';
import { draftTexts } from '../../../shared/report/draft';
import { reportToJson } from '../../../shared/report/export-json';
import { formatForYear } from '../../../shared/report/formats';
import { displayParams, type ReportCheck } from '../../../shared/report/model';
import { proseChecks } from '../../../shared/report/prose-checks';
import { findSnapshot, resolveSignDate } from '../../../shared/report/snapshot';
import { localDateOf, localTimeText } from '../../../shared/model/dates';

export const summary =
  'annual report (年度报告) from an export: --input f.json --year 2025 --out r.docx|.xlsx|.json';

const USAGE = `usage: npm run desk -- report --input <export.json> --year <YYYY> [--out <file>] [--format docx|xlsx|json]
                              [--sign-date YYYY-MM-DD] [--fresh-draft] [--strict]
  --out          file to write (atomic); without it, JSON goes to stdout
  --format       docx, xlsx or json (default: from --out's extension, else json)
  --sign-date    date printed under the agency name (default: the date saved in the app, else
                 the finalised report's, else today)
  --fresh-draft  ignore saved texts and use a freshly generated draft
  --strict       exit 4 when a check reports an error (for checking many offices' exports in batch)
exit codes: 0 written, 2 usage, 3 unreadable or invalid export, 4 errors found with --strict`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Today as YYYY-MM-DD (the CLI is an edge: it may read the clock). */
  today: () => string;
}

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  today: localToday,
};

/** A check as the officer reads it (zh-CN messages, the same file the app uses). */
export function checkMessage(check: ReportCheck): string {
  const name = check.key.replace(/^checks\./, '') as keyof typeof messages.checks;
  const template: string = messages.checks[name] ?? check.key;
  const params = displayParams(check.params, localTimeText);
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? ''));
  const severity = messages.severity[check.severity];
  const ids =
    check.ids.length > 0
      ? `（${check.store}: ${check.ids.slice(0, 10).join(', ')}${check.ids.length > 10 ? ' …' : ''}）`
      : '';
  return `[${severity}] ${text}${ids}`;
}

export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let values: {
    input?: string;
    year?: string;
    out?: string;
    format?: string;
    'sign-date'?: string;
    'fresh-draft'?: boolean;
    strict?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', short: 'i' },
        year: { type: 'string', short: 'y' },
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        'sign-date': { type: 'string' },
        'fresh-draft': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const year = Number(values.year);
  if (!values.input || !Number.isInteger(year)) {
    io.err(`错误：需要 --input 和 --year（missing --input or --year）\n${USAGE}\n`);
    return 2;
  }
  const format = formatForYear(year);
  if (!format) {
    io.err(`错误：${year}年度没有适用的年度报告格式（本程序支持2021年度起的格式）\n`);
    return 2;
  }
  const kind = (values.format ?? (values.out ? extname(values.out).slice(1) : 'json')).toLowerCase();
  if (!['docx', 'xlsx', 'json'].includes(kind)) {
    io.err(`错误：不支持的格式 ${kind}（use docx, xlsx or json）\n`);
    return 2;
  }
  if (kind !== 'json' && !values.out) {
    io.err(`错误：${kind} 格式需要 --out 指定输出文件\n`);
    return 2;
  }

  let text: string;
  try {
    text = await readFile(values.input, 'utf8');
  } catch (e) {
    io.err(`错误：无法读取 ${values.input}：${e instanceof Error ? e.message : String(e)}\n`);
    return 3;
  }
  const parsed = parseInterchange(text);
  if (!parsed.ok) {
    const reasons: Record<typeof parsed.error, string> = {
      notJson: '不是 JSON 文件',
      notExport: '不是公开台账导出的数据文件',
      newerVersion: '由更新版本的公开台账导出，请升级本程序',
      invalid: '数据文件内容不合法',
    };
    io.err(`错误：${values.input}：${reasons[parsed.error]}（${parsed.message}）\n`);
    for (const issue of parsed.issues ?? []) io.err(`  ${issue}\n`);
    return 3;
  }

  const stores = parsed.doc.stores;
  const profile = stores.settings?.profile ?? { agencyName: '' };
  const model = computeAnnualReport(stores, year, profile, format);
  const snapshot = findSnapshot(stores.reportSnapshots, year);
  const draft = stores.reportDrafts.find((d) => d.year === year);
  const saved = draft?.texts ?? snapshot?.texts;
  const texts = !values['fresh-draft'] && saved ? saved : draftTexts(model, format, profile);
  const checks = [...model.checks, ...proseChecks(model, format, texts, previousTexts(stores, year))];

  const title = reportTitle(format, model);
  const signDate = resolveSignDate({
    chosen: values['sign-date'] ?? draft?.signDate,
    snapshotSignDate: snapshot?.signDate,
    finalisedLocalDate: localDateOf(snapshot?.finalisedAt ?? ''),
    today: io.today(),
  });
  let data: string | Uint8Array;
  if (kind === 'docx') {
    data = new Uint8Array(await Packer.toBuffer(buildReportDocument({ model, format, texts, signDate })));
  } else if (kind === 'xlsx') {
    data = new Uint8Array(
      writeXlsx(buildReportWorkbook(model, format), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
  } else {
    data = `${JSON.stringify(reportToJson({ ...model, checks }, format, texts, title), null, 2)}\n`;
  }
  if (values.out) {
    try {
      await writeAtomically(values.out, data);
    } catch (e) {
      io.err(`错误：无法写入 ${values.out}：${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    io.err(`已生成 ${values.out}：${title}\n`);
  } else {
    io.out(typeof data === 'string' ? data : '');
  }
  const errors = checks.filter((c) => c.severity === 'error').length;
  io.err(`检查：${errors} 个错误，${checks.length - errors} 个提示\n`);
  for (const c of checks) io.err(`  ${checkMessage(c)}\n`);
  return values.strict && errors > 0 ? 4 : 0;
}
