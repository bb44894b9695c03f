import type { AgencyProfile } from '../model/settings';
import { CONSULTATION_CHANNELS, PUBLICATION_CHANNELS } from '../model/taxonomy';
import type { ReportFormat, TextSectionId } from './format-types';
import type { ReportModel } from './model';
import { token } from './placeholders';

/**
 * The first draft of the prose sections, written in the report's language (Chinese, as published).
 * Every figure is a token bound to a model cell (placeholders.ts), never a typed number. 【请补充…】
 * marks what only the officer knows; a check lists those left in.
 */

export const PROMPT_MARK = '【请补充';

/** Short name of an outcome group for prose: （二）部分公开（区分处理的…） → 部分公开. */
export function groupShortName(label: string): string {
  return label.replace(/^（[一二三四五六七八九十]+）/, '').replace(/（.*）$/, '');
}

function listNonZero(
  model: ReportModel,
  entries: { key: string; name: string }[],
  unit: string,
  joiner = '、',
): string {
  return entries
    .filter((e) => (model.cells[e.key]?.value ?? 0) > 0)
    .map((e) => `${e.name}${token(e.key)}${unit}`)
    .join(joiner);
}

function subhead(format: ReportFormat, id: string): string {
  return format.overviewSubheads.find((s) => s.id === id)?.title ?? '';
}

function overviewDraft(model: ReportModel, format: ReportFormat): string {
  const y = model.year;
  const categories = Object.keys(model.cells)
    .filter((k) => k.startsWith('pub:category:'))
    .map((key) => ({ key, name: key.slice('pub:category:'.length), n: model.cells[key]?.value ?? 0 }))
    .sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : 1));
  const byCategory = listNonZero(model, categories, '条');
  const channels = listNonZero(
    model,
    PUBLICATION_CHANNELS.map((c) => ({ key: `pub:channel:${c.code}`, name: `通过${c.zh}发布` })),
    '条',
    '，',
  );
  const consultations = listNonZero(
    model,
    CONSULTATION_CHANNELS.map((c) => ({ key: `cons:channel:${c.code}`, name: `${c.zh}咨询` })),
    '人次',
  );
  const outcomes = format.table3.groups
    .map((g) => `${groupShortName(g.label)}${token(`req:group:${g.id}`)}件`)
    .join('、');
  const proactive = [
    `${y}年，本机关共主动公开政府信息${token('pub:total')}条${byCategory ? `，其中${byCategory}` : ''}。`,
    `本年制发规章${token('t2:rule:issued')}件、行政规范性文件${token('t2:normative:issued')}件，` +
      `废止规章${token('t2:rule:abolished')}件、行政规范性文件${token('t2:normative:abolished')}件；` +
      `截至${y}年12月31日，现行有效规章${token('t2:rule:valid')}件、行政规范性文件${token('t2:normative:valid')}件。`,
  ].join('');
  const requests = [
    `本年度新收政府信息公开申请${token('t3:received:total')}件，上年结转${token('t3:carriedIn:total')}件；`,
    `办结${token('t3:resultsTotal:total')}件，其中${outcomes}；`,
    `结转下年度继续办理${token('t3:carriedOut:total')}件。`,
    `本年度共接受政府信息公开咨询${token('cons:total')}人次${consultations ? `，其中${consultations}` : ''}。`,
    `本年度涉及本机关政府信息公开的行政复议${token('t4:review:total')}件、行政诉讼${token('appeal:suitTotal')}件。`,
  ].join('');
  const management =
    `本年度主动公开的${token('pub:total')}条政府信息中，${token('pub:reviewed')}条经初审、保密审查、领导审签后发布，` +
    '落实“上网信息不涉密，涉密信息不上网”要求。' +
    `${PROMPT_MARK}：政府信息公开目录和指南更新、规范性文件清理、政策解读等情况】`;
  const platform = `${channels ? `本年度${channels}。` : ''}${PROMPT_MARK}：政府网站、政务新媒体、政务公开栏等平台建设和维护情况】`;
  const oversight = `${PROMPT_MARK}：工作机构和人员配备、业务培训、考核评议、社会监督和责任追究等情况】`;
  return [
    subhead(format, 'proactive'),
    proactive,
    subhead(format, 'requests'),
    requests,
    subhead(format, 'management'),
    management,
    subhead(format, 'platform'),
    platform,
    subhead(format, 'oversight'),
    oversight,
  ].join('\n');
}

function preambleDraft(model: ReportModel, format: ReportFormat, profile: Partial<AgencyProfile>): string {
  const y = model.year;
  const contact = [
    profile.address ? `地址：${profile.address}` : '',
    profile.phone ? `电话：${profile.phone}` : '',
  ]
    .filter(Boolean)
    .join('；');
  return [
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${format.basis}）要求编制。`,
    '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
    `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`,
    profile.website ? `本报告电子版可在${profile.website}查阅或下载。` : '',
    contact ? `如对本报告有疑问，请与${profile.agencyName || '本机关'}联系（${contact}）。` : '',
  ].join('');
}

/** Fresh draft texts for every prose section of the format. */
export function draftTexts(
  model: ReportModel,
  format: ReportFormat,
  profile: Partial<AgencyProfile>,
): Record<TextSectionId, string> {
  return {
    preamble: preambleDraft(model, format, profile),
    overview: overviewDraft(model, format),
    problems: [
      '（一）存在的主要问题',
      `${PROMPT_MARK}：本年度政府信息公开工作存在的主要问题】`,
      '（二）改进情况',
      `${PROMPT_MARK}：上年度报告所列改进措施的落实情况及下一步改进措施】`,
    ].join('\n'),
    // 国办函〔2020〕109号: 六 states the 信息处理费 collected (or that none was).
    other: [
      token('fee:sentence'),
      `${PROMPT_MARK}：人大代表建议和政协提案办理结果公开、政务公开工作创新等情况；没有的，删除本段】`,
    ].join('\n'),
  };
}
