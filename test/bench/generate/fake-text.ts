import type { Rng } from './prng';

/**
 * Text for generated records: realistic in length and vocabulary (titles, 文号, summaries a county
 * bureau writes), but every person and body is obviously fake (测试…), per DOMAIN.md §7.
 */
export const FAKE_AGENCY = '测试县测试局';
/** An obviously fake 统一社会信用代码-shaped prefix for 索引号 (not a valid real code). */
export const FAKE_AGENCY_CODE = '110000000000FAKE0X';

const SUBJECTS = [
  '城乡居民基本医疗保险',
  '农村人居环境整治',
  '安全生产专项检查',
  '城镇老旧小区改造',
  '义务教育招生入学',
  '高标准农田建设',
  '防汛抗旱工作',
  '秸秆禁烧',
  '政府采购项目',
  '财政预算执行',
  '行政许可事项清单',
  '双随机一公开抽查',
  '营商环境优化',
  '森林防火',
  '食品安全监督抽检',
  '耕地保护',
  '困难群众救助',
  '就业创业补贴',
  '公共租赁住房',
  '道路交通安全',
  '生态环境保护督察整改',
  '乡村振兴衔接资金',
  '人大代表建议办理',
  '政协提案办理',
  '重大行政决策事项',
];
const DOC_TYPES = [
  '通知',
  '通告',
  '公告',
  '实施方案',
  '工作要点',
  '情况的报告',
  '公示',
  '意见',
  '办法',
  '批复',
];
const LEADS = ['关于印发', '关于做好', '关于开展', '关于进一步加强', '关于公布', '关于调整', '关于'];
const SUMMARY_PARTS = [
  '明确了工作目标、主要任务和保障措施',
  '对相关单位的职责分工作出安排',
  '公布了办理条件、办理流程和办理时限',
  '要求各股室、各乡镇结合实际抓好落实',
  '涉及资金的使用范围和管理要求一并公开',
  '自发布之日起施行',
  '对上一阶段工作进行了总结',
  '列明了咨询电话和监督渠道',
];
const TOPIC_WORDS = [
  '办事指南',
  '政策解读',
  '补贴标准',
  '办理进度',
  '收费依据',
  '材料清单',
  '办理时限',
  '公开目录',
];
const APPROVERS = ['测试负责人甲', '测试负责人乙', '测试负责人丙'];
/** 初审 → 保密审查 → 领导审签: who signs each step. */
const REVIEWERS = {
  firstReview: ['测试审核员甲', '测试审核员乙'],
  secrecyReview: ['测试保密员'],
  leaderSignoff: ['测试分管领导甲', '测试分管领导乙'],
} as const;

export function publicationTitle(rng: Rng, year: number): string {
  const lead = rng.pick(LEADS);
  const subject = rng.pick(SUBJECTS);
  const type = rng.pick(DOC_TYPES);
  const tail = rng.chance(0.3) ? `（${year}年第${rng.int(1, 12)}期）` : '';
  return `${FAKE_AGENCY}${lead}${year}年${subject}${type}${tail}`;
}

export function publicationSummary(rng: Rng, title: string): string {
  const n = rng.int(1, 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(rng.pick(SUMMARY_PARTS));
  return `${title.slice(FAKE_AGENCY.length, FAKE_AGENCY.length + 30)}，${parts.join('；')}。`;
}

export function docNumber(rng: Rng, year: number, serial: number): string {
  return `测${rng.pick(['政', '办', '发', '字'])}〔${year}〕${serial}号`;
}

export const reviewer = (rng: Rng, step: keyof typeof REVIEWERS) => rng.pick(REVIEWERS[step]);
export const approver = (rng: Rng) => rng.pick(APPROVERS);

/** An obviously fake applicant: "测试申请人" + a number; organisations get "测试…有限公司". */
export function applicantName(kind: string, n: number): string {
  if (kind === 'natural') return `测试申请人${n}`;
  if (kind === 'commercial') return `测试商贸有限公司${n}`;
  if (kind === 'research') return `测试研究所${n}`;
  if (kind === 'publicInterest') return `测试公益协会${n}`;
  if (kind === 'legalService') return `测试律师事务所${n}`;
  return `测试单位${n}`;
}

export function requestContent(rng: Rng, year: number, electronic: boolean): string {
  const subject = rng.pick(SUBJECTS);
  const what = rng.pick(['相关文件', '资金拨付明细', '审批材料', '会议纪要', '检查结果', '项目合同', '名单']);
  return `申请公开${FAKE_AGENCY}${year - rng.int(0, 2)}年${subject}${what}，以${electronic ? '电子' : '纸质'}形式提供。`;
}

export function consultationTopic(rng: Rng): string {
  return `咨询${rng.pick(SUBJECTS)}${rng.pick(TOPIC_WORDS)}`;
}

export function consultationReply(rng: Rng): string {
  return rng.pick(['已电话告知办理流程', '已告知查阅网址', '已当面解答', '已转相关股室答复', '已邮件回复']);
}
