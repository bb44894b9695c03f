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
/**
 * Starts loading ECharts (a lazy chunk of ~550 kB) without waiting for a chart to mount: the
 * dashboard calls it while its records are still being read, so the two overlap at start-up.
 */
export function preloadCharts() {
  library ??= import('./echarts-setup');
  return library;
}

/** An ECharts chart; the library is imported the first time a chart mounts (lazy chunk). */
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

  useEffect(() => {
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
  }, []);

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
