// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { navigate, setPageChangeHook } from './router';

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
