/**
 * `npm run desk -- deadline --received YYYY-MM-DD [--correction-asked D --corrected D]
 *   [--consult SENT..REPLIED]... [--extend N] [--today D] [--data export.json] [--json]`
 * The statutory clock of one request (条例第三十条至第三十四条): the same computeDeadlines the app
 * uses, on the bundled official calendar plus, with --data, the officer's overrides from an export.
 */
import { parseArgs } from 'node:util';
import { buildCalendar } from '../../../shared/calendar/work-calendar';
import { isValidDate } from '../../../shared/model/dates';
import { loadExport } from '../export-check';
import { EXIT } from '../exit-codes';
import type { RequestEvent } from '../../../shared/model/records';
import type { CalendarOverride, CalendarYear } from '../../../shared/model/settings';
import { CLOCK_RULES } from '../../../shared/requests/clock-rules';
import type { DeadlineStatus } from '../../../shared/requests/deadline-types';
import { computeDeadlines } from '../../../shared/requests/deadlines';
import { renderDerivationZh } from '../../../shared/requests/derivation-zh';
import { validateRequestWorkflow } from '../../../shared/requests/workflow';
import { localToday } from '../cli-io';

export const summary =
  '答复期限计算 (--received D [--correction-asked D --corrected D] [--consult S..R]… [--extend N] [--json])';

const USAGE = `usage: npm run desk -- deadline --received YYYY-MM-DD
         [--correction-asked YYYY-MM-DD --corrected YYYY-MM-DD]
         [--consult SENT..REPLIED]...   (SENT.. when no reply yet)
         [--extend N]                   (1–${CLOCK_RULES.maxExtensionWorkingDays} working days)
         [--today YYYY-MM-DD] [--due-soon N] [--data export.json] [--json]
`;

const STATUS_ZH: Record<DeadlineStatus, string> = {
  onTime: '未到期',
  dueSoon: '即将到期',
  overdue: '已逾期',
  answeredOnTime: '已按期答复',
  answeredLate: '逾期答复',
  awaitingCorrection: '等待补正',
  consulting: '征求意见中',
  endedWithoutAnswer: '终止处理',
};

class UsageError extends Error {}

function date(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isValidDate(value))
    throw new UsageError(`--${name} must be a date such as 2025-09-25 (got ${value})`);
  return value;
}

/** An export refused by loadExport (its messages already printed): exit 1, as every command. */
class RefusedExport extends Error {}

async function officerCalendar(
  path: string,
): Promise<{ overrides: CalendarOverride[]; years: CalendarYear[]; dueSoon: number | null }> {
  const loaded = await loadExport(path);
  if (typeof loaded === 'number') throw new RefusedExport(path);
  const s = loaded.doc.stores;
  return {
    overrides: s.calendarOverrides,
    years: s.calendarYears,
    dueSoon: s.settings?.dueSoonWorkingDays ?? null,
  };
}

/** Build the request timeline the options describe. */
function timeline(values: Values, received: string): RequestEvent[] {
  const events: RequestEvent[] = [];
  const asked = date('correction-asked', values['correction-asked']);
  const corrected = date('corrected', values.corrected);
  if (corrected && !asked) throw new UsageError('--corrected needs --correction-asked');
  if (asked) events.push({ id: 'correction', type: 'correctionAsked', date: asked, note: '', dueBy: null });
  if (corrected) events.push({ id: 'corrected', type: 'correctionReceived', date: corrected, note: '' });
  (values.consult ?? []).forEach((spec, i) => {
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?$/.exec(spec);
    if (!m?.[1]) throw new UsageError(`--consult must be SENT..REPLIED or SENT.. (got ${spec})`);
    const sent = date('consult', m[1]) as string;
    const replied = date('consult', m[2]);
    const id = `consult${i + 1}`;
    events.push({
      id,
      type: 'consultationSent',
      date: sent,
      note: '',
      party: 'thirdParty',
      partyName: '',
      receivedByParty: null,
    });
    if (replied)
      events.push({
        id: `${id}-reply`,
        type: 'consultationReplied',
        date: replied,
        note: '',
        sentEventId: id,
      });
  });
  if (values.extend !== undefined) {
    const n = Number(values.extend);
    if (!Number.isInteger(n) || n < 1 || n > CLOCK_RULES.maxExtensionWorkingDays) {
      throw new UsageError(
        `--extend must be 1–${CLOCK_RULES.maxExtensionWorkingDays} working days (第三十三条; got ${values.extend})`,
      );
    }
    // A calculator: the extension counts as approved and notified when the period starts.
    const on = corrected ?? received;
    events.push({
      id: 'extension',
      type: 'extension',
      date: on,
      note: '',
      workingDays: n,
      approver: '—',
      noticeDate: on,
    });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

interface Values {
  received?: string;
  'correction-asked'?: string;
  corrected?: string;
  consult?: string[];
  extend?: string;
  today?: string;
  'due-soon'?: string;
  data?: string;
  json?: boolean;
  help?: boolean;
}

export async function run(argv: string[]): Promise<number> {
  let values: Values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        received: { type: 'string' },
        'correction-asked': { type: 'string' },
        corrected: { type: 'string' },
        consult: { type: 'string', multiple: true },
        extend: { type: 'string' },
        today: { type: 'string' },
        'due-soon': { type: 'string' },
        data: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
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
  try {
    const received = date('received', values.received);
    if (!received) throw new UsageError('--received is required');
    const today = date('today', values.today) ?? localToday();
    const events = timeline(values, received);
    const officer = values.data
      ? await officerCalendar(values.data)
      : { overrides: [], years: [], dueSoon: null };
    const dueSoon = values['due-soon'] !== undefined ? Number(values['due-soon']) : (officer.dueSoon ?? 5);
    if (!Number.isInteger(dueSoon) || dueSoon < 0)
      throw new UsageError(`--due-soon must be a whole number (got ${values['due-soon']})`);
    const calendar = buildCalendar({ overrides: officer.overrides, years: officer.years });
    const request = { receivedDate: received, events };
    const errors = validateRequestWorkflow(request, calendar).filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      throw new UsageError(
        `these dates break the rules: ${errors.map((e) => `${e.key} (${e.eventId ?? 'request'})`).join(', ')}`,
      );
    }
    const r = computeDeadlines(request, calendar, { today, dueSoonWorkingDays: dueSoon });
    const derivation = renderDerivationZh(r.steps);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ ...r, today, derivation }, null, 2)}\n`);
      return 0;
    }
    const left =
      r.workingDaysLeft === null
        ? ''
        : r.workingDaysLeft >= 0
          ? `，剩余${r.workingDaysLeft}个工作日`
          : `，已超过${-r.workingDaysLeft}个工作日`;
    const lines = [
      `收到日期      ${r.receivedDate}`,
      `补正告知期限  ${r.correctionNoticeDue}`,
      `答复期限      ${r.replyDue ?? '待收到补正后计算'}${r.provisional ? '（征求意见未结束，暂定）' : ''}`,
      `状态（${today}） ${STATUS_ZH[r.status]}${left}`,
      `日历          ${r.calendarVersion}`,
      '推算过程：',
      ...derivation.map((l) => `  ${l}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (r.unknownYears.length > 0) {
      process.stderr.write(
        `warning: no holiday data for ${r.unknownYears.join(', ')}: counted weekends only\n`,
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof RefusedExport) return EXIT.refused;
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
