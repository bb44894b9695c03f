import type { CDPSession } from '@playwright/test';

/** A Chromium trace event (the fields the bench's trace scripts read). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string; requestId?: string } };
}

/** A V8 CPU profile as the DevTools protocol gives it. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Starts a trace of `categories` on a page's DevTools session (trace-step.ts, trace-start.ts), and a
 * CPU profile sampled every `cpuIntervalUs` µs when given; `stop()` ends both and gives what they
 * recorded.
 */
export async function startTrace(
  session: CDPSession,
  categories: string,
  cpuIntervalUs?: number,
): Promise<{ stop: () => Promise<{ events: TraceEvent[]; profile: CpuProfile | null }> }> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  if (cpuIntervalUs) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: cpuIntervalUs });
    await session.send('Profiler.start');
  }
  return {
    stop: async () => {
      const profile = cpuIntervalUs
        ? ((await session.send('Profiler.stop')) as { profile: CpuProfile }).profile
        : null;
      await session.send('Tracing.end');
      await complete;
      return { events, profile };
    },
  };
}
