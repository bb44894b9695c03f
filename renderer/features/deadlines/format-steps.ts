import type { WorkingDayCount } from '../../../shared/calendar';
import { addDays, yearOf } from '../../../shared/model';
import { type DerivationStep, holidayRunNameZh, shortDate } from '../../../shared/requests';

/**
 * The derivation in the UI language, from the same structured steps the CLI renders in Chinese
 * (shared/requests/derivation-zh.ts). A test checks the zh-CN output here equals that renderer's.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function formatCountNote(t: Translate, lang: string, c: WorkingDayCount): string {
  const ref = yearOf(c.from);
  const d = (x: string) => shortDate(x, ref);
  const list = (xs: string[]) => xs.join(t('note.list'));
  const parts: string[] = [];
  if (c.holidayRuns.length) {
    const runs = c.holidayRuns.map((r) => {
      const span = r.from === r.to ? d(r.from) : t('note.span', { from: d(r.from), to: d(r.to) });
      const names = lang === 'zh-CN' ? holidayRunNameZh(r) : r.namesEn.join(' / ');
      return names ? t('note.run', { names, span }) : t('note.runUnnamed', { span });
    });
    parts.push(t('note.holidays', { runs: list(runs) }));
  }
  if (c.makeupDays.length) parts.push(t('note.makeup', { dates: list(c.makeupDays.map(d)) }));
  for (const p of c.pausedRanges)
    parts.push(t('note.paused', { from: d(p.from), to: d(p.to), n: p.workingDays }));
  if (c.unknownYears.length) parts.push(t('note.unknown', { years: list(c.unknownYears.map(String)) }));
  return parts.length ? `${t('note.open')}${parts.join(t('note.sep'))}${t('note.close')}` : '';
}

export function formatCount(t: Translate, lang: string, c: WorkingDayCount): string {
  return `${t('step.count', { from: c.from, n: c.n, date: c.date })}${formatCountNote(t, lang, c)}`;
}

export function formatStep(
  t: Translate,
  lang: string,
  step: DerivationStep,
  outcomeLabel: (code: string) => string,
): string {
  switch (step.kind) {
    case 'correctionNotice': {
      const asked = step.askedOn
        ? t(step.late ? 'step.correctionAskedLate' : 'step.correctionAsked', { date: step.askedOn })
        : '';
      return `${t('step.correctionNotice', { count: formatCount(t, lang, step.count) })}${asked}`;
    }
    case 'awaitingCorrection':
      return t('step.awaitingCorrection', {
        askedOn: step.askedOn,
        dueBy: step.dueBy ? t('step.correctionDueBy', { date: step.dueBy }) : '',
      });
    case 'consultation': {
      const ref = yearOf(step.sent);
      const reply =
        step.replied !== null
          ? t('step.replied', { date: step.replied })
          : t(step.state === 'waiting' ? 'step.waiting' : 'step.lapsed');
      const pause =
        step.pauseThrough > step.sent
          ? t('step.pause', {
              from: shortDate(addDays(step.sent, 1), ref),
              to: shortDate(step.pauseThrough, ref),
            })
          : t('step.noPause');
      return t('step.consultation', {
        party: t(`step.party.${step.party}`),
        who: step.partyName ? t('step.who', { name: step.partyName }) : '',
        sent: step.sent,
        receipt: step.receivedByParty
          ? t('step.receiptKnown', { date: step.receivedByParty })
          : t('step.receiptAssumed'),
        n: step.partyCount.n,
        partyDue: step.partyReplyDue,
        reply,
        pause,
      });
    }
    case 'replyDue':
      return t(step.basis === 'received' ? 'step.replyDueReceived' : 'step.replyDueCorrected', {
        count: formatCount(t, lang, step.count),
      });
    case 'extension':
      return t('step.extension', {
        n: step.workingDays,
        approver: step.approver,
        approvedOn: step.approvedOn,
        noticeDate: step.noticeDate,
        count: formatCount(t, lang, step.count),
      });
    case 'unknownYears':
      return t('step.unknownYears', { years: step.years.join(t('note.list')) });
    case 'answered': {
      const due =
        step.due === null
          ? ''
          : t(step.onTime ? 'step.answeredOnTime' : 'step.answeredLate', { due: step.due });
      return `${t('step.answered', { date: step.date, outcome: outcomeLabel(step.outcome) })}${due}`;
    }
  }
}
