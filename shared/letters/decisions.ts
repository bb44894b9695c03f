import type { LetterFacts } from '../model/letter';
import type { OutcomeCode } from '../model/taxonomy';
import type { ArticleKey } from './law-2024';
import { blank } from './templates';

/**
 * What an 答复书 decides and why, per 表三 outcome (DOMAIN.md §10; articles of the 2019 条例).
 * `text` fills {决定}; within it {依据} becomes the cited articles. Officer-filled parts are blank
 * markers. Data, versioned with the article table (law-2024.ts).
 */
export interface Decision {
  /** Articles cited, in print order; empty = the law gives no single article (the officer states it). */
  basis: ArticleKey[];
  text: string;
  /** The variant, for tests and the register (e.g. unable.notHeld/notOurs). */
  variant: string;
}

/** 不予公开 grounds: why, and the article (第十四条/第十五条/第十六条). */
const GROUNDS: Record<string, { reason: string; basis: ArticleKey[] }> = {
  'withhold.stateSecret': { reason: '属于依法确定为国家秘密的政府信息', basis: ['a14'] },
  'withhold.lawProhibited': {
    reason: `属于法律、行政法规禁止公开的政府信息（${blank('禁止公开的法律、行政法规及条款')}）`,
    basis: ['a14'],
  },
  'withhold.security': {
    reason: '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
    basis: ['a14'],
  },
  'withhold.thirdParty': {
    reason: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害',
    basis: ['a15'],
  },
  'withhold.internal': { reason: '属于行政机关的内部事务信息', basis: ['a16p1'] },
  'withhold.process': {
    reason: '属于行政机关在履行行政管理职能过程中形成的过程性信息',
    basis: ['a16p2'],
  },
  'withhold.enforcement': { reason: '属于行政执法案卷信息', basis: ['a16p2'] },
};

export const WITHHOLD_GROUNDS = Object.keys(GROUNDS);

export interface DecisionContext {
  facts: LetterFacts;
  /** The third party was consulted (第三十二条 joins the basis of 保护第三方合法权益). */
  thirdPartyConsulted: boolean;
  /** Dates from the timeline, written out (e.g. 2025年9月28日), or '' when absent. */
  correctionAskedOn: string;
  correctedOn: string;
  feeNoticeOn: string;
  /** 已主动公开: the publication pointed at. */
  publication: { title: string; indexNumber: string; publishedOn: string; where: string } | null;
}

function groundOf(code: string | null, ctx: DecisionContext) {
  const g = code ? GROUNDS[code] : undefined;
  if (!g) return null;
  const basis = [...g.basis];
  if (code === 'withhold.thirdParty' && ctx.thirdPartyConsulted) basis.push('a32');
  return { reason: g.reason, basis };
}

export function decisionFor(outcome: OutcomeCode, ctx: DecisionContext): Decision {
  const { facts } = ctx;
  switch (outcome) {
    case 'disclose':
      if (facts.discloseMode === 'published') {
        const p = ctx.publication;
        return {
          variant: 'disclose/published',
          basis: ['a36i1'],
          text: p
            ? `经查，你（单位）申请公开的政府信息已由本机关主动公开（《${p.title}》，索引号：${p.indexNumber || blank('索引号')}，${p.publishedOn}公开），你（单位）可以通过${p.where || blank('公开途径')}查阅获取。根据{依据}的规定，现予告知。`
            : `经查，你（单位）申请公开的政府信息已由本机关主动公开（${blank('信息名称、索引号及公开日期')}），你（单位）可以通过${blank('公开途径')}查阅获取。根据{依据}的规定，现予告知。`,
        };
      }
      return {
        variant: 'disclose/provide',
        basis: ['a36i2'],
        text: `经审查，你（单位）申请公开的政府信息属于可以公开的政府信息。根据{依据}的规定，本机关决定予以公开：${blank('随本答复书提供的信息，或者获取该信息的方式、途径和时间')}。`,
      };
    case 'partial': {
      const g = groundOf(facts.partialGround, ctx);
      return {
        variant: 'partial',
        basis: ['a37', ...(g?.basis ?? []), 'a36i3'],
        text: `经审查，你（单位）申请公开的政府信息中，${blank('可以公开的部分')}可以公开，现提供给你（单位）；${blank('不予公开的部分')}${g ? g.reason : blank('不予公开的理由')}，不予公开。根据{依据}的规定，本机关决定部分公开。`,
      };
    }
    case 'withhold.query':
      return {
        variant: 'withhold.query',
        basis: ['a36i7'],
        text: `经审查，你（单位）申请获取的信息属于${blank('工商、不动产登记资料等')}信息，有关法律、行政法规对信息的获取有特别规定。根据{依据}的规定，请你（单位）依照${blank('有关法律、行政法规的名称')}的规定办理。`,
      };
    case 'withhold.stateSecret':
    case 'withhold.lawProhibited':
    case 'withhold.security':
    case 'withhold.thirdParty':
    case 'withhold.internal':
    case 'withhold.process':
    case 'withhold.enforcement': {
      const g = groundOf(outcome, ctx);
      return {
        variant: outcome,
        basis: [...(g?.basis ?? []), 'a36i3'],
        text: `经审查，你（单位）申请公开的政府信息${g?.reason ?? ''}。根据{依据}的规定，本机关决定不予公开。`,
      };
    }
    case 'unable.notHeld':
      if (facts.notHeldMode === 'notOurs') {
        const body = facts.responsibleKnown
          ? `负责公开该政府信息的行政机关为${facts.responsibleBody || blank('负责公开的行政机关名称')}，联系方式：${facts.responsibleContact || blank('该机关的联系方式')}。`
          : '本机关无法确定负责公开该政府信息的行政机关。';
        return {
          variant: 'unable.notHeld/notOurs',
          basis: ['a36i5'],
          text: `经审查，你（单位）申请公开的政府信息不属于本机关负责公开，理由是：${blank('不属于本机关负责公开的理由')}。${body}根据{依据}的规定，现予告知。`,
        };
      }
      return {
        variant: 'unable.notHeld/notExist',
        basis: ['a36i4'],
        text: '经检索，本机关没有你（单位）申请公开的政府信息，该政府信息不存在。根据{依据}的规定，现予告知。',
      };
    case 'unable.needsCreation':
      return {
        variant: outcome,
        basis: ['a38'],
        text: '经审查，本机关没有制作或者获取你（单位）申请的信息，提供该信息需要对现有政府信息进行加工、分析。根据{依据}的规定，本机关不予提供。',
      };
    case 'unable.stillUnclear':
      return {
        variant: outcome,
        basis: ['a29p2', 'a30'],
        text: `本机关已于${ctx.correctionAskedOn || blank('补正告知日期')}告知你（单位）作出补正，你（单位）于${ctx.correctedOn || blank('补正日期')}提交了补正后的申请，但申请内容仍不明确，本机关无法确定你（单位）申请公开的政府信息。根据{依据}的规定，本机关无法提供。`,
      };
    case 'notProcessed.petition':
      return {
        variant: outcome,
        basis: ['a39p1'],
        text: `经审查，你（单位）以政府信息公开申请的形式提出的是信访、投诉、举报等事项，本机关不作为政府信息公开申请处理。你（单位）可以通过${blank('信访、投诉、举报的相应渠道')}提出。根据{依据}的规定，现予告知。`,
      };
    case 'notProcessed.repeat':
      return {
        variant: outcome,
        basis: ['a36i6'],
        text: `本机关已于${blank('此前答复的日期及文号')}就你（单位）提出的政府信息公开申请作出答复，你（单位）本次系重复申请公开相同政府信息。根据{依据}的规定，本机关不予重复处理。`,
      };
    case 'notProcessed.publication':
      return {
        variant: outcome,
        basis: ['a39p2'],
        text: `经审查，你（单位）申请获取的是政府公报、报刊、书籍等公开出版物，你（单位）可以通过${blank('获取该出版物的途径')}获取。根据{依据}的规定，现予告知。`,
      };
    case 'notProcessed.massive':
      return {
        variant: outcome,
        basis: ['a35'],
        text: '你（单位）申请公开政府信息的数量、频次明显超过合理范围，本机关已要求你（单位）说明理由。经审查，本机关认为申请理由不合理。根据{依据}的规定，本机关不予处理。',
      };
    case 'notProcessed.confirm':
      // No single article covers it (DOMAIN.md §10): the officer states the basis before issuing.
      return {
        variant: outcome,
        basis: [],
        text: '经审查，你（单位）申请的内容为要求行政机关确认或者重新出具已获取的信息，不属于政府信息公开申请的处理范围。根据{依据}的规定，本机关不予处理。',
      };
    case 'other.noCorrection':
      return {
        variant: outcome,
        basis: ['a30'],
        text: `本机关已于${ctx.correctionAskedOn || blank('补正告知日期')}告知你（单位）作出补正，你（单位）无正当理由逾期未补正，视为放弃申请。根据{依据}的规定，本机关不再处理你（单位）的该政府信息公开申请。`,
      };
    case 'other.feeUnpaid':
      return {
        variant: outcome,
        basis: ['fee109'],
        text: `本机关已于${ctx.feeNoticeOn || blank('收费通知日期')}向你（单位）发出收费通知，你（单位）逾期未按收费通知要求缴纳费用，视为放弃申请。根据{依据}的规定，本机关不再处理你（单位）的该政府信息公开申请。`,
      };
    case 'other.other':
      return { variant: outcome, basis: [], text: `${blank('处理情况及理由')}根据{依据}的规定，现予告知。` };
  }
}
