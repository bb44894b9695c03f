// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { leaveThen, navigate, setLeaveGuard, setPageChangeHook } from './router';

/** navigate(), then the browser's hashchange that follows it. */
async function go(path: string, query?: Record<string, number>) {
  const changed = new Promise<void>((r) => window.addEventListener('hashchange', () => r(), { once: true }));
  navigate(path, query);
  await changed;
}

describe('the page change hook (issue 17)', () => {
  it('is called when the address moves to another page, with its query, not on a move within a page', async () => {
    const calls: string[] = [];
    setPageChangeHook((page, query) => calls.push(`${page}?${query.toString()}`));
    try {
      await go('/requests', { year: 2025 });
      expect(calls).toEqual(['requests?year=2025']);
      // A record's drawer and a filter stay on the page: not a page change.
      await go('/requests/abc');
      await go('/requests', { year: 2024 });
      expect(calls).toEqual(['requests?year=2025']);
      await go('/dashboard');
      expect(calls).toEqual(['requests?year=2025', 'dashboard?']);
    } finally {
      setPageChangeHook(null);
    }
  });
});

describe('leave guards (forms with unsaved changes)', () => {
  it('asks when any form on screen has changes — not only the newest — and moves once it says so', async () => {
    await go('/settings');
    const dirty = { profile: true, prefs: false };
    const asked: string[] = [];
    let proceed: (() => void) | null = null;
    const guard = (name: keyof typeof dirty) => (go_: () => void) => {
      if (!dirty[name]) return false;
      asked.push(name);
      proceed = go_;
      return true;
    };
    const removeProfile = setLeaveGuard(guard('profile'));
    const removePrefs = setLeaveGuard(guard('prefs'));
    try {
      navigate('/dashboard');
      // The older form's changes hold the move (a single guard slot let the newer, clean form answer).
      expect(asked).toEqual(['profile']);
      expect(window.location.hash).toBe('#/settings');
      dirty.profile = false;
      const changed = new Promise<void>((r) =>
        window.addEventListener('hashchange', () => r(), { once: true }),
      );
      (proceed as (() => void) | null)?.();
      await changed;
      expect(window.location.hash).toBe('#/dashboard');
      // Nothing unsaved: no question.
      await go('/settings');
      expect(asked).toEqual(['profile']);
    } finally {
      removeProfile();
      removePrefs();
    }
  });
});

describe('leaveThen: a change of view that is not an address (a step of 首次使用)', () => {
  it('runs at once when no form holds unsaved changes, after the answer when one does', () => {
    const moves: string[] = [];
    leaveThen(() => moves.push('free'));
    expect(moves).toEqual(['free']);
    let dirty = true;
    let proceed: (() => void) | null = null;
    const remove = setLeaveGuard((go_) => {
      if (!dirty) return false;
      proceed = go_;
      return true;
    });
    try {
      leaveThen(() => moves.push('held'));
      expect(moves).toEqual(['free']);
      // 放弃修改: the guard calls proceed.
      dirty = false;
      (proceed as (() => void) | null)?.();
      expect(moves).toEqual(['free', 'held']);
      leaveThen(() => moves.push('clean'));
      expect(moves).toEqual(['free', 'held', 'clean']);
    } finally {
      remove();
    }
  });
});
