import { Skeleton } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Echarts = typeof import('echarts/core');
type Instance = ReturnType<Echarts['init']>;

export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  name: string;
}

let library: Promise<typeof import('./echarts-setup')> | null = null;
/** Loads ECharts (a lazy chunk of ~550 kB, ~100–250 ms of main thread to evaluate) once. */
export function preloadCharts() {
  library ??= import('./echarts-setup');
  return library;
}

/** The item a key moves to from `at` among `count` (null: the key does not move). */
export function itemAfterKey(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, at + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * An ECharts chart. The library is imported when the chart first comes near the viewport (issue 17:
 * the dashboard's charts are below the first screen, and loading them at start froze it).
 *
 * With `items` (each data item's words, e.g. 电话：3) a chart that opens something on a click is one
 * Tab stop too: focused, its first item is highlighted with its tooltip, the arrow keys (and Home,
 * End) move along the items, Enter or Space opens the highlighted one as a click would, and a screen
 * reader hears the chart's `label` and then each item.
 */
export function EChart({
  option,
  height = 260,
  onClick,
  testId,
  label,
  items,
}: {
  option: EChartsCoreOption;
  height?: number;
  onClick?: (e: ChartClick) => void;
  testId?: string;
  /** The chart's name for a screen reader (its card's title). */
  label?: string;
  items?: readonly string[];
}) {
  const { t } = useTranslation('dashboard');
  const [active, setActive] = useState<number | null>(null);
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<Instance | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const [loaded, setLoaded] = useState(false);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const target = el.current?.parentElement;
    if (!target || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const seen = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          seen.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    seen.observe(target);
    return () => seen.disconnect();
  }, []);

  useEffect(() => {
    if (!near) return;
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void preloadCharts().then(({ echarts }) => {
      if (disposed || !el.current) return;
      const instance = echarts.init(el.current);
      instance.on('click', (p) => {
        const e = p as { dataIndex?: number; seriesIndex?: number; name?: string };
        click.current?.({ dataIndex: e.dataIndex ?? 0, seriesIndex: e.seriesIndex ?? 0, name: e.name ?? '' });
      });
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(el.current);
      setLoaded(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [near]);

  useEffect(() => {
    // No entry animation: figures should read at once (and a frozen test clock would stop it mid-way).
    if (loaded) chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option, loaded]);

  // The item reached from the keyboard, highlighted with its tooltip as the pointer would show it.
  useEffect(() => {
    const instance = chart.current;
    if (!loaded || !instance) return;
    instance.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    if (active === null) instance.dispatchAction({ type: 'hideTip' });
    else {
      instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: active });
      instance.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: active });
    }
  }, [active, loaded]);

  const keyboard = onClick && items && items.length > 0;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!keyboard || e.target !== e.currentTarget) return;
    const at = active ?? 0;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onClick({ dataIndex: at, seriesIndex: 0, name: items[at] ?? '' });
      return;
    }
    // Not yet on an item (the chart focused with the pointer): the first key goes to the first one.
    const next = itemAfterKey(e.key, active ?? -1, items.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };
  const current = keyboard && active !== null ? items[active] : undefined;

  return (
    <div
      style={{ position: 'relative', height }}
      data-testid={testId}
      {...(keyboard && {
        tabIndex: 0,
        role: 'group',
        className: 'desk-chart',
        'aria-label': label ? `${label}${t('charts.keysHint')}` : t('charts.keysHint'),
        onKeyDown,
        // From the keyboard only: a click on the chart (which also focuses it) leaves the items alone.
        onFocus: (e: FocusEvent<HTMLDivElement>) => {
          if (e.target === e.currentTarget && e.currentTarget.matches(':focus-visible'))
            setActive((a) => a ?? 0);
        },
        onBlur: (e: FocusEvent<HTMLDivElement>) => {
          if (e.target === e.currentTarget) setActive(null);
        },
      })}
    >
      {!loaded && <Skeleton active paragraph={{ rows: 4 }} />}
      <div ref={el} style={{ position: 'absolute', inset: 0, visibility: loaded ? 'visible' : 'hidden' }} />
      {keyboard && (
        // The highlighted item in words, for a screen reader (the canvas has none).
        <div className="desk-sr-only" aria-live="polite" data-testid={testId && `${testId}-active`}>
          {current ?? ''}
        </div>
      )}
    </div>
  );
}
