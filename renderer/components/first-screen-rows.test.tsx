// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { rowsOnFirstScreen, useFirstScreenRows } from './first-screen-rows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const rows = (n: number, tag = 'r') => Array.from({ length: n }, (_, i) => `${tag}${i}`);
const afterPaint = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 5))));

/** Renders the hook, recording the number of rows of every render in `drawn`. */
function List({
  items,
  enabled,
  drawn,
}: {
  items: string[] | undefined;
  enabled: boolean;
  drawn: unknown[];
}) {
  drawn.push(useFirstScreenRows(items, enabled)?.length);
  return null;
}

function mount(enabled: boolean) {
  const drawn: (number | undefined)[] = [];
  const root = createRoot(document.createElement('div'));
  return {
    drawn,
    show: (items: string[] | undefined) =>
      act(() => root.render(<List items={items} enabled={enabled} drawn={drawn} />)),
  };
}

describe('a register list’s first screen of rows first (issue 17)', () => {
  it('counts the rows a window shows below the filters', () => {
    expect(rowsOnFirstScreen(800)).toBe(12);
    expect(rowsOnFirstScreen(1080)).toBe(18);
    expect(rowsOnFirstScreen(300)).toBe(6);
    // The catalogue's taller rows under its title.
    expect(rowsOnFirstScreen(800, { above: 360, row: 61 })).toBe(8);
  });

  it('draws the first screen of a page, then every row after the paint', async () => {
    window.innerHeight = 800;
    const list = mount(true);
    await list.show(undefined);
    await list.show(rows(20));
    expect(list.drawn.at(-1)).toBe(12);
    await afterPaint();
    expect(list.drawn.at(-1)).toBe(20);
  });

  it('never stages rows again once the list has shown them all: a refresh or another page keeps every row', async () => {
    window.innerHeight = 800;
    const list = mount(true);
    await list.show(rows(20));
    await afterPaint();
    const before = list.drawn.length;
    await list.show(rows(20, 'again'));
    await afterPaint();
    expect(list.drawn.slice(before)).toEqual([20]);
  });

  it('does not stage a short first result, nor a longer one after it', async () => {
    window.innerHeight = 800;
    const list = mount(true);
    await list.show(rows(5));
    await list.show(rows(20));
    await afterPaint();
    expect(list.drawn).toEqual([5, 20]);
  });

  it('leaves a list antd pages itself as it is', async () => {
    window.innerHeight = 800;
    const list = mount(false);
    await list.show(rows(30));
    await afterPaint();
    expect(list.drawn).toEqual([30]);
  });
});
