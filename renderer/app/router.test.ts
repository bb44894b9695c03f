// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { navigate, setPageChangeHook } from './router';

const changed = () =>
  new Promise<void>((r) => window.addEventListener('hashchange', () => r(), { once: true }));

describe('the page change hook (issue 17)', () => {
  it('is called when the address moves to another page, with its query, not on a move within a page', async () => {
    const calls: string[] = [];
    setPageChangeHook((page, query) => calls.push(`${page}?${query.toString()}`));
    try {
      let moved = changed();
      navigate('/requests', { year: 2025 });
      await moved;
      expect(calls).toEqual(['requests?year=2025']);
      // A record's drawer and a filter stay on the page: not a page change.
      moved = changed();
      navigate('/requests/abc');
      await moved;
      moved = changed();
      navigate('/requests', { year: 2024 });
      await moved;
      expect(calls).toEqual(['requests?year=2025']);
      moved = changed();
      navigate('/dashboard');
      await moved;
      expect(calls).toEqual(['requests?year=2025', 'dashboard?']);
    } finally {
      setPageChangeHook(null);
    }
  });
});
