// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, type ReactElement, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/database';
import { resetTablesQueryResults, runTablesQuery, useTablesQuery } from './use-table-writes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TABLES = ['appeals'];

interface Seen {
  reads: number;
  renders: (string | undefined)[];
}

/** Each render of a page using the query: what it showed. */
function Probe({
  year,
  seen,
  querier,
  same,
}: {
  year: number;
  seen: Seen;
  querier: () => Promise<string>;
  same?: (a: string, b: string) => boolean;
}) {
  const value = useTablesQuery(db.name, TABLES, querier, [year], same);
  useEffect(() => {
    seen.renders.push(value);
  });
  return null;
}

/** A query counting its reads, and a probe bound to it. */
function setup() {
  const state: Seen = { reads: 0, renders: [] };
  const querier = async () => {
    state.reads += 1;
    return `读取${state.reads}`;
  };
  const probe = (year: number) => <Probe year={year} seen={state} querier={querier} />;
  return { state, querier, probe };
}

/** Waits for the renders to come in: until there are `count` (at most 3 s), then a little longer. */
async function settle(seen: Seen, count: number) {
  for (let i = 0; i < 300 && seen.renders.length < count; i++)
    await act(() => new Promise((r) => setTimeout(r, 10)));
  await act(() => new Promise((r) => setTimeout(r, 50)));
}

/** `element` rendered in a new root, once `seen` has `count` renders; returns the root. */
async function drawn(element: ReactElement, seen: Seen, count: number): Promise<Root> {
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(element));
  await settle(seen, count);
  return root;
}

describe('useTablesQuery: a result read ahead or read before (issue 17)', () => {
  beforeEach(() => resetTablesQueryResults());
  afterAll(() => db.close());

  it('draws a query read ahead in its first render and does not read it again', async () => {
    const { state, querier, probe } = setup();
    await runTablesQuery(db.name, TABLES, querier, [2025]);
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(probe(2025)));
    await settle(state, 1);
    expect(state.renders).toEqual(['读取1']);
    expect(state.reads).toBe(1);
    await act(async () => root.unmount());
  });

  it('a page opened again is drawn with its last result at once', async () => {
    const { state, probe } = setup();
    const first = createRoot(document.createElement('div'));
    await act(async () => first.render(probe(2024)));
    await settle(state, 2);
    expect(state.renders).toEqual([undefined, '读取1']);
    await act(async () => first.unmount());
    state.renders.length = 0;
    const again = createRoot(document.createElement('div'));
    await act(async () => again.render(probe(2024)));
    await settle(state, 1);
    expect(state.renders).toEqual(['读取1']);
    expect(state.reads).toBe(1);
    await act(async () => again.unmount());
  });

  it('after a write to one of its tables the kept result is not drawn: it reads again', async () => {
    const { state, querier, probe } = setup();
    await runTablesQuery(db.name, TABLES, querier, [2023]);
    await db.appeals.put({ id: 'a-1', kind: 'review' } as never);
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(probe(2023)));
    await settle(state, 2);
    expect(state.renders).toEqual([undefined, '读取2']);
    await act(async () => root.unmount());
  });

  it('other inputs are not drawn from it', async () => {
    const { state, querier, probe } = setup();
    await runTablesQuery(db.name, TABLES, querier, [2022]);
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(probe(2021)));
    await settle(state, 2);
    expect(state.renders).toEqual([undefined, '读取2']);
    await act(async () => root.unmount());
  });

  it('a result read while one of its tables was written is not kept', async () => {
    const { state, probe } = setup();
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const slow = async () => {
      await held;
      state.reads += 1;
      return `读取${state.reads}`;
    };
    const reading = runTablesQuery(db.name, TABLES, slow, [2020]);
    await db.appeals.put({ id: 'a-2', kind: 'review' } as never);
    release();
    await reading;
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(probe(2020)));
    await settle(state, 1);
    expect(state.renders[0]).toBeUndefined();
    await act(async () => root.unmount());
  });

  it('runTablesQuery gives a kept result without reading again, until a write', async () => {
    const { state, querier } = setup();
    expect(await runTablesQuery(db.name, TABLES, querier, [2019])).toBe('读取1');
    expect(await runTablesQuery(db.name, TABLES, querier, [2019])).toBe('读取1');
    expect(state.reads).toBe(1);
    await db.appeals.put({ id: 'a-3', kind: 'review' } as never);
    expect(await runTablesQuery(db.name, TABLES, querier, [2019])).toBe('读取2');
  });

  it('runTablesQuery shares a read still under way, but not one begun before a write', async () => {
    const { state, querier } = setup();
    const [first, second] = [
      runTablesQuery(db.name, TABLES, querier, [2018]),
      runTablesQuery(db.name, TABLES, querier, [2018]),
    ];
    expect(await first).toBe('读取1');
    expect(await second).toBe('读取1');
    expect(state.reads).toBe(1);
    // Another input is another read.
    expect(await runTablesQuery(db.name, TABLES, querier, [2017])).toBe('读取2');
    // A read begun, a write, then the same asked: read again (the first may not show the write).
    const before = runTablesQuery(db.name, TABLES, querier, [2016]);
    await db.appeals.put({ id: 'a-4', kind: 'review' } as never);
    const after = runTablesQuery(db.name, TABLES, querier, [2016]);
    await Promise.all([before, after]);
    expect(state.reads).toBe(4);
  });

  it('a failed read is not kept: the next asks again', async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      if (calls === 1) throw new Error('读取失败');
      return '读取成功';
    };
    await expect(runTablesQuery(db.name, TABLES, failing, [2015])).rejects.toThrow('读取失败');
    expect(await runTablesQuery(db.name, TABLES, failing, [2015])).toBe('读取成功');
  });

  it('after a write it is drawn once, with the new result: not first with the old one (issue 17)', async () => {
    const { state, probe } = setup();
    const root = await drawn(probe(2014), state, 2);
    expect(state.renders).toEqual([undefined, '读取1']);
    await act(() => db.appeals.put({ id: 'a-5', kind: 'review' } as never));
    await settle(state, 3);
    expect(state.renders).toEqual([undefined, '读取1', '读取2']);
    await act(async () => root.unmount());
  });

  it('a new result that `same` finds equal to the last one is not drawn', async () => {
    const state: Seen = { reads: 0, renders: [] };
    // The same text after any write (as the open year after most saves).
    const querier = async () => {
      state.reads += 1;
      return '2025';
    };
    const same = (a: string, b: string) => a === b;
    const root = await drawn(<Probe year={2013} seen={state} querier={querier} same={same} />, state, 2);
    await act(() => db.appeals.put({ id: 'a-6', kind: 'review' } as never));
    for (let i = 0; i < 100 && state.reads < 2; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(state.reads).toBe(2);
    expect(state.renders).toEqual([undefined, '2025']);
    await act(async () => root.unmount());
  });

  it('a write to another table reads nothing again', async () => {
    const { state, probe } = setup();
    const root = await drawn(probe(2012), state, 2);
    await act(() => db.consultations.put({ id: 'c-1', date: '2025-01-02' } as never));
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(state.reads).toBe(1);
    expect(state.renders).toEqual([undefined, '读取1']);
    await act(async () => root.unmount());
  });
});
