import { type DateString, parseDate } from '../model/dates';
import type { AgencyProfile, AppSettings } from '../model/settings';
import { CLOCK_RULES } from '../requests/clock-rules';

/**
 * 政府信息公开指南 (条例第十二条): the guide's text, built from the agency profile. The wording is
 * ours; every period and amount comes from the law or from data below, cited where it applies.
 * shared/docx/guide.ts lays it out; the officer edits the .docx afterwards.
 */

/**
 * 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: the two progressive schedules (DOMAIN.md §5).
 * Kept as data with its source: a new 办法 is a new version of this object.
 */
export const FEE_RULES = {
  version: '国办函〔2020〕109号',
  perApplication: { freeUpTo: 10, band1UpTo: 30, band1Yuan: 100, bandSize: 10, bandStepYuan: 100 },
  perPage: {
    freeUpTo: 30,
    tiers: [
      { from: 31, to: 100, yuan: 10 },
      { from: 101, to: 200, yuan: 20 },
      { from: 201, to: null, yuan: 40 },
    ],
  },
} as const;

/** 行政复议法 (2023) 第二十条 and 行政诉讼法 第四十五条、第四十六条 (DOMAIN.md §9). */
export const REMEDY_RULES = { reviewDays: 60, suitMonths: 6, suitAfterReviewDays: 15 } as const;

export type GuideBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  /** A paragraph the officer must complete: a profile field is empty. */
  | { kind: 'todo'; text: string };

export interface GuideContent {
  title: string;
  blocks: GuideBlock[];
  /** Profile fields that were empty, so the UI can say what to fill in first. */
  missing: (keyof AgencyProfile)[];
}

const FILL = '（请填写）';

function dateZh(d: DateString): string {
  const p = parseDate(d);
  return p ? `${p.y}年${p.m}月${p.d}日` : d;
}

export function buildGuideContent(
  settings: Pick<AppSettings, 'profile' | 'categories'>,
  today: DateString,
): GuideContent {
  const p = settings.profile;
  const missing: (keyof AgencyProfile)[] = [];
  const need = (key: keyof AgencyProfile): string => {
    const v = String(p[key]).trim();
    if (!v) missing.push(key);
    return v || FILL;
  };
  const name = need('agencyName');
  const address = need('address');
  const hours = need('officeHours');
  const phone = need('phone');
  const fax = p.fax.trim();
  const email = p.email.trim();
  const website = p.website.trim();
  // 行政复议法第二十四条: a county department's or a township's decision goes to the county
  // government, which is the 上级机关 the profile names.
  const reviewBody = need('parentAgency');
  const R = CLOCK_RULES;
  const fee = FEE_RULES;

  const blocks: GuideBlock[] = [];
  const h1 = (text: string) => blocks.push({ kind: 'heading', level: 1, text });
  const h2 = (text: string) => blocks.push({ kind: 'heading', level: 2, text });
  const para = (text: string) => blocks.push({ kind: text.includes(FILL) ? 'todo' : 'paragraph', text });

  para(
    `为了保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。` +
      `需要获取${name}政府信息的，请阅读本指南。本指南随有关规定和本机关情况的变化及时更新，本版更新于${dateZh(today)}。`,
  );

  h1('一、主动公开');
  h2('（一）公开范围');
  para(
    `本机关依照《条例》第十九条、第二十条的规定，主动公开涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息。` +
      (settings.categories.length > 0 ? `主动公开的信息按主题分为：${settings.categories.join('、')}。` : ''),
  );
  h2('（二）公开方式');
  para(
    `本机关主动公开的政府信息，主要通过${website ? `本机关网站（${website}）政府信息公开专栏` : '政府网站政府信息公开专栏'}公开，` +
      `并根据需要通过政务公开栏、新闻发布会、报刊、广播电视、政务微博、政务微信等途径公开。`,
  );
  h2('（三）公开时限');
  para(
    `属于主动公开范围的政府信息，自该信息形成或者变更之日起${R.publicationWorkingDays}个工作日内予以公开；法律、法规对公开期限另有规定的，从其规定（《条例》第二十六条）。`,
  );
  h2('（四）政府信息公开目录');
  para(
    `本机关编制政府信息公开目录，载明每条信息的索引号、信息名称、内容概述、生成日期，并列明发布机构、公开日期、文号、主题分类、公开方式和有效性（《条例》第十二条）。` +
      `索引号由本机关的统一社会信用代码（或组织机构代码）、年份和流水号组成，每条信息一个，不重复使用。`,
  );

  h1('二、依申请公开');
  h2('（一）受理机构');
  para(`名称：${name}政府信息公开工作机构`);
  para(`办公地址：${address}`);
  para(`办公时间：${hours}（法定节假日除外）`);
  para(`联系电话：${phone}`);
  if (fax) para(`传真：${fax}`);
  if (email) para(`电子邮箱：${email}`);
  if (website) para(`网站：${website}`);
  h2('（二）申请方式');
  para(
    `申请人应当采用书面形式（包括数据电文形式）提出申请；采用书面形式确有困难的，可以口头提出，由受理机构代为填写申请（《条例》第二十九条）。` +
      `申请可以当面提交、邮寄${fax ? '、传真' : ''}${email ? '、发送电子邮件' : ''}${website ? '或者通过网站在线提交' : ''}。` +
      `邮寄申请的，请在信封上注明“政府信息公开申请”字样。`,
  );
  h2('（三）申请内容');
  para(
    '政府信息公开申请应当包括：（1）申请人的姓名或者名称、身份证明、联系方式；（2）申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；' +
      '（3）申请公开的政府信息的形式要求，包括获取信息的方式、途径（《条例》第二十九条）。',
  );
  h2('（四）申请的收到日期');
  para(
    '依照《条例》第三十一条：申请人当面提交申请的，以提交之日为收到申请之日；以邮寄方式提交的，以本机关签收之日为收到申请之日，' +
      '以平常信函等无需签收的邮寄方式提交的，以本机关与申请人确认之日为收到申请之日；通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日。',
  );
  h2('（五）补正');
  para(
    `申请内容不明确的，本机关自收到申请之日起${R.correctionNoticeWorkingDays}个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。` +
      `答复期限自收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请（《条例》第三十条）。`,
  );
  h2('（六）答复期限');
  para(
    `本机关收到申请，能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起${R.replyWorkingDays}个工作日内予以答复。` +
      `需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过${R.maxExtensionWorkingDays}个工作日（《条例》第三十三条）。` +
      `征求第三方或者其他机关意见所需时间不计算在答复期限内；第三方、其他机关自收到征求意见书之日起${R.consultationReplyWorkingDays}个工作日内提出意见（《条例》第三十二条、第三十四条）。`,
  );
  h2('（七）收费');
  const pa = fee.perApplication;
  const tiers = fee.perPage.tiers.map(
    (t) =>
      `${t.to === null ? `${t.from}页以上的部分` : `${t.from}—${t.to}页（含${t.to}页）的部分`}${t.yuan}元/页`,
  );
  para(
    `本机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，本机关可以依照《政府信息公开信息处理费管理办法》（${fee.version}）收取信息处理费（《条例》第四十二条）。` +
      `按件计收：同一申请人一个自然月内累计申请${pa.freeUpTo}件以下（含${pa.freeUpTo}件）的，不收费；${pa.freeUpTo + 1}—${pa.band1UpTo}件（含${pa.band1UpTo}件）的部分${pa.band1Yuan}元/件；` +
      `${pa.band1UpTo + 1}件以上的部分以${pa.bandSize}件为一档，每增加一档，收费标准提高${pa.bandStepYuan}元/件。` +
      `按量计收（适用于以纸质件、电子邮件、复制电子数据等方式提供信息的情形）：${fee.perPage.freeUpTo}页以下（含${fee.perPage.freeUpTo}页）的，不收费；${tiers.join('；')}。` +
      '对同一申请只选择按件或者按量一种标准计收。申请人逾期未按收费通知要求缴纳费用的，本机关不再处理该申请。',
  );

  h1('三、监督和救济');
  para(
    '公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，' +
      '也可以依法申请行政复议或者提起行政诉讼（《条例》第五十一条）。',
  );
  para(
    `申请行政复议的，可以自知道或者应当知道该行政行为之日起${REMEDY_RULES.reviewDays}日内向${reviewBody}提出（《中华人民共和国行政复议法》第二十条、第二十四条）。` +
      '对本机关作出的不予公开决定不服的，应当先申请行政复议，对行政复议决定不服的，再依法提起行政诉讼（《中华人民共和国行政复议法》第二十三条）。',
  );
  para(
    `直接提起行政诉讼的，应当自知道或者应当知道作出行政行为之日起${REMEDY_RULES.suitMonths}个月内提出（《中华人民共和国行政诉讼法》第四十六条）；` +
      `经行政复议后起诉的，可以在收到复议决定书之日起${REMEDY_RULES.suitAfterReviewDays}日内向人民法院提起诉讼（《中华人民共和国行政诉讼法》第四十五条）。`,
  );

  return { title: `${name === FILL ? '' : name}政府信息公开指南`, blocks, missing };
}
