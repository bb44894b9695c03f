import { Skeleton } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

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

/**
 * An ECharts chart. The library is imported when the chart first comes near the viewport (issue 17:
 * the dashboard's charts are below the first screen, and loading them at start froze it).
 */
export function EChart({
  option,
  height = 260,
  onClick,
  testId,
}: {
  option: EChartsCoreOption;
  height?: number;
  onClick?: (e: ChartClick) => void;
  testId?: string;
}) {
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

  return (
    <div style={{ position: 'relative', height }} data-testid={testId}>
      {!loaded && <Skeleton active paragraph={{ rows: 4 }} />}
      <div ref={el} style={{ position: 'absolute', inset: 0, visibility: loaded ? 'visible' : 'hidden' }} />
    </div>
  );
}
