// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { currentQuery, navigate, setPageChangeHook, setQueryChangeHook, useQueryText } from './router';

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

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the filter change hook (issue 17)', () => {
  /** A component following the address's query: what it showed, render by render. */
  function follow() {
    const shown: string[] = [];
    const Query = () => {
      const text = useQueryText();
      shown.push(text);
      return null;
    };
    const root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(Query)));
    return { shown, unmount: () => act(() => root.unmount()) };
  }

  it('holds the app on the filter before until the hook’s reads are in; the address changes at once', async () => {
    await go('/publications');
    const { shown, unmount } = follow();
    const calls: string[] = [];
    let release: () => void = () => undefined;
    setQueryChangeHook((page, query) => {
      calls.push(`${page}?${query.toString()}`);
      return new Promise<void>((r) => (release = r));
    });
    try {
      await act(() => go('/publications', { year: 2023 }));
      expect(calls).toEqual(['publications?year=2023']);
      // The next filter builds on the new address, while the page still shows the one before.
      expect(currentQuery().toString()).toBe('year=2023');
      expect(shown.at(-1)).toBe('');
      await act(async () => release());
      expect(shown.at(-1)).toBe('year=2023');
    } finally {
      setQueryChangeHook(null);
      unmount();
    }
  });

  it('a newer move wins: the filter still being read is not drawn over it; a page change and no hook are at once', async () => {
    await go('/publications');
    const { shown, unmount } = follow();
    const pending: (() => void)[] = [];
    setQueryChangeHook(() => new Promise<void>((r) => pending.push(r)));
    try {
      await act(() => go('/publications', { year: 2023 }));
      await act(() => go('/publications', { year: 2024 }));
      // The first filter's reads come in after the second was chosen: the app waits for the second.
      await act(async () => pending[0]?.());
      expect(shown.at(-1)).toBe('');
      await act(async () => pending[1]?.());
      expect(shown.at(-1)).toBe('year=2024');
      // Another page: told at once (its first visit has its own reads ahead).
      await act(() => go('/requests', { year: 2022 }));
      expect(shown.at(-1)).toBe('year=2022');
      expect(pending).toHaveLength(2);
      setQueryChangeHook(() => null);
      await act(() => go('/requests', { year: 2021 }));
      expect(shown.at(-1)).toBe('year=2021');
    } finally {
      setQueryChangeHook(null);
      unmount();
    }
  });
});
