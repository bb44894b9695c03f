import { describe, expect, it } from 'vitest';
import { dayAfterKey } from './day-keys';

describe('工作日历: the year grid from the keyboard', () => {
  it('moves a day, a week, to the month’s ends, a month', () => {
    expect(dayAfterKey('2026-03-31', 'ArrowRight', 2026)).toBe('2026-04-01');
    expect(dayAfterKey('2026-03-01', 'ArrowLeft', 2026)).toBe('2026-02-28');
    expect(dayAfterKey('2026-03-05', 'ArrowDown', 2026)).toBe('2026-03-12');
    expect(dayAfterKey('2026-03-05', 'ArrowUp', 2026)).toBe('2026-02-26');
    expect(dayAfterKey('2026-03-15', 'Home', 2026)).toBe('2026-03-01');
    expect(dayAfterKey('2026-02-15', 'End', 2026)).toBe('2026-02-28');
    expect(dayAfterKey('2026-01-31', 'PageDown', 2026)).toBe('2026-02-28');
    expect(dayAfterKey('2026-03-31', 'PageUp', 2026)).toBe('2026-02-28');
    expect(dayAfterKey('2024-01-30', 'PageDown', 2024)).toBe('2024-02-29');
  });

  it('stays within the year shown; other keys are not moves', () => {
    expect(dayAfterKey('2026-01-01', 'ArrowLeft', 2026)).toBe('2026-01-01');
    expect(dayAfterKey('2026-12-28', 'ArrowDown', 2026)).toBe('2026-12-31');
    expect(dayAfterKey('2026-01-15', 'PageUp', 2026)).toBe('2026-01-15');
    expect(dayAfterKey('2026-12-15', 'PageDown', 2026)).toBe('2026-12-15');
    expect(dayAfterKey('2026-05-05', 'Enter', 2026)).toBeNull();
    expect(dayAfterKey('2026-05-05', 'a', 2026)).toBeNull();
  });
});
