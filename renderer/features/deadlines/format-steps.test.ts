import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar';
import { labelOf, OUTCOMES, type RequestEvent, requestEvent } from '../../../shared/model';
import { computeDeadlines, renderDerivationZh } from '../../../shared/requests';
import en from '../../i18n/locales/en/clock.json';
import zh from '../../i18n/locales/zh-CN/clock.json';
import { formatStep } from './format-steps';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { 'zh-CN': { clock: zh }, en: { clock: en } },
  lng: 'zh-CN',
  ns: ['clock'],
  defaultNS: 'clock',
  interpolation: { escapeValue: false },
});

let n = 0;
const ev = (e: Record<string, unknown>): RequestEvent => requestEvent.parse({ id: `e${++n}`, ...e });
const sent = ev({
  type: 'consultationSent',
  date: '2025-09-26',
  party: 'thirdParty',
  partyName: '测试公司甲',
  receivedByParty: '2025-09-26',
});
const sentAgency = ev({
  type: 'consultationSent',
  date: '2025-10-13',
  party: 'agency',
  receivedByParty: null,
});

const scenarios: { receivedDate: string; events: RequestEvent[] }[] = [
  { receivedDate: '2025-09-25', events: [] },
  { receivedDate: '2025-12-30', events: [] },
  { receivedDate: '2026-12-15', events: [] },
  {
    receivedDate: '2025-09-22',
    events: [ev({ type: 'correctionAsked', date: '2025-09-24', dueBy: '2025-10-20' })],
  },
  {
    receivedDate: '2025-09-22',
    events: [
      ev({ type: 'correctionAsked', date: '2025-10-09' }),
      ev({ type: 'correctionReceived', date: '2025-10-10' }),
    ],
  },
  {
    receivedDate: '2025-09-15',
    events: [sent, ev({ type: 'consultationReplied', date: '2025-10-15', sentEventId: sent.id })],
  },
  { receivedDate: '2025-09-15', events: [sent, sentAgency] },
  {
    receivedDate: '2025-09-25',
    events: [
      ev({
        type: 'extension',
        date: '2025-10-20',
        workingDays: 20,
        approver: '测试负责人乙',
        noticeDate: '2025-10-21',
      }),
      ev({ type: 'answered', date: '2025-11-20', outcome: 'partial' }),
    ],
  },
  {
    receivedDate: '2025-09-25',
    events: [ev({ type: 'answered', date: '2025-11-20', outcome: 'unable.notHeld' })],
  },
];

describe('formatStep', () => {
  const cal = buildCalendar();
  const outcome = (code: string) => labelOf(OUTCOMES, code);

  it('in zh-CN says exactly what the shared Chinese renderer (and the CLI) says', () => {
    const t = i18n.getFixedT('zh-CN', 'clock');
    for (const s of scenarios) {
      const r = computeDeadlines(s, cal, { today: '2025-10-20', dueSoonWorkingDays: 5 });
      expect(r.steps.map((step) => formatStep(t, 'zh-CN', step, outcome))).toEqual(
        renderDerivationZh(r.steps),
      );
    }
  });

  it('in English uses English holiday names and words', () => {
    const t = i18n.getFixedT('en', 'clock');
    const r = computeDeadlines(scenarios[0]!, cal, { today: '2025-10-01', dueSoonWorkingDays: 5 });
    const line = formatStep(t, 'en', r.steps[1]!, outcome);
    expect(line).toBe(
      'Received 2025-09-25 → working day 20: 2025-10-29 (skipping National Day / Mid-autumn Festival holiday 10-01–10-08; counting make-up working days 09-28, 10-11)',
    );
  });
});
