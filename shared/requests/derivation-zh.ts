import type { HolidayRun, WorkingDayCount } from '../calendar/working-days';
import { addDays, type DateString, yearOf } from '../model/dates';
import { labelOf, OUTCOMES } from '../model/taxonomy';
import type { DerivationStep } from './deadline-types';

/**
 * The derivation in Chinese, one line per step, e.g.
 * 收到 2025-09-25 → 第20个工作日 2025-10-29（跳过国庆中秋假期10-01至10-08，计入调休上班日 09-28、10-11）
 * Used by the CLI and documents; the UI renders the same structured steps through i18n.
 */

/** How officers say the holiday names in running text: 国庆 rather than 国庆节 ("国庆中秋假期"). */
const SHORT_NAMES: Record<string, string> = { 国庆节: '国庆' };

/** `MM-DD` when in the reference year (the text's own year), the full date otherwise. */
export function shortDate(d: DateString, refYear: number): string {
  return yearOf(d) === refYear ? d.slice(5) : d;
}

/** "国庆中秋" for a block named 国庆节 and 中秋. */
export function holidayRunNameZh(run: HolidayRun): string {
  return run.namesZh.map((n) => SHORT_NAMES[n] ?? n).join('');
}

function runText(run: HolidayRun, refYear: number): string {
  const names = holidayRunNameZh(run);
  const span =
    run.from === run.to
      ? shortDate(run.from, refYear)
      : `${shortDate(run.from, refYear)}至${shortDate(run.to, refYear)}`;
  return `${names}假期${span}`;
}

/** The bracketed explanation of one count: holidays skipped, make-up days counted, pauses, unknown years. */
export function countNoteZh(c: WorkingDayCount): string {
  const ref = yearOf(c.from);
  const parts: string[] = [];
  if (c.holidayRuns.length) parts.push(`跳过${c.holidayRuns.map((r) => runText(r, ref)).join('、')}`);
  if (c.makeupDays.length)
    parts.push(`计入调休上班日 ${c.makeupDays.map((d) => shortDate(d, ref)).join('、')}`);
  for (const p of c.pausedRanges) {
    parts.push(
      `不计征求意见期间 ${shortDate(p.from, ref)}至${shortDate(p.to, ref)} 的${p.workingDays}个工作日`,
    );
  }
  if (c.unknownYears.length) parts.push(`${c.unknownYears.join('、')}年仅按周末计算`);
  return parts.length ? `（${parts.join('，')}）` : '';
}

function countZh(c: WorkingDayCount): string {
  return `${c.from} → 第${c.n}个工作日 ${c.date}${countNoteZh(c)}`;
}

export function stepZh(step: DerivationStep): string {
  switch (step.kind) {
    case 'correctionNotice': {
      const asked = step.askedOn ? `；${step.askedOn} 已告知${step.late ? '（超过期限）' : ''}` : '';
      return `补正告知期限：收到 ${countZh(step.count)}${asked}`;
    }
    case 'awaitingCorrection':
      return `${step.askedOn} 告知补正${step.dueBy ? `（补正期限 ${step.dueBy}）` : ''}，答复期限自收到补正申请之日起重新计算`;
    case 'consultation': {
      const party = step.party === 'thirdParty' ? '第三方' : '其他机关';
      const who = step.partyName ? `（${step.partyName}）` : '';
      const receipt = step.receivedByParty
        ? `对方 ${step.receivedByParty} 收到`
        : '对方收到日期未登记，按发出日计';
      const reply =
        step.replied !== null ? `${step.replied} 答复` : step.state === 'waiting' ? '尚未答复' : '期满未答复';
      const pause =
        step.pauseThrough > step.sent
          ? `${shortDate(addDays(step.sent, 1), yearOf(step.sent))}至${shortDate(step.pauseThrough, yearOf(step.sent))} 不计入答复期限`
          : '未暂停';
      return `征求${party}意见${who}：${step.sent} 发出，${receipt} → 第${step.partyCount.n}个工作日 ${step.partyReplyDue} 答复期满；${reply}；${pause}`;
    }
    case 'replyDue':
      return `${step.basis === 'received' ? '收到' : '补正后收到'} ${countZh(step.count)}`;
    case 'extension':
      return `延长答复期限${step.workingDays}个工作日（${step.approver} ${step.approvedOn} 批准，${step.noticeDate} 告知申请人）：${countZh(step.count)}`;
    case 'unknownYears':
      return `注意：${step.years.join('、')}年的节假日安排尚未录入，该年份仅按周末计算，请在日历设置中录入后核对`;
    case 'answered': {
      const label = labelOf(OUTCOMES, step.outcome);
      const due = step.due === null ? '' : step.onTime ? `，在期限 ${step.due} 内` : `，超过期限 ${step.due}`;
      return `${step.date} 答复（${label}）${due}`;
    }
  }
}

export function renderDerivationZh(steps: readonly DerivationStep[]): string[] {
  return steps.map(stepZh);
}
