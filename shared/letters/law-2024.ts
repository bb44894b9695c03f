/**
 * The article table the letters cite (DOMAIN.md §10), as data with its sources — like the report
 * format, a change in the law is a new version of this table, not an edit of code. Wording checked
 * against the published texts in GitHub LawRefBook/Laws:
 *   行政法规/政府信息公开条例(2019-04-03).md (国务院令第711号, in force 2019-05-15)
 *   诉讼与非诉讼程序法/行政复议法(2023-09-01).md (2023 revision, in force 2024-01-01)
 *   诉讼与非诉讼程序法/行政诉讼法(2017-06-27).md
 *   国办函〔2020〕109号《政府信息公开信息处理费管理办法》(gov.cn): 收到收费通知次日起20个工作日内缴纳
 * `excerpt` quotes the statute (abridged with …) so the officer can see why an article is cited.
 */
export interface LawArticle {
  /** How the letter cites it, e.g. 第三十六条第（三）项. */
  cite: string;
  law: 'regulation' | 'review' | 'litigation' | 'feeRules';
  excerpt: string;
}

export const LAW_NAMES = {
  regulation: '《中华人民共和国政府信息公开条例》',
  review: '《中华人民共和国行政复议法》',
  litigation: '《中华人民共和国行政诉讼法》',
  feeRules: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
} as const;

export const LETTER_LAW_VERSION = '2024-01-01';

export const LAW_SOURCES = [
  'LawRefBook/Laws 行政法规/政府信息公开条例(2019-04-03).md',
  'LawRefBook/Laws 诉讼与非诉讼程序法/行政复议法(2023-09-01).md',
  'LawRefBook/Laws 诉讼与非诉讼程序法/行政诉讼法(2017-06-27).md',
  '国办函〔2020〕109号 政府信息公开信息处理费管理办法',
] as const;

const r = (cite: string, excerpt: string): LawArticle => ({ cite, law: 'regulation', excerpt });

export const ARTICLES = {
  a14: r(
    '第十四条',
    '依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开。',
  ),
  a15: r('第十五条', '涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开。…'),
  a16p1: r(
    '第十六条第一款',
    '行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。',
  ),
  a16p2: r(
    '第十六条第二款',
    '行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息，可以不予公开。…',
  ),
  a29p2: r(
    '第二十九条第二款',
    '政府信息公开申请应当包括下列内容：…（二）申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；…',
  ),
  a30: r(
    '第三十条',
    '政府信息公开申请内容不明确的，行政机关应当给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。答复期限自行政机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。',
  ),
  a31: r('第三十一条', '行政机关收到政府信息公开申请的时间，按照下列规定确定：…'),
  a32: r(
    '第三十二条',
    '…第三方应当自收到征求意见书之日起15个工作日内提出意见。第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开。…行政机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知第三方。',
  ),
  a33p2: r(
    '第三十三条第二款',
    '…需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。',
  ),
  a34: r(
    '第三十四条',
    '…被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开。',
  ),
  a35: r(
    '第三十五条',
    '申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予处理；…',
  ),
  a36i1: r('第三十六条第（一）项', '所申请公开信息已经主动公开的，告知申请人获取该政府信息的方式、途径；'),
  a36i2: r(
    '第三十六条第（二）项',
    '所申请公开信息可以公开的，向申请人提供该政府信息，或者告知申请人获取该政府信息的方式、途径和时间；',
  ),
  a36i3: r('第三十六条第（三）项', '行政机关依据本条例的规定决定不予公开的，告知申请人不予公开并说明理由；'),
  a36i4: r('第三十六条第（四）项', '经检索没有所申请公开信息的，告知申请人该政府信息不存在；'),
  a36i5: r(
    '第三十六条第（五）项',
    '所申请公开信息不属于本行政机关负责公开的，告知申请人并说明理由；能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式；',
  ),
  a36i6: r(
    '第三十六条第（六）项',
    '行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理；',
  ),
  a36i7: r(
    '第三十六条第（七）项',
    '所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的，告知申请人依照有关法律、行政法规的规定办理。',
  ),
  a37: r(
    '第三十七条',
    '申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理的，行政机关应当向申请人提供可以公开的政府信息内容，并对不予公开的内容说明理由。',
  ),
  a38: r(
    '第三十八条',
    '行政机关向申请人提供的信息，应当是已制作或者获取的政府信息。除依照本条例第三十七条的规定能够作区分处理的外，需要行政机关对现有政府信息进行加工、分析的，行政机关可以不予提供。',
  ),
  a39p1: r(
    '第三十九条第一款',
    '申请人以政府信息公开申请的形式进行信访、投诉、举报等活动，行政机关应当告知申请人不作为政府信息公开申请处理并可以告知通过相应渠道提出。',
  ),
  a39p2: r(
    '第三十九条第二款',
    '申请人提出的申请内容为要求行政机关提供政府公报、报刊、书籍等公开出版物的，行政机关可以告知获取的途径。',
  ),
  a42: r(
    '第四十二条',
    '行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费。…',
  ),
  fee109: {
    cite: '',
    law: 'feeRules',
    excerpt:
      '申请人应当在收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的视为放弃申请。（按件计收、按量计收，不得同时按照两种标准重复计算）',
  },
  review20: {
    cite: '第二十条',
    law: 'review',
    excerpt: '…可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请；…',
  },
  review23i4: {
    cite: '第二十三条第一款第（四）项',
    law: 'review',
    excerpt:
      '有下列情形之一的，申请人应当先向行政复议机关申请行政复议，对行政复议决定不服的，可以再依法向人民法院提起行政诉讼：…（四）申请政府信息公开，行政机关不予公开；…',
  },
  review23p2: {
    cite: '第二十三条第二款',
    law: 'review',
    excerpt:
      '对前款规定的情形，行政机关在作出行政行为时应当告知公民、法人或者其他组织先向行政复议机关申请行政复议。',
  },
  review24: {
    cite: '第二十四条',
    law: 'review',
    excerpt:
      '县级以上地方各级人民政府管辖下列行政复议案件：（一）对本级人民政府工作部门作出的行政行为不服的；（二）对下一级人民政府作出的行政行为不服的；…',
  },
  litigation45: {
    cite: '第四十五条',
    law: 'litigation',
    excerpt: '公民、法人或者其他组织不服复议决定的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼。…',
  },
  litigation46: {
    cite: '第四十六条',
    law: 'litigation',
    excerpt:
      '公民、法人或者其他组织直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出。…',
  },
} satisfies Record<string, LawArticle>;
export type ArticleKey = keyof typeof ARTICLES;

/**
 * Renders a list of cited articles as printed in a letter: articles of the same law share the law's
 * name, joined with 、 (e.g. 《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项).
 */
export function citeArticles(keys: readonly ArticleKey[]): string {
  const parts: string[] = [];
  let law: LawArticle['law'] | null = null;
  let group: string[] = [];
  const flush = () => {
    if (law) parts.push(`${LAW_NAMES[law]}${group.filter(Boolean).join('、')}`);
  };
  for (const key of keys) {
    const a: LawArticle = ARTICLES[key];
    if (a.law !== law) {
      flush();
      law = a.law;
      group = [];
    }
    group.push(a.cite);
  }
  flush();
  return parts.join('和');
}
