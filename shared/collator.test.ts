import { describe, expect, it } from 'vitest';
import { collatorFor } from './collator';

describe('collatorFor', () => {
  it('makes one collator per locale and keeps it', () => {
    expect(collatorFor('zh')).toBe(collatorFor('zh'));
    expect(collatorFor('zh-CN')).not.toBe(collatorFor('zh'));
    // Chinese order by pinyin: 安 (ān) before 北 (běi) before 中 (zhōng).
    expect(['中', '北', '安'].sort(collatorFor('zh').compare)).toEqual(['安', '北', '中']);
  });
});
