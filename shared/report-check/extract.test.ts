import { describe, expect, it } from 'vitest';
import { checkReport } from './check';
import { extractFromText } from './extract';

/**
 * Real published reports, as their web pages print them (tables copied as "|" rows), transcribed
 * from the search corpus; test/fixtures/report-check/README.md gives the addresses. The pages were
 * cut off after a few rows, so only the rows shown are asserted.
 */
const LONGGANG_2024 = `一、总体情况
本年报根据《中华人民共和国政府信息公开条例》(下称《条例》)要求编制，本报告所列数据的统计期限为2024年1月1日至2024年12月31日。
二、主动公开政府信息情况
第二十条第(一)项 |
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 5 | 1 | 25 |
第二十条第(五)项 |
信息内容 | 本年处理决定数量 |
行政许可 | 0 |
第二十条第(六)项 |
信息内容 | 本年处理决定数量 |
行政处罚 | 0 |
行政强制 | 0 |
第二十条第(八)项 |
信息内容 | 本年收费金额(单位:万元) |
行政事业性收费 | 0 |
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |
自然人 | 法人或其他组织 | 总计 |
商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |
一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |
二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |
(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 16 | 1 | 0 | 0 | 0 | 0 | 17 |
(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
5.属于三类内部事务信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`;

const XIAOGAN_2019 = `市政府研究室2019年政府信息公开
工作年度报告
一、总体情况
经信息汇总梳理，2019年孝感市政府研究室主动公开信息16条，收到依申请公开请求2件，按时办结2件。
二、主动公开政府信息情况
第二十条第(一)项 | ||||
信息内容 | 本年新 | 本年新 | 对外公开总数量 | |
规章 | 0 | 0 | 0 | |
规范性文件 | 0 | 0 | 0 | |
第二十条第(五)项 | ||||
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |
行政许可 | 0 | 0 | 0 | |
其他对外管理服务事项 | 0 | 0 | 0 | |`;

/** A 2020 report's last page as a PDF viewer copies it: table cells separated by spaces. */
const SHENJI_2020_PAGE9 = `四、结转下年度继续办理 0 0 0 0 0 0 0
四、政府信息公开行政复议、行政诉讼情况
2020 年，我单位对形成的政府信息实现了依法、有序公开，未出现申请行政复议、提起行政诉讼的情况。
行政复议 行政诉讼
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
五、存在的主要问题及改进情况`;

describe('extract from real published reports (pasted text)', () => {
  it('reads 表二 and the rows of 表三 of the 2024 Longgang report', () => {
    const r = extractFromText(LONGGANG_2024);
    expect(r.year).toBe(2024);
    expect(r.format).toBe('2021');
    expect(r.tables.table2.normative).toEqual({ issued: 5, abolished: 1, valid: 25 });
    expect(r.tables.table2.rule).toEqual({ issued: 0, abolished: 0, valid: 0 });
    expect(r.tables.table2.fees).toEqual({ amount: 0 });
    expect(r.tables.table3.received).toEqual({
      natural: 58,
      commercial: 7,
      research: 0,
      publicInterest: 0,
      legalService: 1,
      other: 0,
      total: 66,
    });
    expect(r.tables.table3.carriedIn?.total).toBe(2);
    expect(r.tables.table3.disclose).toEqual({
      natural: 2,
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 0,
      total: 3,
    });
    expect(r.tables.table3.partial?.natural).toBe(16);
    expect(r.tables.table3['withhold.internal']?.total).toBe(1);
    const findings = checkReport(r, null);
    // The page is cut off: rows after 6.属于四类过程性信息 are missing, nothing else is wrong.
    expect(
      findings.filter(
        (f) => f.code === 't3.columnsSum' || f.code.startsWith('cell.') || f.code.startsWith('label.'),
      ),
    ).toEqual([]);
  });

  it('recognises the 2019 trial format and does not hold a 2019 report to the 2021 one', () => {
    const r = extractFromText(XIAOGAN_2019);
    expect(r.year).toBe(2019);
    expect(r.body).toBe('市政府研究室');
    expect(r.format).toBe('2019');
    expect(r.tables.table2.licensing).toEqual({ lastYearItems: 0, change: 0, count: 0 });
    const codes = checkReport(r, null).map((f) => f.code);
    expect(codes).not.toContain('format.trialTable2');
    expect(codes).toContain('label.normative');
  });

  it('flags the trial table 二 in a report for 2021 or later', () => {
    const r = extractFromText(XIAOGAN_2019.replace(/2019/g, '2022'));
    expect(checkReport(r, null).map((f) => f.code)).toContain('format.trialTable2');
  });

  it('reads space-separated rows and the 15 cells of 表四 copied from a PDF viewer', () => {
    const r = extractFromText(`三、收到和处理政府信息公开申请情况\n${SHENJI_2020_PAGE9}`);
    expect(r.tables.table3.carriedOut?.total).toBe(0);
    expect(r.tables.table4.review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(r.tables.table4.suitAfterReview?.total).toBe(0);
    expect(r.sections.appeals).toContain('未出现申请行政复议');
  });
});

describe('label variants', () => {
  const table = (rows: string) =>
    extractFromText(
      `三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n${rows}`,
    );

  it('maps typos, extra spaces and full-width digits onto the official rows', () => {
    const r = table(
      '（三）不予公开 | 2.其他法律行政止公开 | ０ | 0 | 0 | 0 | 0 | 0 | ０\n（四）无法提供 | 1. 本机关 不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n（七） 总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
    );
    expect(r.tables.table3['withhold.lawProhibited']?.total).toBe(0);
    expect(r.tables.table3['unable.notHeld']?.natural).toBe(1);
    expect(r.tables.table3.resultsTotal?.total).toBe(1);
    const typos = checkReport(r, null).filter((f) => f.code === 'label.typo');
    expect(typos.map((f) => f.row)).toEqual(['withhold.lawProhibited']);
    expect(typos[0]?.evidence).toContain('行政止公开');
  });

  it('keeps "/" and blank cells as null and says so', () => {
    const r = table('（一）予以公开 | / |  | 0 | 0 | 0 | 0 | 1');
    expect(r.tables.table3.disclose).toMatchObject({ natural: null, commercial: null, total: 1 });
    const blanks = checkReport(r, null).filter((f) => f.code === 'cell.blank');
    expect(blanks.map((f) => f.column)).toEqual(['natural', 'commercial']);
  });
});
