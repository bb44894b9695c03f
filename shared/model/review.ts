// The review chain 初审 → 保密审查 → 领导审签 ("上网信息不涉密，涉密信息不上网", 《保守国家秘密法》
// and 条例第十七条): an item is published only after every step passed.
import type { Publication } from './records';
import { REVIEW_STEPS } from './taxonomy';

export type ReviewStepCode = (typeof REVIEW_STEPS)[number]['code'];

/** The steps of the chain that have not passed, in the chain's order. */
export function incompleteReviewSteps(review: Pick<Publication, 'review'>['review']): ReviewStepCode[] {
  return REVIEW_STEPS.map((s) => s.code).filter((code) => review[code]?.result !== 'pass');
}

/** True when every step of the chain passed. */
export function reviewChainComplete(review: Pick<Publication, 'review'>['review']): boolean {
  return incompleteReviewSteps(review).length === 0;
}

/**
 * The steps missing when an item carries a 公开日期: publishing before the chain is complete is the
 * error the chain exists to prevent, so the save asks first (issue 13 item 10). Empty = nothing to ask.
 */
export function publishedWithoutReview(p: Pick<Publication, 'publishedDate' | 'review'>): ReviewStepCode[] {
  return p.publishedDate ? incompleteReviewSteps(p.review) : [];
}
