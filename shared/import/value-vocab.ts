import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_TYPES,
  CONSULTATION_CHANNELS,
  DOC_KINDS,
  OUTCOMES,
  PUBLICATION_CHANNELS,
  REQUEST_CHANNELS,
  VALIDITIES,
} from '../model/taxonomy';
import type { VocabName } from './fields';

/**
 * The words officers write in a cell, and the code each means. `null` marks a word too broad to
 * decide (e.g. "不予公开" without the reason: the report's 表三 needs the reason row, and filing
 * "本机关不掌握" under 不予公开 is a classic error in published reports) — the officer must map it.
 * Each vocabulary also accepts its codes and its official labels (taxonomy.ts).
 */
export type VocabWords = readonly (readonly [word: string, code: string | null])[];

const PUBLICATION_CHANNEL_WORDS: VocabWords = [
  ['网站', 'website'],
  ['政府网站', 'website'],
  ['门户网站', 'website'],
  ['政府门户网站', 'website'],
  ['信息公开平台', 'website'],
  ['政府信息公开平台', 'website'],
  ['公开平台', 'website'],
  ['政府信息公开网', 'website'],
  ['网上公开', 'website'],
  ['公开栏', 'board'],
  ['政务公开栏', 'board'],
  ['公示栏', 'board'],
  ['宣传栏', 'board'],
  ['公告栏', 'board'],
  ['报刊', 'press'],
  ['报纸', 'press'],
  ['杂志', 'press'],
  ['政府公报', 'press'],
  ['公报', 'press'],
  ['广播', 'broadcast'],
  ['电视', 'broadcast'],
  ['广播电视', 'broadcast'],
  ['新闻发布会', 'pressConference'],
  ['发布会', 'pressConference'],
  ['微博', 'weibo'],
  ['政务微博', 'weibo'],
  ['微信', 'wechat'],
  ['公众号', 'wechat'],
  ['微信公众号', 'wechat'],
  ['政务微信', 'wechat'],
  ['其他', 'other'],
];

const DOC_KIND_WORDS: VocabWords = [
  ['一般', 'ordinary'],
  ['一般信息', 'ordinary'],
  ['普通', 'ordinary'],
  ['其他', 'ordinary'],
  ['规章', 'rule'],
  ['政府规章', 'rule'],
  ['部门规章', 'rule'],
  ['规范性文件', 'normative'],
  ['行政规范性文件', 'normative'],
];

const VALIDITY_WORDS: VocabWords = [
  ['有效', 'valid'],
  ['现行有效', 'valid'],
  ['是', 'valid'],
  ['失效', 'invalid'],
  ['无效', 'invalid'],
  ['已失效', 'invalid'],
  ['否', 'invalid'],
  ['废止', 'abolished'],
  ['已废止', 'abolished'],
];

const APPLICANT_TYPE_WORDS: VocabWords = [
  ['个人', 'natural'],
  ['公民', 'natural'],
  ['群众', 'natural'],
  ['企业', 'commercial'],
  ['公司', 'commercial'],
  ['科研', 'research'],
  ['研究所', 'research'],
  ['研究院', 'research'],
  ['公益组织', 'publicInterest'],
  ['社会组织', 'publicInterest'],
  ['律师事务所', 'legalService'],
  ['律所', 'legalService'],
  ['律师', 'legalService'],
  ['其他组织', 'other'],
  ['法人或其他组织', null],
  ['法人', null],
];

const REQUEST_CHANNEL_WORDS: VocabWords = [
  ['当面提交', 'inPerson'],
  ['现场', 'inPerson'],
  ['窗口', 'inPerson'],
  ['来访', 'inPerson'],
  ['邮寄', 'post'],
  ['信函', 'post'],
  ['挂号信', 'post'],
  ['快递', 'post'],
  ['ems', 'post'],
  ['平信', 'ordinaryLetter'],
  ['平常信函', 'ordinaryLetter'],
  ['网上', 'internet'],
  ['网络', 'internet'],
  ['网上申请', 'internet'],
  ['在线申请', 'internet'],
  ['依申请公开平台', 'internet'],
  ['邮件', 'email'],
  ['电子邮箱', 'email'],
  ['邮箱', 'email'],
  ['email', 'email'],
  ['e-mail', 'email'],
];

const REQUEST_FORM_WORDS: VocabWords = [
  ['纸质', 'paper'],
  ['纸质版', 'paper'],
  ['纸质文本', 'paper'],
  ['书面', 'paper'],
  ['paper', 'paper'],
  ['电子', 'electronic'],
  ['电子版', 'electronic'],
  ['电子邮件', 'electronic'],
  ['数据电文', 'electronic'],
  ['光盘', 'electronic'],
];

const OUTCOME_WORDS: VocabWords = [
  ['公开', 'disclose'],
  ['已公开', 'disclose'],
  ['同意公开', 'disclose'],
  ['全部公开', 'disclose'],
  ['部分公开', 'partial'],
  ['不予公开', null],
  ['无法提供', null],
  ['不予处理', null],
  ['其他处理', null],
  ['国家秘密', 'withhold.stateSecret'],
  ['涉密', 'withhold.stateSecret'],
  ['法律法规禁止', 'withhold.lawProhibited'],
  ['三安全一稳定', 'withhold.security'],
  ['第三方合法权益', 'withhold.thirdParty'],
  ['商业秘密', 'withhold.thirdParty'],
  ['个人隐私', 'withhold.thirdParty'],
  ['内部事务', 'withhold.internal'],
  ['过程性信息', 'withhold.process'],
  ['执法案卷', 'withhold.enforcement'],
  ['行政查询', 'withhold.query'],
  ['不掌握', 'unable.notHeld'],
  ['信息不存在', 'unable.notHeld'],
  ['不存在', 'unable.notHeld'],
  ['另行制作', 'unable.needsCreation'],
  ['需要另行制作', 'unable.needsCreation'],
  ['仍不明确', 'unable.stillUnclear'],
  ['信访', 'notProcessed.petition'],
  ['举报投诉', 'notProcessed.petition'],
  ['重复申请', 'notProcessed.repeat'],
  ['公开出版物', 'notProcessed.publication'],
  ['大量反复', 'notProcessed.massive'],
  ['确认或重新出具', 'notProcessed.confirm'],
  ['逾期不补正', 'other.noCorrection'],
  ['未补正', 'other.noCorrection'],
  ['视为放弃', 'other.noCorrection'],
  ['逾期未缴费', 'other.feeUnpaid'],
  ['未缴纳费用', 'other.feeUnpaid'],
];

const CONSULTATION_CHANNEL_WORDS: VocabWords = [
  ['来电', 'phone'],
  ['热线', 'phone'],
  ['电话咨询', 'phone'],
  ['现场', 'inPerson'],
  ['来访', 'inPerson'],
  ['窗口', 'inPerson'],
  ['网络', 'online'],
  ['在线', 'online'],
  ['网站', 'online'],
  ['留言', 'online'],
  ['邮件', 'online'],
  ['网上咨询', 'online'],
  ['来信', 'letter'],
  ['书信', 'letter'],
];

const APPEAL_KIND_WORDS: VocabWords = [
  ['复议', 'review'],
  ['行政诉讼', null],
  ['诉讼', null],
  ['直接起诉', 'suitDirect'],
  ['未经复议', 'suitDirect'],
  ['复议后起诉', 'suitAfterReview'],
  ['经复议', 'suitAfterReview'],
];

const APPEAL_RESULT_WORDS: VocabWords = [
  ['维持', 'upheld'],
  ['驳回', 'upheld'],
  ['纠正', 'corrected'],
  ['撤销', 'corrected'],
  ['确认违法', 'corrected'],
  ['责令履行', 'corrected'],
  ['变更', 'corrected'],
  ['其他', 'other'],
  ['终止', 'other'],
  ['撤回', 'other'],
  ['未审结', 'pending'],
  ['审理中', 'pending'],
  ['在办', 'pending'],
];

type Labelled = readonly { code: string; zh: string }[];

const withLabels = (list: Labelled, words: VocabWords): VocabWords => [
  ...list.map((x) => [x.code, x.code] as const),
  ...list.map((x) => [x.zh, x.code] as const),
  ...words,
];

export const DEFAULT_VOCABS: Record<VocabName, VocabWords> = {
  publicationChannel: withLabels(PUBLICATION_CHANNELS, PUBLICATION_CHANNEL_WORDS),
  docKind: withLabels(DOC_KINDS, DOC_KIND_WORDS),
  validity: withLabels(VALIDITIES, VALIDITY_WORDS),
  applicantType: withLabels(APPLICANT_TYPES, APPLICANT_TYPE_WORDS),
  requestChannel: withLabels(REQUEST_CHANNELS, REQUEST_CHANNEL_WORDS),
  requestForm: withLabels(
    [
      { code: 'paper', zh: '纸质' },
      { code: 'electronic', zh: '电子' },
    ],
    REQUEST_FORM_WORDS,
  ),
  // Full labels plus the group row text "（一）予以公开" etc. are accepted as well.
  outcome: withLabels(OUTCOMES, [
    ...OUTCOME_WORDS,
    ['部分公开（区分处理的，只计这一情形，不计其他情形）', 'partial'],
  ]),
  consultationChannel: withLabels(CONSULTATION_CHANNELS, CONSULTATION_CHANNEL_WORDS),
  appealKind: withLabels(APPEAL_KINDS, APPEAL_KIND_WORDS),
  appealResult: withLabels(APPEAL_RESULTS, APPEAL_RESULT_WORDS),
};

/** Codes a vocabulary can produce (for the wizard's value pickers). */
export function vocabCodes(vocab: VocabName): string[] {
  const codes: string[] = [];
  for (const [, code] of DEFAULT_VOCABS[vocab]) if (code !== null && !codes.includes(code)) codes.push(code);
  return codes;
}
