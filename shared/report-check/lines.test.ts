import { describe, expect, it } from 'vitest';
import { extractFromText, extractReport } from './extract';
import { linesFromItems, linesFromText, type PositionedItem } from './lines';

const item = (str: string, x: number, y: number, width = str.length * 10): PositionedItem => ({
  str,
  x,
  y,
  width,
  height: 10,
});

describe('linesFromItems (PDF fragments → lines and cells)', () => {
  it('joins fragments of one label and one number, and splits columns at wide gaps', () => {
    const lines = linesFromItems(
      [
        item('一、本年新收', 50, 500),
        item('政府信息公开申请数量', 110, 500.5),
        item('1', 300, 500, 5),
        item('2', 305, 500, 5),
        item('0', 360, 499),
      ],
      1,
      842,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.cells.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '12', '0']);
    expect(lines[0]?.y).toBeCloseTo(342);
  });

  it('places a row with a missing (blank) cell under its column, and a wrapped label on its row', () => {
    const cols = [300, 340, 380, 420, 460, 500, 540];
    const row = (label: string | null, y: number, values: (string | null)[]) => [
      ...(label ? [item(label, 40, y)] : []),
      ...values.flatMap((v, i) => (v === null ? [] : [item(v, (cols[i] ?? 0) - 2.5, y, 5)])),
    ];
    const items = [
      item('三、收到和处理政府信息公开申请情况', 40, 700),
      ...row('一、本年新收政府信息公开申请数量', 660, ['3', '0', '0', '0', '0', '0', '3']),
      ...row('二、上年结转政府信息公开申请数量', 640, ['0', '0', '0', '0', '0', '0', '0']),
      // 1.申请人无正当理由逾期不补正… wrapped over three lines, the numbers on the middle one.
      item('1.申请人无正当理由逾期', 40, 625),
      ...row(null, 612, ['1', null, '0', '0', '0', '0', '1']),
      item('不补正、行政机关不再处', 40, 612),
      item('理其政府信息公开申请', 40, 599),
      ...row('（七）总计', 580, ['1', '0', '0', '0', '0', '0', '1']),
    ];
    const r = extractReport(linesFromItems(items, 1, 842));
    expect(r.tables.table3['other.noCorrection']).toEqual({
      natural: 1,
      commercial: null,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 0,
      total: 1,
    });
    expect(r.printed['t3:other.noCorrection']).toBe(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    );
  });
});

describe('number runs in one item', () => {
  it('splits "0  1  2" written as one fragment into cells', () => {
    const lines = linesFromItems(
      [item('行政强制', 50, 400), { str: '0    1    2', x: 300, y: 400, width: 110, height: 10 }],
      1,
      842,
    );
    expect(lines[0]?.cells.map((c) => c.text)).toEqual(['行政强制', '0', '1', '2']);
  });
});

describe('linesFromText: a report copied from a PDF viewer (spaces, not tabs)', () => {
  // Found walking 年报体检 (2026-12-08): 表二's one-figure rows and its column heads were read as prose,
  // so 行政许可 / 行政处罚 / 行政强制 / 收费 were reported blank although their figures were there.
  const tabbed = [
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t0\t0',
    '行政规范性文件\t1\t0\t1',
    '第二十条第（五）项',
    '信息内容\t本年处理决定数量',
    '行政许可\t12',
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    '行政处罚\t3',
    '行政强制\t0',
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    '行政事业性收费\t1.23',
  ].join('\n');

  it('reads 表二 as the same text with tabs does', () => {
    const spaced = extractFromText(tabbed.replaceAll('\t', ' ')).tables.table2;
    expect(spaced).toEqual(extractFromText(tabbed).tables.table2);
    expect(spaced).toMatchObject({
      rule: { issued: 0, abolished: 0, valid: 0 },
      licensing: { count: 12 },
      fees: { amount: 1.23 },
    });
  });

  it('leaves a sentence that ends in a number as prose', () => {
    const [line] = linesFromText('本年共收到申请，其中当面提交 12');
    expect(line?.tableRow).toBe(false);
  });
});
