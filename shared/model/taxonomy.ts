/**
 * Official vocabularies. Codes are stored; labels marked exact in DOMAIN.md are reproduced
 * character for character in `zh` (the annual report and the UI both read them from here).
 */

/** 表三 applicant columns (DOMAIN.md §3), in the report's order. */
export const APPLICANT_TYPES = [
  { code: 'natural', zh: '自然人' },
  { code: 'commercial', zh: '商业企业' },
  { code: 'research', zh: '科研机构' },
  { code: 'publicInterest', zh: '社会公益组织' },
  { code: 'legalService', zh: '法律服务机构' },
  { code: 'other', zh: '其他' },
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number]['code'];
export const APPLICANT_TYPE_CODES = APPLICANT_TYPES.map((a) => a.code) as [ApplicantType, ...ApplicantType[]];

/** 条例第三十一条 channels; the receipt-date rule differs by channel. */
export const REQUEST_CHANNELS = [
  { code: 'inPerson', zh: '当面' },
  { code: 'post', zh: '邮寄' },
  { code: 'ordinaryLetter', zh: '平常信函' },
  { code: 'internet', zh: '互联网' },
  { code: 'fax', zh: '传真' },
  { code: 'email', zh: '电子邮件' },
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number]['code'];
export const REQUEST_CHANNEL_CODES = REQUEST_CHANNELS.map((c) => c.code) as [
  RequestChannel,
  ...RequestChannel[],
];

/**
 * The one outcome of a request = a leaf row of 表三 三、本年度办理结果 (exact labels).
 * `group` is the （一）…（六） row it belongs to.
 */
export const OUTCOMES = [
  { code: 'disclose', group: 'disclose', zh: '予以公开' },
  { code: 'partial', group: 'partial', zh: '部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { code: 'withhold.stateSecret', group: 'withhold', zh: '属于国家秘密' },
  { code: 'withhold.lawProhibited', group: 'withhold', zh: '其他法律行政法规禁止公开' },
  { code: 'withhold.security', group: 'withhold', zh: '危及“三安全一稳定”' },
  { code: 'withhold.thirdParty', group: 'withhold', zh: '保护第三方合法权益' },
  { code: 'withhold.internal', group: 'withhold', zh: '属于三类内部事务信息' },
  { code: 'withhold.process', group: 'withhold', zh: '属于四类过程性信息' },
  { code: 'withhold.enforcement', group: 'withhold', zh: '属于行政执法案卷' },
  { code: 'withhold.query', group: 'withhold', zh: '属于行政查询事项' },
  { code: 'unable.notHeld', group: 'unable', zh: '本机关不掌握相关政府信息' },
  { code: 'unable.needsCreation', group: 'unable', zh: '没有现成信息需要另行制作' },
  { code: 'unable.stillUnclear', group: 'unable', zh: '补正后申请内容仍不明确' },
  { code: 'notProcessed.petition', group: 'notProcessed', zh: '信访举报投诉类申请' },
  { code: 'notProcessed.repeat', group: 'notProcessed', zh: '重复申请' },
  { code: 'notProcessed.publication', group: 'notProcessed', zh: '要求提供公开出版物' },
  { code: 'notProcessed.massive', group: 'notProcessed', zh: '无正当理由大量反复申请' },
  { code: 'notProcessed.confirm', group: 'notProcessed', zh: '要求行政机关确认或重新出具已获取信息' },
  {
    code: 'other.noCorrection',
    group: 'other',
    zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  },
  {
    code: 'other.feeUnpaid',
    group: 'other',
    zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  },
  { code: 'other.other', group: 'other', zh: '其他' },
] as const;
export type OutcomeCode = (typeof OUTCOMES)[number]['code'];
export type OutcomeGroup = (typeof OUTCOMES)[number]['group'];
export const OUTCOME_CODES = OUTCOMES.map((o) => o.code) as [OutcomeCode, ...OutcomeCode[]];

export const OUTCOME_GROUPS = [
  { code: 'disclose', zh: '（一）予以公开' },
  { code: 'partial', zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { code: 'withhold', zh: '（三）不予公开' },
  { code: 'unable', zh: '（四）无法提供' },
  { code: 'notProcessed', zh: '（五）不予处理' },
  { code: 'other', zh: '（六）其他处理' },
] as const;

/** 主动公开 channels (DOMAIN.md §1). */
export const PUBLICATION_CHANNELS = [
  { code: 'website', zh: '政府网站/信息公开平台' },
  { code: 'board', zh: '政务公开栏' },
  { code: 'press', zh: '报刊' },
  { code: 'broadcast', zh: '广播电视' },
  { code: 'pressConference', zh: '新闻发布会' },
  { code: 'weibo', zh: '微博' },
  { code: 'wechat', zh: '微信' },
  { code: 'other', zh: '其他' },
] as const;
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[number]['code'];
export const PUBLICATION_CHANNEL_CODES = PUBLICATION_CHANNELS.map((c) => c.code) as [
  PublicationChannel,
  ...PublicationChannel[],
];

export const DOC_KINDS = [
  { code: 'ordinary', zh: '一般信息' },
  { code: 'rule', zh: '规章' },
  { code: 'normative', zh: '行政规范性文件' },
] as const;
export type DocKind = (typeof DOC_KINDS)[number]['code'];

export const VALIDITIES = [
  { code: 'valid', zh: '有效' },
  { code: 'invalid', zh: '失效' },
  { code: 'abolished', zh: '废止' },
] as const;
export type Validity = (typeof VALIDITIES)[number]['code'];

export const REVIEW_STEPS = [
  { code: 'firstReview', zh: '初审' },
  { code: 'secrecyReview', zh: '保密审查' },
  { code: 'leaderSignoff', zh: '领导审签' },
] as const;

export const CONSULTATION_CHANNELS = [
  { code: 'phone', zh: '电话' },
  { code: 'inPerson', zh: '当面' },
  { code: 'online', zh: '网上' },
  { code: 'letter', zh: '信函' },
] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number]['code'];

/** 表四 blocks and results (exact labels). */
export const APPEAL_KINDS = [
  { code: 'review', zh: '行政复议' },
  { code: 'suitDirect', zh: '行政诉讼-未经复议直接起诉' },
  { code: 'suitAfterReview', zh: '行政诉讼-复议后起诉' },
] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number]['code'];

export const APPEAL_RESULTS = [
  { code: 'upheld', zh: '结果维持' },
  { code: 'corrected', zh: '结果纠正' },
  { code: 'other', zh: '其他结果' },
  { code: 'pending', zh: '尚未审结' },
] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number]['code'];

/** Categories (主题分类) seeded for a new install; the officer edits the list in Settings. */
export const DEFAULT_CATEGORIES = [
  '机构职能',
  '政策文件',
  '规划计划',
  '财政预决算',
  '人事信息',
  '行政许可',
  '行政处罚',
  '公共服务',
  '应急管理',
  '工作动态',
  '通知公告',
  '其他',
];

/** Columns (栏目) seeded for a new install, with a kind that sets the staleness threshold (DOMAIN.md §8). */
export const DEFAULT_COLUMNS = [
  { name: '工作动态', kind: 'news' },
  { name: '通知公告', kind: 'notice' },
  { name: '政策文件', kind: 'policy' },
  { name: '财政信息', kind: 'other' },
  { name: '人事信息', kind: 'other' },
] as const;

export function codesOf<T extends readonly { code: string }[]>(
  list: T,
): [T[number]['code'], ...T[number]['code'][]] {
  return list.map((x) => x.code) as [T[number]['code'], ...T[number]['code'][]];
}

export function labelOf<T extends readonly { code: string; zh: string }[]>(list: T, code: string): string {
  return list.find((x) => x.code === code)?.zh ?? code;
}

/**
 * Outcomes whose 答复书 states 复议前置 by default (行政复议法第二十三条第一款第（四）项: 不予公开 and the
 * withheld part of 部分公开); the setting reviewFirstOutcomes may widen it (DOMAIN.md §10).
 */
export const DEFAULT_REVIEW_FIRST_OUTCOMES: readonly OutcomeCode[] = [
  'partial',
  'withhold.stateSecret',
  'withhold.lawProhibited',
  'withhold.security',
  'withhold.thirdParty',
  'withhold.internal',
  'withhold.process',
  'withhold.enforcement',
  'withhold.query',
];
