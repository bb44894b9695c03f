import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../model/records';
import {
  applicantKey,
  formatYuan,
  perApplicationRateFen,
  perApplicationTotalFen,
  perPageFeeFen,
  proposePerApplicationFee,
  proposePerPageFee,
  type FeeRequest,
} from './fees';
import { ev } from './test-helpers';

describe('按件计收 bands (per applicant per natural month)', () => {
  it.each([
    [10, 0, 0],
    [11, 10_000, 10_000],
    [30, 10_000, 200_000],
    [31, 20_000, 220_000],
    [40, 20_000, 400_000],
    [41, 30_000, 430_000],
    [50, 30_000, 700_000],
    [51, 40_000, 740_000],
  ])('application %i costs %i 分 itself, %i 分 for the month so far', (n, rate, total) => {
    expect(perApplicationRateFen(n)).toBe(rate);
    expect(perApplicationTotalFen(n)).toBe(total);
  });
});

describe('按量计收 bands (pages of one request)', () => {
  it.each([
    [0, 0],
    [30, 0],
    [31, 1_000],
    [100, 70_000],
    [101, 72_000],
    [200, 270_000],
    [201, 274_000],
  ])('%i pages cost %i 分', (pages, fen) => {
    expect(perPageFeeFen(pages)).toBe(fen);
  });

  it('explains the working', () => {
    expect(proposePerPageFee(101).text).toBe(
      '共101页，31—100页部分按10元/页、101—200页部分按20元/页 → 720元',
    );
    expect(proposePerPageFee(201).text).toBe(
      '共201页，31—100页部分按10元/页、101—200页部分按20元/页、201页以上部分按40元/页 → 2740元',
    );
    expect(proposePerPageFee(30).text).toBe('共30页，30页以内不收费 → 0元');
  });
});

function app(n: number, name: string, date: string, events: RequestEvent[] = []): FeeRequest {
  return {
    id: `r${name}${n}`,
    serial: `2025-${String(n).padStart(3, '0')}`,
    applicantName: name,
    applicantType: 'natural',
    receivedDate: date,
    events,
    deletedAt: null,
  };
}

describe('proposePerApplicationFee', () => {
  // 测试申请人甲 files 12 applications in October 2025 (one more in September, another person's in between).
  const month = Array.from({ length: 12 }, (_, i) =>
    app(i + 1, '测试申请人甲', `2025-10-${String(i + 9).padStart(2, '0')}`),
  );
  const others = [
    app(90, '测试申请人甲', '2025-09-30'),
    app(91, '测试申请人乙', '2025-10-10'),
    { ...app(92, '测试申请人甲', '2025-10-09'), deletedAt: '2025-10-20T00:00:00Z' },
  ];
  const all = [...month, ...others];
  const twelfth = month[11]!;

  it('counts the applicant’s place in the natural month and proposes the fee with its working', () => {
    const p = proposePerApplicationFee(twelfth, all);
    expect(p.ordinal).toBe(12);
    expect(p.amountFen).toBe(20_000);
    expect(p.text).toBe('本月第12件，11—30件部分按100元/件 → 200元');
  });

  it('never charges an application twice: earlier notices this month are deducted', () => {
    const withNotice = month.map((r, i) =>
      i === 10
        ? {
            ...r,
            events: [
              ev({
                type: 'feeNotice',
                date: '2025-10-20',
                method: 'perApplication',
                amountFen: 10_000,
                payBy: '2025-11-17',
              }),
            ],
          }
        : r,
    );
    const p = proposePerApplicationFee(twelfth, [...withNotice, ...others]);
    expect(p.amountFen).toBe(10_000);
    expect(p.text).toBe('本月第12件，11—30件部分按100元/件 → 本月累计200元，已通知100元，本件100元');
  });

  it('is free up to the 10th and treats the same name written differently as the same applicant', () => {
    expect(proposePerApplicationFee(month[9]!, all)).toMatchObject({
      ordinal: 10,
      amountFen: 0,
      text: '本月第10件，10件以内不收费 → 0元',
    });
    const spaced = { ...app(99, ' 测试申请人甲 ', '2025-10-31'), id: 'spaced' };
    expect(applicantKey(spaced)).toBe(applicantKey(twelfth));
    expect(proposePerApplicationFee(spaced, all).ordinal).toBe(13);
    expect(applicantKey({ ...spaced, applicantType: 'commercial' })).not.toBe(applicantKey(twelfth));
  });

  it('formats 分 as 元 without floating point', () => {
    expect(formatYuan(20_000)).toBe('200元');
    expect(formatYuan(1_050)).toBe('10.50元');
    expect(formatYuan(7)).toBe('0.07元');
  });
});
