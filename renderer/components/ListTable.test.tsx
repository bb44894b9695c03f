// @vitest-environment jsdom
import { ConfigProvider, Table, Tag } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { act, type ReactNode, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mountThemed, stubMatchMedia } from './antd-shape';
import { type ListColumn, type ListPaging, ListTable } from './ListTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// antd's Table watches the screen's breakpoints; jsdom has no matchMedia.
beforeAll(stubMatchMedia);

const mounted: (() => void)[] = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
});

async function mount(node: ReactNode, locale = zhCN): Promise<HTMLElement> {
  const { el, unmount } = await mountThemed(<ConfigProvider locale={locale}>{node}</ConfigProvider>);
  mounted.push(unmount);
  return el;
}

/**
 * An element's tree with everything antd's styles, a screen reader or a test can see of it: tags,
 * sorted classes, every attribute (but generated ids), leaf text; an icon's SVG not walked.
 */
function shape(root: Element | null): string {
  if (!root) return '';
  const walk = (n: Element, depth: number): string[] => {
    const attrs = [...n.attributes]
      .filter((a) => a.name !== 'id' && a.name !== 'class')
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
      .sort()
      .join(' ');
    const text = n.children.length === 0 && n.textContent ? ` "${n.textContent}"` : '';
    return [
      `${'  '.repeat(depth)}${n.tagName.toLowerCase()} [${[...n.classList].sort().join(' ')}] ${attrs}${text}`,
      ...(n.tagName.toLowerCase() === 'svg' ? [] : [...n.children].flatMap((c) => walk(c, depth + 1))),
    ];
  };
  return walk(root, 0).join('\n');
}

interface Rec {
  id: string;
  serial: string;
  content: string;
  date: string;
  open: boolean;
}
// Fake records: serials out of order so that sorting moves rows across pages.
const RECORDS: Rec[] = Array.from({ length: 23 }, (_, i) => ({
  id: `r${i}`,
  serial: `2025-${String((i * 7) % 23).padStart(3, '0')}`,
  content: `测试申请内容${i}`,
  date: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
  open: i % 3 === 0,
}));

// The registers' kinds of column: sortable, one-line and sortable, one-line, rendered, keyed.
const COLUMNS: ListColumn<Rec>[] = [
  { title: '编号', dataIndex: 'serial', width: 110, sorter: (a, b) => a.serial.localeCompare(b.serial) },
  {
    title: '内容',
    dataIndex: 'content',
    ellipsis: true,
    sorter: (a, b) => a.content.localeCompare(b.content),
  },
  { title: '收到日期', dataIndex: 'date', width: 115, ellipsis: true },
  {
    title: '状态',
    key: 'state',
    width: 90,
    render: (_: unknown, r) => (r.open ? <Tag color="blue">办理中</Tag> : '已答复'),
  },
];

/** The same columns as antd's Table is given them (its ColumnType, with `render(value, record, index)`). */
const ANTD_COLUMNS = COLUMNS.map((c) => ({
  ...c,
  render: c.render ? (v: unknown, r: Rec) => c.render?.(v as never, r) : undefined,
}));

const total = (n: number) => `共 ${n} 条`;

function antdTable(rows: Rec[] | undefined, extra: Record<string, unknown> = {}) {
  return (
    <Table<Rec>
      rowKey="id"
      size="middle"
      dataSource={rows}
      columns={ANTD_COLUMNS}
      // The rows as ListTable makes them keyboard stops: the page's first row the list's Tab stop.
      onRow={(_, i) => ({
        onClick: () => undefined,
        style: { cursor: 'pointer' },
        tabIndex: i === 0 ? 0 : -1,
      })}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: total }}
      {...extra}
    />
  );
}

/** antd's Table and ListTable given the same rows, which a test then changes (a filter). */
const bothRows: { set: (rows: Rec[]) => void } = { set: () => undefined };
function Both() {
  const [rows, set] = useState(RECORDS);
  bothRows.set = set;
  return (
    <>
      <div data-testid="a">{antdTable(rows)}</div>
      <div data-testid="b">
        <ListTable<Rec> rows={rows} columns={COLUMNS} onRowClick={() => undefined} showTotal={total} />
      </div>
    </>
  );
}

const rowKeys = (el: HTMLElement) =>
  [...el.querySelectorAll('tr.ant-table-row')].map((tr) => tr.getAttribute('data-row-key'));

describe('ListTable: a register’s list drawn as antd’s Table draws it (issue 17)', () => {
  it('rows, columns, headers and pagination: the same elements, classes and attributes as antd’s Table', async () => {
    const a = await mount(antdTable(RECORDS));
    const b = await mount(
      <ListTable<Rec> rows={RECORDS} columns={COLUMNS} onRowClick={() => undefined} showTotal={total} />,
    );
    expect(shape(b.firstElementChild)).toBe(shape(a.firstElementChild));
    expect(rowKeys(b)).toHaveLength(20);
    expect(b.querySelector('.ant-pagination-total-text')?.textContent).toBe('共 23 条');
  });

  it('sorting from a header (click, then Enter): ascending, descending, none — rows, classes and aria-sort as antd’s', async () => {
    const a = await mount(antdTable(RECORDS));
    const b = await mount(
      <ListTable<Rec> rows={RECORDS} columns={COLUMNS} onRowClick={() => undefined} showTotal={total} />,
    );
    const header = (el: HTMLElement, n: number) =>
      el.querySelectorAll<HTMLElement>('th.ant-table-column-has-sorters')[n] as HTMLElement;
    const steps: ((el: HTMLElement) => void)[] = [
      (el) => header(el, 0).click(),
      (el) =>
        header(el, 0).dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }),
        ),
      (el) => header(el, 0).click(),
      (el) => header(el, 1).click(),
    ];
    const orders: string[] = [];
    for (const step of steps) {
      await act(async () => step(a));
      await act(async () => step(b));
      expect(shape(b.firstElementChild)).toBe(shape(a.firstElementChild));
      expect(rowKeys(b)).toEqual(rowKeys(a));
      orders.push(header(b, 0).getAttribute('aria-sort') ?? 'none');
    }
    expect(orders).toEqual(['ascending', 'descending', 'none', 'none']);
    // Sorted by content: its header says so, the serial's does not.
    expect(header(b, 1).getAttribute('aria-sort')).toBe('ascending');
  });

  it('the next page and a page size from the pagination: the rows antd’s Table shows', async () => {
    const a = await mount(antdTable(RECORDS));
    const b = await mount(
      <ListTable<Rec> rows={RECORDS} columns={COLUMNS} onRowClick={() => undefined} showTotal={total} />,
    );
    for (const el of [a, b])
      await act(async () => el.querySelector<HTMLElement>('.ant-pagination-item-2')?.click());
    expect(rowKeys(b)).toHaveLength(3);
    expect(rowKeys(b)).toEqual(rowKeys(a));
    expect(shape(b.firstElementChild)).toBe(shape(a.firstElementChild));
  });

  it('fewer rows than the page the table is on (a filter): the last page, as antd’s Table', async () => {
    const el = await mount(<Both />);
    const a = el.querySelector('[data-testid=a]') as HTMLElement;
    const b = el.querySelector('[data-testid=b]') as HTMLElement;
    for (const x of [a, b])
      await act(async () => x.querySelector<HTMLElement>('.ant-pagination-item-2')?.click());
    await act(async () => bothRows.set(RECORDS.slice(0, 5)));
    expect(rowKeys(b)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(shape(b.firstElementChild)).toBe(shape(a.firstElementChild));
  });

  /** antd's Table and ListTable for a list the database pages (no sorters): the page given, its total. */
  async function databasePaged(rows: Rec[], paging: ListPaging) {
    const a = await mount(
      antdTable(rows, {
        columns: ANTD_COLUMNS.map((c) => ({ ...c, sorter: undefined })),
        pagination: { ...paging, showSizeChanger: true, showTotal: total },
      }),
    );
    const unsorted = COLUMNS.map((c) => ({ ...c, sorter: undefined }));
    const b = await mount(
      <ListTable<Rec>
        rows={rows}
        columns={unsorted}
        onRowClick={() => undefined}
        paging={paging}
        showTotal={total}
      />,
    );
    expect(shape(b.firstElementChild)).toBe(shape(a.firstElementChild));
    return b;
  }

  it('a list paged in the database: the page given, the total given, the page asked for', async () => {
    const asked: [number, number][] = [];
    const onChange = (p: number, s: number) => asked.push([p, s]);
    const b = await databasePaged(RECORDS.slice(0, 20), { current: 1, pageSize: 20, total: 95, onChange });
    await act(async () => b.querySelector<HTMLElement>('.ant-pagination-item-3')?.click());
    expect(asked).toEqual([[3, 20]]);
  });

  it('a database-paged list whose given total is 0 while it holds rows: the rows counted, as antd’s Table', async () => {
    const paging = { current: 1, pageSize: 20, total: 0, onChange: () => undefined };
    const b = await databasePaged(RECORDS.slice(0, 2), paging);
    expect(b.querySelector('.ant-pagination-total-text')?.textContent).toBe('共 2 条');
  });

  it('empty: antd’s empty text; loading before the rows are read: the spinner without it', async () => {
    for (const [rows, loading] of [
      [[], false],
      [undefined, true],
      [[], true],
    ] as const) {
      const a = await mount(antdTable(rows === undefined ? undefined : [...rows], { loading }));
      const b = await mount(
        <ListTable<Rec>
          rows={rows}
          loading={loading}
          columns={COLUMNS}
          onRowClick={() => undefined}
          showTotal={total}
        />,
      );
      expect(shape(b.firstElementChild)).toBe(shape(a.firstElementChild));
    }
  });

  it('in English: the headers’ sort texts as antd’s', async () => {
    const a = await mount(antdTable(RECORDS.slice(0, 3)), enUS);
    const b = await mount(
      <ListTable<Rec>
        rows={RECORDS.slice(0, 3)}
        columns={COLUMNS}
        onRowClick={() => undefined}
        showTotal={total}
      />,
      enUS,
    );
    expect(shape(b.firstElementChild)).toBe(shape(a.firstElementChild));
    expect(b.querySelector('th')?.getAttribute('aria-description')).toBe('sortable');
  });

  it('a row click gives its record', async () => {
    const opened: string[] = [];
    const b = await mount(
      <ListTable<Rec>
        rows={RECORDS}
        columns={COLUMNS}
        onRowClick={(r) => opened.push(r.id)}
        showTotal={total}
      />,
    );
    await act(async () => b.querySelectorAll<HTMLElement>('tr.ant-table-row td')[2]?.click());
    expect(opened).toEqual(['r0']);
  });

  it('from the keyboard: one Tab stop, ↑/↓ and Home/End move, Enter and Space open; a list whose rows open nothing has none', async () => {
    const opened: string[] = [];
    const b = await mount(
      <ListTable<Rec>
        rows={RECORDS}
        columns={COLUMNS}
        onRowClick={(r) => opened.push(r.id)}
        showTotal={total}
      />,
    );
    const rows = () => [...b.querySelectorAll<HTMLElement>('tr.ant-table-row')];
    const stops = () =>
      rows()
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.dataset.rowKey);
    const press = (key: string) =>
      act(async () => {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    expect(stops()).toEqual(['r0']);
    await act(async () => rows()[0]?.focus());
    await press('ArrowDown');
    await press('ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.rowKey).toBe('r2');
    // The Tab stop follows the focus: Tab back into the list comes to the row left.
    expect(stops()).toEqual(['r2']);
    await press('ArrowUp');
    expect((document.activeElement as HTMLElement).dataset.rowKey).toBe('r1');
    await press('End');
    expect((document.activeElement as HTMLElement).dataset.rowKey).toBe('r19');
    await press('ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.rowKey).toBe('r19');
    await press('Enter');
    await press('Home');
    await press(' ');
    expect(opened).toEqual(['r19', 'r0']);
    // Other keys go on to the page (a letter typed is not taken).
    await press('a');
    expect(opened).toHaveLength(2);
    // PageDown turns the page and the keyboard goes to its first row; PageUp back; none before page 1.
    await press('PageDown');
    expect(b.querySelector('.ant-pagination-item-active')?.textContent).toBe('2');
    expect((document.activeElement as HTMLElement).dataset.rowKey).toBe(rows()[0]?.dataset.rowKey);
    expect(rows()[0]?.dataset.rowKey).toBe('r20');
    await press('PageUp');
    expect((document.activeElement as HTMLElement).dataset.rowKey).toBe('r0');
    await press('PageUp');
    expect(b.querySelector('.ant-pagination-item-active')?.textContent).toBe('1');
    expect((document.activeElement as HTMLElement).dataset.rowKey).toBe('r0');

    const c = await mount(<ListTable<Rec> rows={RECORDS} columns={COLUMNS} showTotal={total} />);
    expect(
      [...c.querySelectorAll('tr.ant-table-row')].filter((r) => r.hasAttribute('tabindex')),
    ).toHaveLength(0);
  });

  it('the catalogue’s table: small, wider than the window (antd’s scroll.x), no row clicks, its test id — as antd’s', async () => {
    // antd measures a sideways-scrolled table's columns with a ResizeObserver (jsdom has none).
    const had = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    try {
      // The last columns without a width, as the catalogue's 内容概述 in the middle.
      const columns: ListColumn<Rec>[] = [
        { title: '编号', dataIndex: 'serial', width: 110 },
        { title: '内容', dataIndex: 'content', ellipsis: true },
        { title: '收到日期', dataIndex: 'date', width: 115 },
        { title: '备注', key: 'note', render: (_: unknown, r) => (r.open ? <Tag>有</Tag> : null) },
      ];
      const paging = { current: 1, pageSize: 20, total: RECORDS.length, onChange: () => undefined };
      const a = await mount(
        <Table<Rec>
          rowKey="id"
          size="small"
          dataSource={RECORDS.slice(0, 20)}
          columns={columns.map((c) => ({ ...c, render: c.render as never }))}
          scroll={{ x: 1500 }}
          data-testid="cat"
          pagination={{ ...paging, showSizeChanger: true, showTotal: total }}
        />,
      );
      const b = await mount(
        <ListTable<Rec>
          rows={RECORDS.slice(0, 20)}
          columns={columns}
          size="small"
          scrollX={1500}
          data-testid="cat"
          paging={paging}
          showTotal={total}
        />,
      );
      // antd's measuring row (for fixed columns and sticky headers, height 0, hidden from readers).
      a.querySelector('tr.ant-table-measure-row')?.remove();
      expect(shape(b.firstElementChild)).toBe(shape(a.firstElementChild));
      expect(b.querySelector('[data-testid=cat]')?.classList.contains('ant-table-small')).toBe(true);
      expect(rowKeys(b)).toHaveLength(20);
    } finally {
      globalThis.ResizeObserver = had;
    }
  });
});
