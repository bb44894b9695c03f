/**
 * The CLI speaks to the officer as the app does (issue 14): the same zh-CN strings (renderer/i18n),
 * the same line formatter as the restore preview (renderer/features/backup/messages.ts), so a record,
 * its field's label and the rule read alike in both — never a raw key or library English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type TFunction } from 'i18next';
import { problemLine } from '../../renderer/features/backup/messages';

const localeDir = join(dirname(fileURLToPath(import.meta.url)), '../../renderer/i18n/locales/zh-CN');

function loadResources(): Record<string, Record<string, unknown>> {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(localeDir).filter((f) => f.endsWith('.json'))) {
    resources[file.slice(0, -5)] = JSON.parse(readFileSync(join(localeDir, file), 'utf8'));
  }
  return resources;
}

let instance: ReturnType<typeof i18next.createInstance> | undefined;

/** zh-CN translations (default namespace `ns`), loaded once, synchronously (initAsync: false). */
export function cliT(ns = 'common'): TFunction {
  if (instance) return instance.getFixedT('zh-CN', ns);
  const resources = loadResources();
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { 'zh-CN': resources },
    lng: 'zh-CN',
    ns: Object.keys(resources),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance = i18n;
  return i18n.getFixedT('zh-CN', ns);
}

/** One problem line (`requests #2 (id r-2, 2024-002): receivedDate — validation.x`) in Chinese. */
export function problemText(line: string): string {
  // The restore preview's own formatter, with the backup namespace as the app's page has it.
  return problemLine(cliT('backup'), line);
}

/**
 * Lines that differ only in the record number become one line: "依申请公开 第 1、2、3 条等 40 条：
 * 证件号码：必填" instead of forty (issue 14: one line per problem, not per record).
 */
export function groupedProblemLines(lines: readonly string[]): string[] {
  const groups = new Map<string, { first: string; numbers: string[] }>();
  for (const line of lines) {
    const m = /^(\w+) #(\d+)(?: \([^)]*\))?: (.*)$/.exec(line);
    const key = m ? `${m[1]}|${m[3]}` : line;
    const group = groups.get(key) ?? { first: line, numbers: [] };
    if (m?.[2]) group.numbers.push(m[2]);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ first, numbers }) => {
    const text = problemText(first);
    if (numbers.length <= 1) return text;
    const shown = numbers.slice(0, 5).join('、');
    const more = numbers.length > 5 ? ` 等共 ${numbers.length} 条` : '';
    return text.replace(/第 \d+ 条（[^）]*）|第 \d+ 条/, `第 ${shown} 条${more}`);
  });
}
