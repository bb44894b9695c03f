import { describe, expect, it } from 'vitest';
import {
  indexNumberMatcher,
  type PatternToken,
  parseIndexPattern,
  renderTokens,
  scopeKeyOf,
} from './index-pattern';

function tokensOf(pattern: string): PatternToken[] {
  const parsed = parseIndexPattern(pattern);
  if (!parsed.ok) throw new Error(`pattern ${pattern} refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.tokens;
}

const values = { prefix: '110000000000FAKE0X', year: 2025, month: 3, category: '07', serial: 13 };

describe('index pattern grammar', () => {
  it('renders the national default as in the 2009 guide', () => {
    expect(renderTokens(tokensOf('{前段码}/{年份}-{5位流水号}'), values)).toBe(
      '110000000000FAKE0X/2025-00013',
    );
  });

  it.each([
    ['{前段码}', '110000000000FAKE0X'],
    ['{年份}', '2025'],
    ['{月份}', '03'],
    ['{分类码}', '07'],
    ['{3位流水号}', '013'],
    ['{4位流水号}', '0013'],
    ['{5位流水号}', '00013'],
    ['{6位流水号}', '000013'],
    ['{7位流水号}', '0000013'],
    ['{8位流水号}', '00000013'],
  ])('placeholder %s renders %s', (placeholder, expected) => {
    const pattern = placeholder.includes('流水号') ? placeholder : `${placeholder}-{5位流水号}`;
    const rendered = renderTokens(tokensOf(pattern), values);
    expect(rendered?.startsWith(expected)).toBe(true);
    if (placeholder.includes('流水号')) expect(rendered).toBe(expected);
  });

  it('renders local variants: category block, year+month block, longer serial', () => {
    expect(renderTokens(tokensOf('{前段码}/{分类码}-{年份}{月份}-{6位流水号}'), values)).toBe(
      '110000000000FAKE0X/07-202503-000013',
    );
  });

  it('reads full-width characters typed with a Chinese IME as their ASCII forms', () => {
    expect(renderTokens(tokensOf('｛前段码｝／｛年份｝－｛５位流水号｝'), values)).toBe(
      '110000000000FAKE0X/2025-00013',
    );
  });

  it('refuses a serial that does not fit its width instead of widening it', () => {
    expect(renderTokens(tokensOf('{年份}-{3位流水号}'), { ...values, serial: 999 })).toBe('2025-999');
    expect(renderTokens(tokensOf('{年份}-{3位流水号}'), { ...values, serial: 1000 })).toBeNull();
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['{前段码}/{年份}', 'noSerial'],
    ['{年份}-{5位流水号}-{3位流水号}', 'multipleSerials'],
    ['{年份}-{2位流水号}', 'serialWidth'],
    ['{年份}-{9位流水号}', 'serialWidth'],
    ['{前段码}/{年度}-{5位流水号}', 'unknownPlaceholder'],
    ['{前段码/{年份}-{5位流水号}', 'unclosedBrace'],
    ['{前段码}/{年份-{5位流水号}', 'unclosedBrace'],
    ['{前段码}}/{年份}-{5位流水号}', 'strayBrace'],
    ['{前段码} / {年份}-{5位流水号}', 'whitespace'],
    ['{年份}{年份}-{5位流水号}', 'repeatedPlaceholder'],
    [`${'x'.repeat(100)}{5位流水号}`, 'tooLong'],
  ])('refuses %j with %s', (pattern, code) => {
    const parsed = parseIndexPattern(pattern);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.code)).toContain(code);
  });

  it('names the unknown placeholder so the message can quote it', () => {
    const parsed = parseIndexPattern('{年度}-{5位流水号}');
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { code: 'unknownPlaceholder', params: { name: '年度' } },
    ]);
  });

  it('warns when the serial would never restart or the agency code is missing', () => {
    const parsed = parseIndexPattern('XZ-{5位流水号}');
    expect(parsed.ok && parsed.warnings.map((w) => w.code)).toEqual(['noYear', 'noPrefix']);
    const national = parseIndexPattern('{前段码}/{年份}-{5位流水号}');
    expect(national.ok && national.warnings).toEqual([]);
  });
});

describe('serial width ≥ 3 for the 索引号 (the 文号 reuses the tokens with its own unpadded serial)', () => {
  it.each(['{0位流水号}', '{00位流水号}', '{1位流水号}', '{2位流水号}', '{9位流水号}'])(
    '%s is refused',
    (serial) => {
      const parsed = parseIndexPattern(`{前段码}/{年份}-${serial}`);
      expect(parsed).toMatchObject({ ok: false, errors: [{ code: 'serialWidth' }] });
    },
  );
  it('a 0-width serial without the 文号 flag renders and reads nothing (it fits no number)', () => {
    const zero: PatternToken[] = [
      { kind: 'year' },
      { kind: 'literal', text: '-' },
      { kind: 'serial', width: 0 },
    ];
    expect(renderTokens(zero, values)).toBeNull();
    expect(indexNumberMatcher(zero, '')('2025-13')).toBeNull();
    const unpadded: PatternToken[] = [
      { kind: 'year' },
      { kind: 'literal', text: '-' },
      { kind: 'serial', width: 0, unpadded: true },
    ];
    expect(renderTokens(unpadded, values)).toBe('2025-13');
    expect(indexNumberMatcher(unpadded, '')('2025-13')).toMatchObject({ serial: 13 });
  });
});

describe('reading numbers back', () => {
  const tokens = tokensOf('{前段码}/{分类码}-{年份}{月份}-{5位流水号}');
  const match = indexNumberMatcher(tokens, '110000000000FAKE0X');

  it('extracts year, month, category and serial', () => {
    expect(match('110000000000FAKE0X/07-202503-00013')).toMatchObject({
      year: 2025,
      month: 3,
      category: '07',
      serial: 13,
    });
  });

  it('puts numbers of different months of one year in the same scope, other years elsewhere', () => {
    const march = match('110000000000FAKE0X/07-202503-00013');
    const june = match('110000000000FAKE0X/07-202506-00014');
    const nextYear = match('110000000000FAKE0X/07-202601-00001');
    expect(march?.scopeKey).toBe(june?.scopeKey);
    expect(nextYear?.scopeKey).not.toBe(march?.scopeKey);
    expect(march?.scopeKey).toBe(
      scopeKeyOf(tokens, { prefix: '110000000000FAKE0X', year: 2025, category: '07' }),
    );
  });

  it.each([
    '110000000000FAKE0X/07-202513-00013', // month 13
    '110000000000FAKE0X/07-202503-0013', // serial too short
    '110000000000FAKE0X/07-202503-00000', // serial 0 is never issued
    '910000000000FAKE0X/07-202503-00013', // another agency's code
    '110000000000FAKE0X/07-202503-00013 ',
  ])('does not match %j', (n) => {
    expect(match(n)).toBeNull();
  });
});
