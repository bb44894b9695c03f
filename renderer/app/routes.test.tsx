// @vitest-environment jsdom
import { Spin } from 'antd';
import { act, type ReactElement, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import type { AppSettings } from '../../shared/model/settings';
import {
  menuQuery,
  page,
  prefetchPage,
  preloadRoutesWhenIdle,
  type PageReads,
  readBeforeVisit,
  ROUTES,
  RoutePage,
} from './routes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mount() {
  const el = document.createElement('div');
  document.body.appendChild(el);
  return { el, root: createRoot(el) };
}
const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('route pages (issue 17)', () => {
  it("a page whose code is in renders at once, never through the app's Suspense fallback", async () => {
    const Page = page(async () => ({ default: () => <p>已加载</p> }));
    await Page.preload();
    const { el, root } = mount();
    // Everything ever added to the page (a fallback shown and gone again would be missed at the end).
    const added: string[] = [];
    const seen = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) added.push((n as Element).outerHTML ?? '');
    });
    seen.observe(el, { childList: true, subtree: true });
    await act(async () =>
      root.render(
        <Suspense fallback={<Spin />}>
          <RoutePage page={Page} />
        </Suspense>,
      ),
    );
    await tick();
    seen.disconnect();
    expect(el.textContent).toBe('已加载');
    expect(added.join('')).not.toContain('ant-spin');
    await act(async () => root.unmount());
  });

  it('a page still loading shows a spinner, then itself', async () => {
    let resolve: (m: { default: () => ReactElement }) => void = () => undefined;
    const Page = page(() => new Promise((r) => (resolve = r)));
    const { el, root } = mount();
    await act(async () => root.render(<RoutePage page={Page} />));
    expect(el.querySelector('.ant-spin')).not.toBeNull();
    resolve({ default: () => <p>页面</p> });
    await tick();
    expect(el.textContent).toBe('页面');
    await act(async () => root.unmount());
  });

  it('a failed import reaches the error boundary, and its retry imports again', async () => {
    let calls = 0;
    const Page = page(async () => {
      calls += 1;
      if (calls === 1) throw new Error('chunk failed');
      return { default: () => <p>第二次</p> };
    });
    const { el, root } = mount();
    const logged = console.error;
    console.error = () => undefined;
    try {
      await act(async () =>
        root.render(
          <ErrorBoundary>
            <RoutePage page={Page} />
          </ErrorBoundary>,
        ),
      );
      await tick();
      expect(el.textContent).toContain('chunk failed');
      await act(async () => (el.querySelector('button') as HTMLButtonElement).click());
      await tick();
      expect(el.textContent).toBe('第二次');
      expect(calls).toBe(2);
    } finally {
      console.error = logged;
      await act(async () => root.unmount());
    }
  });
});

describe("a start's first reads (issue 17)", () => {
  const settings = {} as AppSettings;

  /** A page counting its renders, with a `prefetch` the test releases. */
  function pageWithReads(reads: Promise<void>) {
    const seen = { renders: 0, prefetched: 0 };
    const Page = page(
      async () => ({
        default: () => {
          seen.renders += 1;
          return <p>首页</p>;
        },
      }),
      async () => ({
        prefetch: async () => {
          seen.prefetched += 1;
          await reads;
        },
      }),
    );
    return { Page, seen };
  }

  it('the page is drawn once its first reads are in, and only then', async () => {
    let release: () => void = () => undefined;
    const { Page, seen } = pageWithReads(new Promise((r) => (release = r)));
    prefetchPage(Page, settings);
    await Page.preload();
    const { el, root } = mount();
    await act(async () => root.render(<RoutePage page={Page} />));
    await tick();
    // Its code is in, its reads are not: the spinner, and the page not drawn yet.
    expect(seen.prefetched).toBe(1);
    expect(el.querySelector('.ant-spin')).not.toBeNull();
    expect(seen.renders).toBe(0);
    release();
    await tick();
    expect(el.textContent).toBe('首页');
    expect(seen.renders).toBe(1);
    await act(async () => root.unmount());
  });

  it('reads that take too long do not hold the page: it is drawn after the wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { Page } = pageWithReads(new Promise(() => undefined));
      prefetchPage(Page, settings, 1500);
      await Page.preload();
      const { el, root } = mount();
      await act(async () => root.render(<RoutePage page={Page} />));
      await act(() => vi.advanceTimersByTimeAsync(1499));
      expect(el.querySelector('.ant-spin')).not.toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(el.textContent).toBe('首页');
      await act(async () => root.unmount());
    } finally {
      vi.useRealTimers();
    }
  });

  it('failed reads are said on the console, and the page is drawn', async () => {
    const Page = page(
      async () => ({ default: () => <p>首页</p> }),
      async () => ({
        prefetch: async () => {
          throw new Error('读取失败');
        },
      }),
    );
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      prefetchPage(Page, settings);
      const { el, root } = mount();
      await act(async () => root.render(<RoutePage page={Page} />));
      await tick();
      expect(el.textContent).toBe('首页');
      expect(warned.mock.calls.flat().join(' ')).toContain('读取失败');
      await act(async () => root.unmount());
    } finally {
      warned.mockRestore();
    }
  });

  it('a start on a page without first reads draws it as soon as its code is in', async () => {
    const Page = page(async () => ({ default: () => <p>登记</p> }));
    prefetchPage(Page, settings);
    await Page.preload();
    const { el, root } = mount();
    await act(async () => root.render(<RoutePage page={Page} />));
    expect(el.textContent).toBe('登记');
    await act(async () => root.unmount());
  });

  it('a later visit of the page is drawn at once', async () => {
    const { Page, seen } = pageWithReads(Promise.resolve());
    prefetchPage(Page, settings);
    const first = mount();
    await act(async () => first.root.render(<RoutePage page={Page} />));
    await tick();
    await act(async () => first.root.unmount());
    const again = mount();
    await act(async () => again.root.render(<RoutePage page={Page} />));
    expect(again.el.textContent).toBe('首页');
    expect(seen.renders).toBe(2);
    await act(async () => again.root.unmount());
  });
});

describe("a page's first visit from the menu (issue 17)", () => {
  const settings = {} as AppSettings;

  /** A page counting its renders; its reads (`whenIdle` as given) record the query and wait for `reads`. */
  function menuPage(reads: Promise<void>, whenIdle = false, keptFor?: (query: URLSearchParams) => boolean) {
    const seen = { renders: 0, queries: [] as string[] };
    const Page = page(
      async () => ({
        default: () => {
          seen.renders += 1;
          return <p>依申请公开</p>;
        },
      }),
      async (): Promise<PageReads> => ({
        whenIdle,
        keptFor,
        prefetch: async (_s, _today, query) => {
          seen.queries.push(query.toString());
          await reads;
        },
      }),
    );
    return { Page, seen };
  }

  it('begins the reads with the click (with the menu’s year) and draws the page once, with them', async () => {
    let release: () => void = () => undefined;
    const { Page, seen } = menuPage(new Promise((r) => (release = r)));
    await Page.preload();
    expect(readBeforeVisit(Page, settings, new URLSearchParams({ year: '2025' }))).toBe(true);
    const { el, root } = mount();
    await act(async () => root.render(<RoutePage page={Page} />));
    await tick();
    expect(seen.queries).toEqual(['year=2025']);
    expect(el.querySelector('.ant-spin')).not.toBeNull();
    expect(seen.renders).toBe(0);
    release();
    await tick();
    expect(el.textContent).toBe('依申请公开');
    expect(seen.renders).toBe(1);
    await act(async () => root.unmount());
  });

  it('a page already drawn in this window is not read ahead again: drawn at once from its kept reads', async () => {
    const { Page, seen } = menuPage(Promise.resolve());
    await Page.preload();
    const first = mount();
    await act(async () => first.root.render(<RoutePage page={Page} />));
    await act(async () => first.root.unmount());
    expect(readBeforeVisit(Page, settings)).toBe(false);
    const again = mount();
    await act(async () => again.root.render(<RoutePage page={Page} />));
    expect(again.el.textContent).toBe('依申请公开');
    expect(seen.queries).toEqual([]);
    await act(async () => again.root.unmount());
  });

  it('a page whose reads idle time reads (a list’s first page) is not held for them', async () => {
    const { Page, seen } = menuPage(new Promise(() => undefined), true);
    await Page.preload();
    await Page.reads?.();
    expect(readBeforeVisit(Page, settings)).toBe(false);
    const { el, root } = mount();
    await act(async () => root.render(<RoutePage page={Page} />));
    expect(el.textContent).toBe('依申请公开');
    expect(seen.queries).toEqual([]);
    await act(async () => root.unmount());
  });

  it('a page whose reads for the address are kept already is drawn at once, without asking them again', async () => {
    const kept: string[] = [];
    const { Page, seen } = menuPage(new Promise(() => undefined), false, (query) => {
      kept.push(query.toString());
      return query.get('year') === '2025';
    });
    await Page.preload();
    await Page.reads?.();
    // Another address's reads are not kept: read before the visit as before.
    expect(readBeforeVisit(Page, settings, new URLSearchParams({ year: '2024' }))).toBe(true);
    const other = menuPage(new Promise(() => undefined), false, (query) => query.get('year') === '2025');
    await other.Page.preload();
    await other.Page.reads?.();
    expect(readBeforeVisit(other.Page, settings, new URLSearchParams({ year: '2025' }))).toBe(false);
    const { el, root } = mount();
    await act(async () => root.render(<RoutePage page={other.Page} />));
    expect(el.textContent).toBe('依申请公开');
    expect(other.seen.queries).toEqual([]);
    expect(other.seen.renders).toBe(1);
    expect(kept).toEqual(['year=2024']);
    expect(seen.queries).toEqual(['year=2024']);
    await act(async () => root.unmount());
  });

  it('reads that take too long hold the page 400 ms at most', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { Page } = menuPage(new Promise(() => undefined));
      await Page.preload();
      readBeforeVisit(Page, settings);
      const { el, root } = mount();
      await act(async () => root.render(<RoutePage page={Page} />));
      await act(() => vi.advanceTimersByTimeAsync(399));
      expect(el.querySelector('.ant-spin')).not.toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(el.textContent).toBe('依申请公开');
      await act(async () => root.unmount());
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('idle work after the start (issue 17)', () => {
  it('runs `first` in idle time after the delay, then loads every page (the import page too: its reader loads with a file)', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const saved = ROUTES.map((r) => r.component.preload);
    for (const r of ROUTES)
      r.component.preload = vi.fn(async () => {
        order.push(r.path);
        return { default: () => null };
      });
    try {
      preloadRoutesWhenIdle({
        afterMs: 200,
        first: () => {
          order.push('first');
          throw new Error('a failed measurement does not stop the preloads');
        },
      });
      await vi.advanceTimersByTimeAsync(199);
      expect(order).toEqual([]);
      await vi.advanceTimersByTimeAsync(60);
      expect(order[0]).toBe('first');
      await vi.advanceTimersByTimeAsync(5000);
      // Work pages (the dashboard first), then the registers, then tools and system pages.
      expect(order[1]).toBe('dashboard');
      expect(order.indexOf('publications')).toBeLessThan(order.indexOf('catalogue'));
      expect(order.indexOf('publications')).toBeLessThan(order.indexOf('requests'));
      expect(order).toContain('import');
      expect(order.length).toBe(ROUTES.length + 1); // `first` plus every page
    } finally {
      ROUTES.forEach((r, i) => {
        const preload = saved[i];
        if (preload) r.component.preload = preload;
      });
      vi.useRealTimers();
    }
  });
});

describe('a list’s first page read in idle time (issue 17)', () => {
  /** The idle work's order with every page's code and reads stubbed: `code:<path>`, `reads:<path>`. */
  async function idleOrder(requestsSmall = true): Promise<string[]> {
    vi.useFakeTimers();
    const order: string[] = [];
    const saved = ROUTES.map((r) => ({ preload: r.component.preload, reads: r.component.reads }));
    for (const r of ROUTES) {
      r.component.preload = vi.fn(async () => {
        order.push(`code:${r.path}`);
        return { default: () => null };
      });
      if (r.component.reads)
        r.component.reads = async () => ({
          prefetch: async () => undefined,
          // The dashboard's reads are a year's records: never read in idle time; the requests
          // list's every year's: only while the register is small.
          whenIdle: r.path !== 'dashboard' && r.path !== 'requests',
          idleReadAhead: r.path === 'requests' ? async () => requestsSmall : undefined,
        });
    }
    try {
      preloadRoutesWhenIdle({
        afterMs: 0,
        readAhead: async (path) => {
          order.push(`reads:${path}`);
        },
      });
      await vi.advanceTimersByTimeAsync(5000);
      return order;
    } finally {
      ROUTES.forEach((r, i) => {
        const before = saved[i];
        if (!before) return;
        r.component.preload = before.preload;
        r.component.reads = before.reads;
      });
      vi.useRealTimers();
    }
  }

  it('reads ahead the pages whose reads are small, as the menu opens them, after loading their code', async () => {
    const order = await idleOrder();
    expect(order).toContain('reads:publications');
    expect(order).toContain('reads:consultations');
    expect(order).toContain('reads:requests');
    expect(order).not.toContain('reads:dashboard');
    expect(order.indexOf('reads:publications')).toBeGreaterThan(order.indexOf('code:publications'));
    expect(order.indexOf('reads:requests')).toBeGreaterThan(order.indexOf('code:requests'));
  });

  it('does not read the requests list ahead when its register is large (a county’s)', async () => {
    const order = await idleOrder(false);
    expect(order).toContain('code:requests');
    expect(order).not.toContain('reads:requests');
    // The pages after it are still loaded and read.
    expect(order).toContain('reads:consultations');
  });

  it('the menu opens a register on the year being closed, other pages as they are', () => {
    expect(menuQuery('publications', 2025)).toEqual({ year: 2025 });
    expect(menuQuery('consultations', 2025)).toEqual({ year: 2025 });
    expect(menuQuery('report', 2025)).toBeUndefined();
    expect(menuQuery('publications', undefined)).toBeUndefined();
  });

  it('the lists read ahead in idle time say so; the dashboard reads itself (at a bureau’s size)', async () => {
    const reads = (path: string) => ROUTES.find((r) => r.path === path)?.component.reads?.();
    expect((await reads('publications'))?.whenIdle).toBe(true);
    expect((await reads('consultations'))?.whenIdle).toBe(true);
    expect((await reads('dashboard'))?.whenIdle).toBeFalsy();
    expect((await reads('dashboard'))?.idleRead).toBeTypeOf('function');
    // The requests list: by its register's size (request-reads.test.ts), its visit still read first.
    expect((await reads('requests'))?.whenIdle).toBeFalsy();
    expect((await reads('requests'))?.idleReadAhead).toBeTypeOf('function');
  });
});
