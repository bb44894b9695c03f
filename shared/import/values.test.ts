import { describe, expect, it } from 'vitest';
import { mapValue, mapValueList, valueMapper } from './values';
import { vocabCodes } from './value-vocab';

describe('value mapping defaults', () => {
  it('maps channel words to channel codes', () => {
    expect(mapValue('publicationChannel', '网站')).toEqual({ ok: true, code: 'website' });
    expect(mapValue('publicationChannel', '政府网站/信息公开平台')).toEqual({ ok: true, code: 'website' });
    expect(mapValue('publicationChannel', '微信公众号')).toEqual({ ok: true, code: 'wechat' });
    expect(mapValue('publicationChannel', '政务公开栏')).toEqual({ ok: true, code: 'board' });
  });

  it('maps outcome words, and the 表三 labels themselves', () => {
    expect(mapValue('outcome', '已公开')).toEqual({ ok: true, code: 'disclose' });
    expect(mapValue('outcome', '公开')).toEqual({ ok: true, code: 'disclose' });
    expect(mapValue('outcome', '予以公开')).toEqual({ ok: true, code: 'disclose' });
    expect(mapValue('outcome', '部分公开')).toEqual({ ok: true, code: 'partial' });
    expect(mapValue('outcome', '本机关不掌握相关政府信息')).toEqual({ ok: true, code: 'unable.notHeld' });
    expect(mapValue('outcome', '不予公开（属于国家秘密）')).toEqual({
      ok: true,
      code: 'withhold.stateSecret',
    });
    expect(mapValue('outcome', '无法提供-信息不存在')).toEqual({ ok: true, code: 'unable.notHeld' });
    expect(mapValue('outcome', '重复申请')).toEqual({ ok: true, code: 'notProcessed.repeat' });
  });

  it('refuses to guess the reason row of a bare 不予公开 (表三 needs it)', () => {
    expect(mapValue('outcome', '不予公开')).toEqual({ ok: false, reason: 'import.error.ambiguousValue' });
    expect(mapValue('applicantType', '法人或其他组织')).toEqual({
      ok: false,
      reason: 'import.error.ambiguousValue',
    });
    expect(mapValue('appealKind', '行政诉讼')).toEqual({ ok: false, reason: 'import.error.ambiguousValue' });
  });

  it('maps applicant types, request channels and consultation channels', () => {
    expect(mapValue('applicantType', '个人')).toEqual({ ok: true, code: 'natural' });
    expect(mapValue('applicantType', '自然人')).toEqual({ ok: true, code: 'natural' });
    expect(mapValue('applicantType', '测试律师事务所')).toEqual({ ok: true, code: 'legalService' });
    expect(mapValue('applicantType', '企业')).toEqual({ ok: true, code: 'commercial' });
    expect(mapValue('requestChannel', '平常信函')).toEqual({ ok: true, code: 'ordinaryLetter' });
    expect(mapValue('requestChannel', '信函')).toEqual({ ok: true, code: 'post' });
    expect(mapValue('requestChannel', '网上申请')).toEqual({ ok: true, code: 'internet' });
    expect(mapValue('consultationChannel', '来电')).toEqual({ ok: true, code: 'phone' });
    expect(mapValue('consultationChannel', '网站留言')).toEqual({ ok: true, code: 'online' });
  });

  it('reports words it does not know', () => {
    expect(mapValue('publicationChannel', '飞鸽传书')).toEqual({
      ok: false,
      reason: 'import.error.unknownValue',
    });
  });

  it('lets the officer override: own words win over the defaults', () => {
    expect(mapValue('outcome', '不予公开', { 不予公开: 'withhold.process' })).toEqual({
      ok: true,
      code: 'withhold.process',
    });
    expect(mapValue('publicationChannel', '飞鸽传书', { 飞鸽传书: 'other' })).toEqual({
      ok: true,
      code: 'other',
    });
    // Keys are normalised (spaces, full-width, case).
    expect(mapValue('publicationChannel', 'ＯＡ 系统', { oa系统: 'other' })).toEqual({
      ok: true,
      code: 'other',
    });
  });
});

describe('lists of values in one cell', () => {
  it('splits on the separators officers use', () => {
    expect(mapValueList('publicationChannel', '网站、政务公开栏')).toEqual({
      ok: true,
      codes: ['website', 'board'],
    });
    expect(mapValueList('publicationChannel', '网站,微信；微博')).toEqual({
      ok: true,
      codes: ['website', 'wechat', 'weibo'],
    });
    expect(mapValueList('publicationChannel', '网站/微信')).toEqual({
      ok: true,
      codes: ['website', 'wechat'],
    });
    expect(mapValueList('publicationChannel', '政府网站/信息公开平台')).toEqual({
      ok: true,
      codes: ['website'],
    });
    expect(mapValueList('publicationChannel', '网站 网站')).toEqual({ ok: true, codes: ['website'] });
  });

  it('names the part it could not map', () => {
    expect(mapValueList('publicationChannel', '网站、飞鸽传书')).toEqual({
      ok: false,
      reason: 'import.error.unknownValue',
      part: '飞鸽传书',
    });
  });
});

describe('valueMapper', () => {
  it('applies per-field overrides and gives stable answers for repeated words', () => {
    const m = valueMapper({ outcome: { 不予公开: 'withhold.internal' } });
    expect(m.one('outcome', 'outcome', '不予公开')).toEqual({ ok: true, code: 'withhold.internal' });
    expect(m.one('outcome', 'outcome', '不予公开')).toEqual({ ok: true, code: 'withhold.internal' });
    expect(m.many('channels', 'publicationChannel', '网站、微信')).toEqual({
      ok: true,
      codes: ['website', 'wechat'],
    });
  });

  it('lists the codes a vocabulary can produce', () => {
    expect(vocabCodes('consultationChannel')).toEqual(['phone', 'inPerson', 'online', 'letter']);
    expect(vocabCodes('outcome')).toHaveLength(21);
  });
});
