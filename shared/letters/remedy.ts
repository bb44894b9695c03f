import type { OutcomeCode } from '../model/taxonomy';
import { blank } from './templates';

/**
 * The remedy sentence of an 答复书 (DOMAIN.md §9–§10; 行政复议法 2023 revision, in force 2024-01-01).
 * - 复议 within 60 days (复议法第二十条) at the 复议机关 (第二十四条、第二十七条: a profile setting).
 * - 不予公开, and the withheld part of 部分公开, must go to 复议 first (第二十三条第一款第（四）项) and
 *   the letter must say so (第二十三条第二款); then 15 days to sue after the 复议 decision
 *   (行政诉讼法第四十五条).
 * - Otherwise 复议 within 60 days or a suit within 6 months (行政诉讼法第四十六条).
 * - Whether 复议前置 reaches other outcomes is disputed: a per-outcome setting (reviewFirstOutcomes),
 *   on for 不予公开 and 部分公开 by default.
 */

export interface RemedyProfile {
  /** 行政复议机关, printed by name; empty falls back to the 上级机关 (parentAgency), then a blank. */
  reviewBody: string;
  parentAgency: string;
  /** The court with jurisdiction; empty prints 有管辖权的人民法院. */
  court: string;
}

export interface Remedy {
  text: string;
  reviewFirst: boolean;
}

const REVIEW_THEN_SUE = (body: string) =>
  `可以自收到本答复书之日起60日内向${body}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。`;

export function reviewBodyOf(profile: RemedyProfile): string {
  return profile.reviewBody.trim() || profile.parentAgency.trim() || blank('行政复议机关名称');
}

export function remedyFor(
  outcome: OutcomeCode,
  reviewFirstOutcomes: readonly string[],
  profile: RemedyProfile,
): Remedy {
  const body = reviewBodyOf(profile);
  const court = profile.court.trim() || '有管辖权的人民法院';
  const eitherOr = `可以自收到本答复书之日起60日内向${body}申请行政复议，也可以自收到本答复书之日起6个月内向${court}提起行政诉讼。`;
  const reviewFirst = reviewFirstOutcomes.includes(outcome);
  if (!reviewFirst) return { reviewFirst, text: `你（单位）如对本答复不服，${eitherOr}` };
  const statutory = outcome === 'partial' || outcome.startsWith('withhold.');
  if (outcome === 'partial') {
    return {
      reviewFirst,
      text: `根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，你（单位）对本答复中不予公开部分的决定不服的，应当先申请行政复议，${REVIEW_THEN_SUE(body)}你（单位）对本答复的其他内容不服的，${eitherOr}`,
    };
  }
  if (statutory) {
    return {
      reviewFirst,
      text: `根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，你（单位）对本答复不服的，应当先申请行政复议，${REVIEW_THEN_SUE(body)}`,
    };
  }
  // The agency chose 复议前置 for a disputed outcome: say it, without claiming a statutory item.
  return { reviewFirst, text: `你（单位）如对本答复不服，${REVIEW_THEN_SUE(body)}` };
}
