// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { type DeadlineLookup, useDeadlines } from './use-deadlines';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const requests = ['2025-03-03', '2025-09-26'].map((receivedDate, i) => ({
  id: `r${i}`,
  receivedDate,
  events: [],
}));

function Probe({ rows, today, seen }: { rows: typeof requests; today: string; seen: DeadlineLookup[] }) {
  seen.push(useDeadlines(rows, today));
  return null;
}

async function mount(rows: typeof requests, today: string) {
  const seen: DeadlineLookup[] = [];
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe rows={rows} today={today} seen={seen} />));
  await act(async () => root.unmount());
  return seen[0] as DeadlineLookup;
}

describe('a requests list drawn again from the same rows finds its clocks computed (issue 17)', () => {
  afterAll(() => db.close());

  it('keeps the lookup of the same rows, day and calendar across visits; another day computes anew', async () => {
    const first = await mount(requests, '2026-01-05');
    expect(await mount(requests, '2026-01-05')).toBe(first);
    expect(await mount(requests, '2026-01-06')).not.toBe(first);
    expect(await mount([...requests], '2026-01-06')).not.toBe(first);
  });
});
