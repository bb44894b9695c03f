// @vitest-environment jsdom
import { Card, List, Table, Tag, Typography } from 'antd';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { antdShape, mountThemed, stubMatchMedia } from './antd-shape';
import {
  LightCard,
  LightList,
  LightListItem,
  LightParagraph,
  LightTable,
  LightTag,
  LightText,
  LightTitle,
  pressable,
} from './Light';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// antd's Table watches the screen's breakpoints; jsdom has no matchMedia.
beforeAll(stubMatchMedia);

const mounted: (() => void)[] = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
});

async function shapeOf(node: React.ReactNode): Promise<string> {
  const { el, unmount } = await mountThemed(node);
  mounted.push(unmount);
  return antdShape(el.firstElementChild);
}

async function mount(node: React.ReactNode): Promise<HTMLElement> {
  const { el, unmount } = await mountThemed(node);
  mounted.push(unmount);
  return el;
}

interface Row {
  name: string;
  days: number | null;
}
const ROWS: Row[] = [
  { name: '政策解读', days: 95 },
  { name: '人事信息', days: null },
];

describe('Light: the first screen’s cards, tables and lists as antd draws them, without antd’s components (issue 17)', () => {
  it('a card: small with a title and an extra, hoverable without a head, plain, and empty — as antd’s Card', async () => {
    const cases: [React.ReactNode, React.ReactNode][] = [
      [
        <Card
          key="a"
          size="small"
          title="栏目更新"
          extra={<span>2 个</span>}
          data-testid="c"
          style={{ minHeight: 1 }}
        >
          正文
        </Card>,
        <LightCard
          key="b"
          size="small"
          title="栏目更新"
          extra={<span>2 个</span>}
          data-testid="c"
          style={{ minHeight: 1 }}
        >
          正文
        </LightCard>,
      ],
      [
        <Card key="a" hoverable size="small" data-testid="h">
          3
        </Card>,
        <LightCard key="b" hoverable size="small" data-testid="h">
          3
        </LightCard>,
      ],
      [
        <Card key="a" title="开始使用">
          欢迎
        </Card>,
        <LightCard key="b" title="开始使用">
          欢迎
        </LightCard>,
      ],
      [
        <Card key="a" size="small" style={{ minHeight: 120 }} />,
        <LightCard key="b" size="small" style={{ minHeight: 120 }} />,
      ],
    ];
    for (const [antd, light] of cases) {
      const expected = await shapeOf(antd);
      expect(expected).toContain('ant-card');
      expect(await shapeOf(light)).toBe(expected);
    }
  });

  it('a table: a small one without pagination, widths, cells drawn, rows that open — as antd’s Table', async () => {
    const expected = await shapeOf(
      <Table<Row>
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={ROWS}
        onRow={() => ({ onClick: () => undefined, style: { cursor: 'pointer' } })}
        columns={[
          { title: '栏目', dataIndex: 'name' },
          { title: '未更新天数', dataIndex: 'days', width: 90, render: (d: number | null) => d ?? '—' },
          { title: '状态', dataIndex: 'name', width: 100, render: () => <Tag color="red">空白</Tag> },
        ]}
      />,
    );
    const opened: string[] = [];
    const el = await mount(
      <LightTable<Row>
        rows={ROWS}
        rowKey={(r) => r.name}
        onRowClick={(r) => opened.push(r.name)}
        columns={[
          { title: '栏目', cell: (r) => r.name },
          { title: '未更新天数', width: 90, cell: (r) => r.days ?? '—' },
          { title: '状态', width: 100, cell: () => <Tag color="red">空白</Tag> },
        ]}
      />,
    );
    expect(expected).toContain('ant-table-row');
    expect(antdShape(el.firstElementChild)).toBe(expected);
    const rows = el.querySelectorAll<HTMLElement>('tr.ant-table-row');
    expect([...rows].map((r) => r.dataset.rowKey)).toEqual(['政策解读', '人事信息']);
    await act(async () => rows[1]?.click());
    expect(opened).toEqual(['人事信息']);
    // From the keyboard (the dashboard's 栏目 rows): one Tab stop, ↓ moves, Enter opens.
    expect([...rows].map((r) => r.tabIndex)).toEqual([0, -1]);
    await act(async () => rows[0]?.focus());
    const press = (key: string) =>
      act(async () => {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    await press('ArrowDown');
    expect(document.activeElement).toBe(rows[1]);
    await press('Enter');
    expect(opened).toEqual(['人事信息', '人事信息']);
  });

  it('a list: small items that open, and its empty text — as antd’s List', async () => {
    const expected = await shapeOf(
      <List
        size="small"
        style={{ marginTop: 8 }}
        data-testid="l"
        dataSource={ROWS}
        renderItem={(r) => (
          // A row that opens something: its content a button for the keyboard (Tab, Enter, Space).
          <List.Item style={{ cursor: 'pointer' }} onClick={() => undefined} data-testid={`i-${r.name}`}>
            <div className="desk-list-press" {...pressable(() => undefined)}>
              <span>{r.name}</span>
              <span>{r.days}</span>
            </div>
          </List.Item>
        )}
      />,
    );
    const opened: string[] = [];
    const el = await mount(
      <LightList style={{ marginTop: 8 }} data-testid="l">
        {ROWS.map((r) => (
          <LightListItem key={r.name} onClick={() => opened.push(r.name)} data-testid={`i-${r.name}`}>
            <span>{r.name}</span>
            <span>{r.days}</span>
          </LightListItem>
        ))}
      </LightList>,
    );
    expect(expected).toContain('ant-list-item');
    expect(antdShape(el.firstElementChild)).toBe(expected);
    await act(async () => el.querySelector<HTMLElement>('[data-testid="i-政策解读"]')?.click());
    expect(opened).toEqual(['政策解读']);
    // From the keyboard: Enter and Space on the row's button open it; a key on something inside it
    // does not. The row stays a list item (a ul holds list items only), its button inside it.
    const row = el.querySelector<HTMLElement>('[data-testid="i-人事信息"]');
    expect(row?.getAttribute('role')).toBeNull();
    const button = row?.querySelector<HTMLElement>('[role="button"]');
    expect(button?.tabIndex).toBe(0);
    await act(async () => {
      button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      button?.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      button?.firstElementChild?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(opened).toEqual(['政策解读', '人事信息', '人事信息']);

    const empty = await shapeOf(
      <List
        size="small"
        data-testid="e"
        locale={{ emptyText: '无' }}
        dataSource={[]}
        renderItem={() => null}
      />,
    );
    expect(empty).toContain('ant-list-empty-text');
    expect(
      await shapeOf(
        <LightList data-testid="e" emptyText="无">
          {[]}
        </LightList>,
      ),
    ).toBe(empty);
  });

  it('texts, paragraphs and preset-colour tags — as antd’s Typography and Tag draw them', async () => {
    // antd's single-line ellipsis watches the text's size (a ResizeObserver); jsdom has none.
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
    const cases: [React.ReactNode, React.ReactNode][] = [
      [<Typography.Text key="a">正文</Typography.Text>, <LightText key="b">正文</LightText>],
      [
        <Typography.Text key="a" type="secondary">
          正文
        </Typography.Text>,
        <LightText key="b" type="secondary">
          正文
        </LightText>,
      ],
      [
        <Typography.Text key="a" type="danger" style={{ display: 'block' }}>
          正文
        </Typography.Text>,
        <LightText key="b" type="danger" style={{ display: 'block' }}>
          正文
        </LightText>,
      ],
      [
        <Typography.Text key="a" strong type="warning">
          正文
        </Typography.Text>,
        <LightText key="b" strong type="warning">
          正文
        </LightText>,
      ],
      [
        <Typography.Text key="a" ellipsis style={{ maxWidth: '60%' }}>
          很长的标题
        </Typography.Text>,
        <LightText key="b" ellipsis style={{ maxWidth: '60%' }}>
          很长的标题
        </LightText>,
      ],
      [
        <Typography.Paragraph key="a" type="secondary" style={{ marginTop: 12 }}>
          段落
        </Typography.Paragraph>,
        <LightParagraph key="b" type="secondary" style={{ marginTop: 12 }}>
          段落
        </LightParagraph>,
      ],
      [
        <Typography.Title key="a" level={5} style={{ marginTop: 8 }}>
          二、主动公开政府信息情况
        </Typography.Title>,
        <LightTitle key="b" level={5} style={{ marginTop: 8 }}>
          二、主动公开政府信息情况
        </LightTitle>,
      ],
      [
        <Tag key="a" color="blue">
          提示
        </Tag>,
        <LightTag key="b" color="blue">
          提示
        </LightTag>,
      ],
      [
        <Tag key="a" color="red">
          超期
        </Tag>,
        <LightTag key="b" color="red">
          超期
        </LightTag>,
      ],
      [
        <Tag key="a" color="default">
          未到期
        </Tag>,
        <LightTag key="b" color="default">
          未到期
        </LightTag>,
      ],
      [
        <Tag key="a" color="orange" style={{ cursor: 'pointer' }} role="button" tabIndex={0}>
          3月
        </Tag>,
        <LightTag key="b" color="orange" style={{ cursor: 'pointer' }} role="button" tabIndex={0}>
          3月
        </LightTag>,
      ],
    ];
    for (const [antd, light] of cases) expect(await shapeOf(light)).toBe(await shapeOf(antd));
    // The ellipsis cut by CSS keeps the whole text as the element's title.
    const el = await mount(
      <LightText ellipsis data-testid="t">
        很长的标题
      </LightText>,
    );
    expect(el.querySelector('[data-testid="t"]')?.getAttribute('title')).toBe('很长的标题');
  });
});
