// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { App as AntApp } from 'antd';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DisclosureRequest } from '../../../shared/model';
import { prepareFormTestDom } from '../../components/antd-shape';
import { db } from '../../db/database';
import { createRecord } from '../../db/repositories/registers';
import { i18n, initI18n } from '../../i18n';
import { fromFormValues, RequestForm, requestIssuePlacement, storedOrder } from './RequestForm';

/**
 * A refused save of 依申请公开's form shows each reason where the officer looks (user walk): on the
 * step as entered (the record is checked in date order), under the timeline for what concerns it as a
 * whole (延期 twice), on 金额 for an amount (the record has 分), and never as an internal path.
 * Through the real form, its save and the repository's checks. Obviously fake data only.
 */
initI18n('zh-CN');
prepareFormTestDom();

const ctx = { actor: 'test', now: '2025-03-03T08:00:00.000Z' };
const fields = {
  applicantType: 'natural',
  applicantName: '测试申请人甲',
  applicantContact: '',
  applicantIdNumber: '',
  applicantAddress: '',
  channel: 'inPerson',
  submittedDate: '2025-03-03',
  receivedDate: '2025-03-03',
  content: '测试申请内容',
  form: 'paper',
};
/** A fee notice; without `amountFen`, its 金额 is left empty. */
const feeNotice = (id: string, date: string, amountFen?: number) => ({
  id,
  type: 'feeNotice',
  date,
  method: 'perApplication',
  ...(amountFen === undefined ? { amountYuan: '' } : { amountFen }),
  payBy: '2025-03-31',
  note: '',
});
const feePaid = (id: string, date: string) => ({ id, type: 'feePaid', date, amountFen: 1000, note: '' });
const extension = (id: string, date: string) => ({
  id,
  type: 'extension',
  date,
  workingDays: 20,
  approver: '测试主任',
  noticeDate: date,
  note: '',
});

let mounted: { el: HTMLElement; unmount: () => void } | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});
afterAll(() => db.close());

/** Waits (in act) until `check` holds, up to 3 s. */
async function until(check: () => boolean) {
  for (let i = 0; i < 300 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check()).toBe(true);
}

/**
 * A stored request without steps, opened in the form with `events` on screen in this order (as
 * the officer left them before 保存), then 保存 pressed.
 */
async function saveWithSteps(serial: string, events: Record<string, unknown>[]) {
  const stored = (await createRecord(db, 'requests', { ...fields, serial }, ctx)) as DisclosureRequest;
  const el = document.createElement('div');
  document.body.appendChild(el);
  const root = createRoot(el);
  const record = { ...stored, events } as unknown as DisclosureRequest;
  await act(async () =>
    root.render(<AntApp>{<RequestForm record={record} done={() => undefined} />}</AntApp>),
  );
  mounted = {
    el,
    unmount: () => {
      act(() => root.unmount());
      el.remove();
    },
  };
  // The timeline is drawn after the fields above it (AfterFirstPaint).
  await until(() => el.querySelectorAll('[data-testid^="event-"].ant-card').length === events.length);
  await act(async () => (el.querySelector('[data-testid="save-record"]') as HTMLButtonElement).click());
  await until(() => el.querySelector('.ant-form-item-explain-error') !== null);
  return el;
}

/** The messages shown under the fields of step `n` (as on screen). */
function stepErrors(el: HTMLElement, n: number) {
  const card = el.querySelector(`[data-testid="event-${n}"]`);
  return [...(card?.querySelectorAll('.ant-form-item-explain-error') ?? [])].map((e) => e.textContent);
}
const banner = (el: HTMLElement) => el.querySelector('.ant-alert-error')?.textContent ?? '';

describe('a refused save of a request shows each reason where the officer looks', () => {
  it('on the step as entered, though the record is checked in date order', async () => {
    // Entered: the notice of 20 March, then a payment of 10 March (before any notice).
    const el = await saveWithSteps('2025-901', [
      feeNotice('n', '2025-03-20', 1000),
      feePaid('p', '2025-03-10'),
    ]);
    expect(stepErrors(el, 1)).toEqual(['缴费之前应先有收费通知']);
    expect(stepErrors(el, 0)).toEqual([]);
  });

  it('under the timeline for what concerns it as a whole: 延期 only once (条例第三十三条)', async () => {
    const el = await saveWithSteps('2025-902', [
      extension('e1', '2025-03-10'),
      extension('e2', '2025-03-11'),
    ]);
    const list = el.querySelector('[data-testid="events-errors"]');
    expect(list?.textContent).toBe('延期只能一次（条例第三十三条）');
    expect(list?.querySelector('.ant-form-item-explain-error')).not.toBeNull();
  });

  it('on 金额 for an amount left empty, with no internal path anywhere', async () => {
    const el = await saveWithSteps('2025-903', [extension('e1', '2025-03-10'), feeNotice('n', '2025-03-05')]);
    const card = el.querySelector('[data-testid="event-1"]');
    const amount = card?.querySelector('[data-testid="event-amountYuan"]')?.closest('.ant-form-item');
    expect(amount?.querySelector('.ant-form-item-explain-error')?.textContent).toBe('必填');
    expect(stepErrors(el, 0)).toEqual([]);
    expect(el.textContent).not.toMatch(/amountFen|events\./);
    expect(banner(el)).toBe('');
  });
});

describe('where the request form places an issue', () => {
  const t = i18n.getFixedT('zh-CN', 'requests');
  const steps = [
    { date: '2025-03-20' },
    { date: '2025-03-10' },
    { date: '2025-03-10' },
    { date: '2025-03-01' },
  ];

  it('counts steps in the stored order (by date, same-day steps as entered) and back', () => {
    const order = storedOrder(steps);
    expect(order).toEqual([3, 1, 2, 0]);
    const sent = fromFormValues({ events: steps.map((s, i) => ({ ...s, id: `s${i}` })) }) as {
      events: { id: string }[];
    };
    expect(sent.events.map((e) => e.id)).toEqual(['s3', 's1', 's2', 's0']);
    const { fieldOf } = requestIssuePlacement(() => order, t);
    expect(fieldOf?.(['events', 0, 'date'])).toEqual(['events', 3, 'date']);
    expect(fieldOf?.(['events', 3, 'amountFen'])).toEqual(['events', 0, 'amountYuan']);
    expect(fieldOf?.(['events'])).toEqual(['events']);
    expect(fieldOf?.(['serial'])).toEqual(['serial']);
  });

  it('labels an issue no field shows in the officer’s words, not the record’s path', () => {
    const { labelOf } = requestIssuePlacement(() => [], t);
    expect(labelOf?.(['events', 4, 'amountYuan'])).toBe('第5个办理环节 金额');
    expect(labelOf?.(['events', 1, 'id'])).toBe('第2个办理环节');
    expect(labelOf?.(['events'])).toBe('办理过程');
    expect(labelOf?.(['receivedDate'])).toBe('收到日期');
    expect(labelOf?.(['anonymisedAt'])).toBeUndefined();
  });
});
