import { describe, expect, it } from 'vitest';
import { incompleteReviewSteps, publishedWithoutReview, reviewChainComplete } from './review';

const step = (result: 'pending' | 'pass' | 'fail') => ({ by: '', date: null, result, note: '' });
const chain = (a: 'pending' | 'pass' | 'fail', b: typeof a, c: typeof a) => ({
  firstReview: step(a),
  secrecyReview: step(b),
  leaderSignoff: step(c),
});

describe('review chain', () => {
  it('is complete only when all three steps passed', () => {
    expect(reviewChainComplete(chain('pass', 'pass', 'pass'))).toBe(true);
    expect(reviewChainComplete(chain('pass', 'pending', 'pass'))).toBe(false);
    expect(incompleteReviewSteps(chain('pass', 'fail', 'pending'))).toEqual([
      'secrecyReview',
      'leaderSignoff',
    ]);
  });

  it('asks only when the item is published', () => {
    expect(
      publishedWithoutReview({ publishedDate: null, review: chain('pending', 'pending', 'pending') }),
    ).toEqual([]);
    expect(
      publishedWithoutReview({ publishedDate: '2025-03-10', review: chain('pass', 'pending', 'pass') }),
    ).toEqual(['secrecyReview']);
    expect(
      publishedWithoutReview({ publishedDate: '2025-03-10', review: chain('pass', 'pass', 'pass') }),
    ).toEqual([]);
  });
});
