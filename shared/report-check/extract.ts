// A published report's lines → ParsedReport: title (body, year), the six sections, the three
// tables and the format (2021 or the 2019 trial). Works the same for .docx, PDF and pasted text.
import { SECTION_IDS, type SectionId } from './keys';
import { type DocLine, lineText, linesFromText } from './lines';
import { emptySections, type ParsedReport, type ReportFormatId } from './model';
import { normLabel, normProse } from './normalise';
import { readTable2, readTable3, readTable4, splitLine } from './tables';

/** Heading words of each section (title variants seen in real reports are accepted). */
const SECTION_WORDS: Record<SectionId, [string, RegExp]> = {
  overview: ['一', /总体情况|概述|总体/],
  proactive: ['二', /主动公开/],
  requests: ['三', /申请/],
  appeals: ['四', /复议|诉讼/],
  problems: ['五', /问题|改进/],
  other: ['六', /其他|需要报告|需报告/],
};
/** 表三's own numbered rows look like headings: 一、本年新收… 三、本年度办理结果 四、结转下年度… */
const T3_ROW_HEADS = /新收|上年结转|办理结果|结转下年|继续办理/;

function findHeadings(lines: readonly DocLine[]): Record<SectionId, number> {
  const at = emptySections(-1);
  let from = 0;
  for (const id of SECTION_IDS) {
    const [numeral, words] = SECTION_WORDS[id];
    for (let i = from; i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.cells.length > 2) continue;
      const text = normLabel(lineText(line));
      if (text.length > 40 || !text.startsWith(`${numeral}、`) || T3_ROW_HEADS.test(text)) continue;
      if (!words.test(text)) continue;
      at[id] = i;
      from = i + 1;
      break;
    }
  }
  return at;
}

/** 机关名称 and year from the title: "测试县示例局2025年政府信息公开工作年度报告" or "2025年度测试县…". */
export function readTitle(lines: readonly DocLine[]): {
  title: string;
  body: string | null;
  year: number | null;
} {
  const head = lines
    .slice(0, 8)
    .map((l) => normProse(lineText(l)))
    .join('');
  const m =
    /(?:关于)?(.{2,40}?)(\d{4})年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告/.exec(head) ??
    /(\d{4})年度?(.{2,40}?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告/.exec(head);
  if (!m) {
    const y = /统计期限[^。]{0,10}?(\d{4})年1月1日/.exec(lines.map((l) => normProse(lineText(l))).join(''));
    return { title: '', body: null, year: y ? Number(y[1]) : null };
  }
  const yearFirst = /^\d{4}$/.test(m[1] ?? '');
  const year = Number(yearFirst ? m[1] : m[2]);
  const body = (yearFirst ? m[2] : m[1])?.replace(/^[《“"]/, '').replace(/^.*?关于/, '') ?? null;
  return { title: m[0], body: body || null, year };
}

/** Lines of a table section that are prose: long, with sentence punctuation, one cell, no values. */
function isProse(line: DocLine): boolean {
  if (line.tableRow) return false;
  const { values } = splitLine(line);
  if (values.length > 0 || line.cells.length > 1) return false;
  const text = lineText(line);
  return text.length > 12 || /[。，；]/.test(text);
}

export function extractReport(lines: readonly DocLine[]): ParsedReport {
  const { title, body, year } = readTitle(lines);
  const at = findHeadings(lines);
  const sections = emptySections('');
  const sectionTitles = emptySections<string | null>(null);
  const ranges = emptySections<DocLine[]>([]);
  const starts = SECTION_IDS.map((id) => at[id]).filter((i) => i >= 0);
  for (const id of SECTION_IDS) {
    const start = at[id];
    if (start < 0) continue;
    const end = starts.find((i) => i > start) ?? lines.length;
    const body = lines.slice(start + 1, end);
    ranges[id] = body;
    sectionTitles[id] = lineText(lines[start] as DocLine);
    const table = id === 'proactive' || id === 'requests' || id === 'appeals';
    sections[id] = body
      .filter((l) => !table || isProse(l))
      .map((l) => lineText(l))
      .join('\n');
  }
  // Without headings (a fragment, or an unusual layout), look for each table in the whole text.
  const t2 = readTable2(ranges.proactive.length ? ranges.proactive : lines);
  const t3 = readTable3(ranges.requests.length ? ranges.requests : lines);
  const t4 = readTable4(ranges.appeals.length ? ranges.appeals : []);
  const notes = [...t2.notes, ...t3.notes, ...t4.notes];
  return {
    body,
    year,
    format: detectFormat(t2.cells, t3.cells, lines),
    title,
    tables: { table2: t2.cells, table3: t3.cells, table4: t4.cells },
    sections,
    sectionTitles,
    printed: { ...t2.printed, ...t3.printed, ...t4.printed },
    notes,
    feeUnitYuan: t2.feeUnitYuan,
  };
}

const TRIAL_COLUMNS = ['made', 'published', 'publicTotal', 'lastYearItems', 'change'];

function detectFormat(
  t2: ParsedReport['tables']['table2'],
  t3: ParsedReport['tables']['table3'],
  lines: readonly DocLine[],
): ReportFormatId {
  const t2Cols = Object.values(t2).flatMap((r) => Object.keys(r));
  if (t2Cols.some((c) => TRIAL_COLUMNS.includes(c))) return '2019';
  if (t3.other && !t3['other.noCorrection'] && !t3['other.other']) return '2019';
  if (t2Cols.some((c) => c === 'issued' || c === 'valid')) return '2021';
  if (Object.keys(t3).some((r) => r.startsWith('other.'))) return '2021';
  return lines.length > 0 && Object.keys(t3).length > 0 ? '2021' : 'unknown';
}

export function extractFromText(text: string): ParsedReport {
  return extractReport(linesFromText(text));
}
