import type { RegisterName } from '../model/records';

/**
 * What each register can take from a spreadsheet column, with the header words officers actually use
 * (data, not code: add a synonym here and the wizard suggests it). `zh` is the header written when a
 * register is exported back to .xlsx, so an exported file re-imports with every column suggested.
 */

export type VocabName =
  | 'publicationChannel'
  | 'docKind'
  | 'validity'
  | 'applicantType'
  | 'requestChannel'
  | 'requestForm'
  | 'outcome'
  | 'consultationChannel'
  | 'appealKind'
  | 'appealResult';

export type FieldKind =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'enum'; vocab: VocabName }
  /** Several values in one cell ("网站、政务公开栏"). */
  | { type: 'enumList'; vocab: VocabName };

export interface ImportField {
  key: string;
  zh: string;
  kind: FieldKind;
  /** A row without it fails (unless the preset sets a default or a fallback applies). */
  required: boolean;
  synonyms: readonly string[];
  /** Another field whose value is used when this one is blank; reported as a warning. */
  fallback?: string;
}

const text = { type: 'text' } as const;
const date = { type: 'date' } as const;
const en = (vocab: VocabName) => ({ type: 'enum', vocab }) as const;

export const PUBLICATION_FIELDS: readonly ImportField[] = [
  {
    key: 'title',
    zh: '信息名称',
    kind: text,
    required: true,
    synonyms: [
      '信息名称',
      '标题',
      '名称',
      '信息标题',
      '文件名称',
      '文件标题',
      '政府信息名称',
      '公开信息名称',
      '题目',
      '文件名',
      'title',
    ],
  },
  {
    key: 'docNumber',
    zh: '文号',
    kind: text,
    required: false,
    synonyms: ['文号', '发文字号', '发文号', '文件编号', '字号', '文件字号'],
  },
  {
    key: 'formedDate',
    zh: '生成日期',
    kind: date,
    required: true,
    // Many 台账 keep only the publication date; the 20-working-day check then reads 0 days.
    fallback: 'publishedDate',
    synonyms: [
      '生成日期',
      '成文日期',
      '形成日期',
      '制作日期',
      '印发日期',
      '发文日期',
      '生成时间',
      '成文时间',
      '形成时间',
    ],
  },
  {
    key: 'publishedDate',
    zh: '公开日期',
    kind: date,
    required: false,
    synonyms: [
      '公开日期',
      '发布日期',
      '公开时间',
      '发布时间',
      '上网日期',
      '上网时间',
      '公开发布日期',
      '发布日',
      'published',
    ],
  },
  {
    key: 'category',
    zh: '主题分类',
    kind: text,
    required: true,
    synonyms: ['主题分类', '分类', '类别', '信息类别', '信息分类', '公开类别', '所属类别', '主题'],
  },
  {
    key: 'channels',
    zh: '公开方式',
    kind: { type: 'enumList', vocab: 'publicationChannel' },
    required: false,
    synonyms: [
      '公开方式',
      '公开渠道',
      '发布渠道',
      '公开载体',
      '发布平台',
      '发布方式',
      '公开形式',
      '渠道',
      '载体',
    ],
  },
  {
    key: 'column',
    zh: '栏目',
    kind: text,
    required: false,
    synonyms: ['栏目', '发布栏目', '所属栏目', '栏目名称', '公开栏目'],
  },
  {
    key: 'summary',
    zh: '内容概述',
    kind: text,
    required: false,
    synonyms: ['内容概述', '摘要', '内容摘要', '主要内容', '简介', '概述', '内容'],
  },
  {
    key: 'docKind',
    zh: '文件类型',
    kind: en('docKind'),
    required: false,
    synonyms: ['文件类型', '文件性质', '文件种类', '信息类型'],
  },
  {
    key: 'validity',
    zh: '有效性',
    kind: en('validity'),
    required: false,
    synonyms: ['有效性', '效力状态', '效力', '是否有效', '时效性'],
  },
  {
    key: 'abolishedDate',
    zh: '废止日期',
    kind: date,
    required: false,
    synonyms: ['废止日期', '失效日期', '废止时间', '失效时间'],
  },
  { key: 'indexNumber', zh: '索引号', kind: text, required: false, synonyms: ['索引号', '索引', '索引编号'] },
  {
    key: 'publisher',
    zh: '发布机构',
    kind: text,
    required: false,
    synonyms: ['发布机构', '发布单位', '发文机关', '发文单位', '发布主体', '制发机关'],
  },
];

export const REQUEST_FIELDS: readonly ImportField[] = [
  {
    key: 'serial',
    zh: '编号',
    kind: text,
    required: true,
    synonyms: ['编号', '申请编号', '登记号', '登记编号', '受理编号', '流水号', '申请号'],
  },
  {
    key: 'applicantType',
    zh: '申请人类型',
    kind: en('applicantType'),
    required: true,
    synonyms: ['申请人类型', '申请人类别', '申请主体类型', '申请人性质', '主体类型'],
  },
  {
    key: 'applicantName',
    zh: '申请人',
    kind: text,
    required: true,
    synonyms: ['申请人', '申请人姓名', '申请人名称', '申请人姓名或名称', '姓名', '申请单位'],
  },
  {
    key: 'applicantContact',
    zh: '联系方式',
    kind: text,
    required: false,
    synonyms: ['联系方式', '联系电话', '电话', '手机', '手机号码'],
  },
  {
    key: 'applicantIdNumber',
    zh: '证件号码',
    kind: text,
    required: false,
    synonyms: ['证件号码', '身份证号', '身份证号码', '证件号', '统一社会信用代码'],
  },
  {
    key: 'applicantAddress',
    zh: '通讯地址',
    kind: text,
    required: false,
    synonyms: ['通讯地址', '地址', '联系地址', '住址', '通信地址'],
  },
  {
    key: 'channel',
    zh: '申请方式',
    kind: en('requestChannel'),
    required: true,
    synonyms: ['申请方式', '申请渠道', '提交方式', '收件方式', '申请途径', '渠道'],
  },
  {
    key: 'submittedDate',
    zh: '提交日期',
    kind: date,
    required: true,
    // 当面提交: the day handed in is the day received (条例第三十一条), the common case in old 台账.
    fallback: 'receivedDate',
    synonyms: ['提交日期', '申请日期', '申请时间', '提交时间'],
  },
  {
    key: 'receivedDate',
    zh: '收到日期',
    kind: date,
    required: true,
    synonyms: [
      '收到日期',
      '受理日期',
      '收件日期',
      '收到时间',
      '受理时间',
      '登记日期',
      '收到申请日期',
      '接收日期',
    ],
  },
  {
    key: 'content',
    zh: '申请内容',
    kind: text,
    required: true,
    synonyms: [
      '申请内容',
      '申请公开的内容',
      '申请公开内容',
      '所需信息内容描述',
      '所需信息',
      '申请事项',
      '申请信息',
      '内容',
    ],
  },
  {
    key: 'form',
    zh: '获取形式',
    kind: en('requestForm'),
    required: false,
    synonyms: ['获取形式', '提供形式', '载体形式', '获取方式', '信息载体'],
  },
  {
    key: 'outcome',
    zh: '办理结果',
    kind: en('outcome'),
    required: false,
    synonyms: ['办理结果', '答复结果', '处理结果', '答复类型', '办理情况', '结果', '答复情况'],
  },
  {
    key: 'answeredDate',
    zh: '答复日期',
    kind: date,
    required: false,
    synonyms: ['答复日期', '办结日期', '答复时间', '办结时间', '回复日期'],
  },
];

export const CONSULTATION_FIELDS: readonly ImportField[] = [
  {
    key: 'date',
    zh: '咨询日期',
    kind: date,
    required: true,
    synonyms: ['咨询日期', '日期', '咨询时间', '时间', '来访日期', '来电日期'],
  },
  {
    key: 'channel',
    zh: '咨询方式',
    kind: en('consultationChannel'),
    required: true,
    synonyms: ['咨询方式', '方式', '咨询渠道', '渠道', '途径'],
  },
  {
    key: 'topic',
    zh: '咨询内容',
    kind: text,
    required: true,
    synonyms: ['咨询内容', '咨询事项', '事项', '内容', '主题', '问题'],
  },
  {
    key: 'asker',
    zh: '咨询人',
    kind: text,
    required: false,
    synonyms: ['咨询人', '来访人', '来电人', '咨询人姓名', '姓名'],
  },
  {
    key: 'reply',
    zh: '答复内容',
    kind: text,
    required: false,
    synonyms: ['答复内容', '答复情况', '回复', '处理情况', '答复', '回复内容'],
  },
];

export const APPEAL_FIELDS: readonly ImportField[] = [
  {
    key: 'kind',
    zh: '案件类型',
    kind: en('appealKind'),
    required: true,
    synonyms: ['案件类型', '类型', '救济类型', '类别', '案件类别'],
  },
  {
    key: 'caseNumber',
    zh: '案号',
    kind: text,
    required: false,
    synonyms: ['案号', '案件编号', '文书编号', '决定书编号'],
  },
  {
    key: 'filedDate',
    zh: '立案日期',
    kind: date,
    required: true,
    synonyms: ['立案日期', '受理日期', '起诉日期', '申请日期', '收到日期', '立案时间'],
  },
  {
    key: 'result',
    zh: '审理结果',
    kind: en('appealResult'),
    required: false,
    synonyms: ['审理结果', '结果', '复议结果', '判决结果', '办理结果', '裁判结果'],
  },
  {
    key: 'closedDate',
    zh: '审结日期',
    kind: date,
    required: false,
    synonyms: ['审结日期', '结案日期', '办结日期', '决定日期', '审结时间'],
  },
  { key: 'note', zh: '备注', kind: text, required: false, synonyms: ['备注', '说明', '案由'] },
  {
    key: 'requestSerial',
    zh: '关联申请编号',
    kind: text,
    required: false,
    synonyms: ['关联申请编号', '申请编号', '关联申请', '原申请编号'],
  },
];

export const IMPORT_FIELDS: Record<RegisterName, readonly ImportField[]> = {
  publications: PUBLICATION_FIELDS,
  requests: REQUEST_FIELDS,
  consultations: CONSULTATION_FIELDS,
  appeals: APPEAL_FIELDS,
};

export function fieldOf(register: RegisterName, key: string): ImportField | undefined {
  return IMPORT_FIELDS[register].find((f) => f.key === key);
}
