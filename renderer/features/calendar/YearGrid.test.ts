import { describe, expect, it } from 'vitest';
import { dayTitle } from './YearGrid';

describe('a day’s title, from its wording translated once per month (issue 17)', () => {
  it('puts the date, the kind and the name in their places, whatever the note holds', () => {
    const title = dayTitle('\u0000date：\u0000kind\u0000name');
    expect(title('2026-10-01', '放假', ' · 国庆节')).toBe('2026-10-01：放假 · 国庆节');
    // A note with replacement patterns is put in as written.
    expect(title('2026-10-12', '工作日', " · 测试$&备注$'")).toBe("2026-10-12：工作日 · 测试$&备注$'");
  });
});
