/**
 * Reading an export for any command (report, catalogue, guide, deadline --data, backup create): the
 * same checks as the app, the same Chinese messages, one exit-code convention (issue 14, README
 * "Exit codes"). Refused (exit 1): unreadable, not an export, newer than this app, invalid records,
 * timelines the app would refuse to save (shared/requests/workflow.ts errors), 索引号 the app would
 * refuse. Printed as warnings (exit 4 with --strict): workflow warnings, a missing agency name.
 */
import { readFile } from 'node:fs/promises';
import { describeInvalidRecords } from '../../shared/backup/open';
import { buildCalendar } from '../../shared/calendar/work-calendar';
import { normaliseIndexNumber, validateIndexNumber } from '../../shared/catalogue/index-numbers';
import { type InterchangeDocument, parseInterchangeValue } from '../../shared/model/interchange';
import { SCHEMA_VERSION } from '../../shared/model/schema-version';
import { validateRequestWorkflow } from '../../shared/requests/workflow';
import { cliT, groupedProblemLines } from './cli-i18n';
import { isNotFound } from './cli-io';
import { EXIT } from './exit-codes';

export interface LoadedExport {
  doc: InterchangeDocument;
  /** Warnings printed (each one line): with --strict the command exits 4 after doing its work. */
  warnings: number;
}

type Print = (line: string) => void;
const stderr: Print = (line) => process.stderr.write(`${line}\n`);

export async function loadExport(path: string, err: Print = stderr): Promise<LoadedExport | number> {
  const t = cliT();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    err(
      isNotFound(e)
        ? `FAILED (notFound): 找不到文件 ${path}`
        : `FAILED (unreadable): 无法读取 ${path}：${e instanceof Error ? e.message : String(e)}`,
    );
    return EXIT.refused;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    err(`FAILED (notJson): ${path} 不是 JSON 文件（请用“设置 → 导出”生成的文件）`);
    return EXIT.refused;
  }
  const schemaVersion = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    err(
      `FAILED (newerVersion): ${path} 由较新版本的软件导出（数据库版本 ${schemaVersion}，本软件为 ${SCHEMA_VERSION}），请先升级软件`,
    );
    return EXIT.refused;
  }
  const parsed = parseInterchangeValue(raw);
  if (!parsed.ok) {
    if (parsed.error === 'invalid') {
      const lines = groupedProblemLines(describeInvalidRecords(raw));
      err(`FAILED (invalidRecords): ${path} 中有 ${lines.length} 处记录不符合要求，未生成任何文件：`);
      for (const line of lines) err(`  ${line}`);
    } else if (parsed.error === 'newerVersion') {
      err(`FAILED (newerVersion): ${path} 的导出格式较新（${parsed.message}），请先升级软件`);
    } else {
      err(`FAILED (notExport): ${path} 不是公开台账的导出文件`);
    }
    return EXIT.refused;
  }
  const doc = parsed.doc;
  const errors: string[] = [];
  const warnings: string[] = [];
  const calendar = buildCalendar({
    overrides: doc.stores.calendarOverrides,
    years: doc.stores.calendarYears,
  });
  doc.stores.requests.forEach((r, i) => {
    if (r.deletedAt) return;
    for (const issue of validateRequestWorkflow(r, calendar)) {
      const event = r.events.find((e) => e.id === issue.eventId);
      const where = event
        ? `${event.date} ${t(`enums:eventType.${event.type}`, { defaultValue: event.type })}`
        : '';
      const line = `${t('backup:store.requests')} 第 ${i + 1} 条（${r.serial}）：${where ? `${where}：` : ''}${translateKey(issue.key)}`;
      (issue.severity === 'error' ? errors : warnings).push(line);
    }
  });
  const settings = doc.stores.settings;
  if (settings) {
    // As the app: a number is unique ignoring letter case, trashed items included.
    const seen = new Map<string, number>();
    for (const p of doc.stores.publications) {
      if (!p.indexNumber) continue;
      const key = normaliseIndexNumber(p.indexNumber).toUpperCase();
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    doc.stores.publications.forEach((p, i) => {
      if (!p.indexNumber) return;
      const check = validateIndexNumber(p.indexNumber, [], settings, settings.profile);
      const taken = (seen.get(normaliseIndexNumber(p.indexNumber).toUpperCase()) ?? 0) > 1;
      if (check.errors.length > 0 || taken) {
        const key = taken ? 'validation.indexNumberTaken' : 'validation.indexNumberInvalid';
        errors.push(
          `${t('backup:store.publications')} 第 ${i + 1} 条（${p.title.slice(0, 20)}）：索引号 ${p.indexNumber}：${translateKey(key)}`,
        );
      }
    });
  }
  if (!settings?.profile.agencyName.trim()) {
    warnings.push('提示：导出文件中没有机关名称（设置 → 机关信息），年报和目录的标题将是空白');
  }
  if (errors.length > 0) {
    err(
      `FAILED (workflow): ${path} 中有 ${errors.length} 处办理记录或索引号是本软件不允许保存的，未生成任何文件：`,
    );
    for (const line of errors.slice(0, 50)) err(`  ${line}`);
    if (errors.length > 50) err(`  ……另有 ${errors.length - 50} 处`);
    return EXIT.refused;
  }
  for (const line of warnings.slice(0, 50)) err(`警告 ${line}`);
  return { doc, warnings: warnings.length };
}

/** `clock:workflow.x` (namespace first) or `validation.x:param` (common) in Chinese. */
function translateKey(key: string): string {
  const t = cliT();
  if (key.startsWith('validation.')) {
    const [name, param] = key.split(':');
    return t(`common:${name}`, { n: param, defaultValue: key });
  }
  return t(key, { defaultValue: key });
}
