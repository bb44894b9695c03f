import { describe, expect, it } from 'vitest';
import { isIsoInstant } from './instant';
import { consultationSchema } from './records';

describe('instants are validated strictly (issue 14 item 9)', () => {
  it('accepts what toISOString writes and offsets; refuses empty, civil dates and impossible days', () => {
    expect(isIsoInstant('2025-06-01T02:00:00.000Z')).toBe(true);
    expect(isIsoInstant('2025-06-01T10:00:00+08:00')).toBe(true);
    for (const bad of [
      '',
      'x',
      '2025-06-01',
      '2025-02-30T00:00:00Z',
      '2025-06-01T24:00:00Z',
      '2025-06-01 02:00:00Z',
    ])
      expect(isIsoInstant(bad), bad).toBe(false);
  });
  it('a record with deletedAt "" no longer passes validation', () => {
    const c = {
      id: 'c',
      createdAt: '2025-06-01T02:00:00.000Z',
      updatedAt: '2025-06-01T02:00:00.000Z',
      date: '2025-06-01',
      channel: 'phone',
      topic: '测试',
    };
    expect(consultationSchema.safeParse({ ...c, deletedAt: null }).success).toBe(true);
    const bad = consultationSchema.safeParse({ ...c, deletedAt: '' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['deletedAt'], message: 'validation.invalidInstant' });
  });
});
