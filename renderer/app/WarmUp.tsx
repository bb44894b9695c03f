import { StyleProvider } from '@ant-design/cssinjs';
import { PlusOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Component, type ReactNode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { type ListColumn, ListTable } from '../components/ListTable';
import { whenIdle } from './idle';
import { APP_STYLE_CACHE } from './style-cache';
import { THEME } from './theme';

/**
 * A register page's antd components, drawn once in idle time after the start, into an element that is
 * not in the document (issue 17): a register's table (ListTable) of 20 rows with sortable and tagged columns and its
 * pagination, the same rows in antd's Table (the backup list's, the letters register's, the import
 * preview's; the registers' and the catalogue's lists are ListTables), a search box, a select and buttons. The first list the officer opens then runs code the
 * browser has already compiled, and finds the components' CSS variables made (kept for the app's
 * life: scripts/antd-patches.ts). Fake rows, no data read; nothing of it is ever in the page (no
 * layout, nothing for a screen reader or a test to find), and its React root is unmounted once drawn.
 * Cards, statistics, alerts, lists, descriptions and form items drawn as well were tried: the
 * dashboard's, the report's and the catalogue's first visits were no faster (docs/performance.md,
 * eighth pass).
 */
interface Row {
  id: string;
  title: string;
  date: string;
  kind: string;
}
const ROWS: Row[] = Array.from({ length: 20 }, (_, i) => ({
  id: String(i),
  title: `—${i}`,
  date: '2000-01-01',
  kind: i % 2 ? 'a' : 'b',
}));
const COLUMNS: ListColumn<Row>[] = [
  { title: '—', dataIndex: 'title', ellipsis: true, sorter: (a, b) => a.title.localeCompare(b.title) },
  { title: '—', dataIndex: 'date', width: 115, sorter: (a, b) => a.date.localeCompare(b.date) },
  { title: '—', dataIndex: 'kind', width: 110, render: (k: string) => <Tag color="red">{k}</Tag> },
  { title: '—', dataIndex: 'id', width: 90, ellipsis: true },
];

/** The same columns as antd's Table takes them. */
const ANTD_COLUMNS: ColumnsType<Row> = COLUMNS.map((c) => ({
  ...c,
  render: c.render && ((v: unknown, r: Row) => c.render?.(v as never, r)),
}));

/** A failed warm-up draws nothing and ends the warm-up (the pages are drawn as before). */
class Quiet extends Component<{ children: ReactNode; onError: () => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => onDrawn(), [onDrawn]);
  return (
    <div>
      <Space>
        <Input.Search allowClear />
        <Select style={{ width: 120 }} allowClear options={[{ value: 'a', label: 'a' }]} />
        <Button type="primary" icon={<PlusOutlined />}>
          —
        </Button>
      </Space>
      <Typography.Text type="secondary">—</Typography.Text>
      <ListTable<Row>
        rows={ROWS}
        columns={COLUMNS}
        onRowClick={() => undefined}
        paging={{ current: 1, pageSize: 20, total: 200, onChange: () => undefined }}
        showTotal={(n) => n}
      />
      {/* antd's Table (the backup list, the letters register, the import preview; the registers'
          and the catalogue's lists are ListTables), as drawn here before. */}
      <Table<Row>
        rowKey="id"
        size="middle"
        dataSource={ROWS}
        columns={ANTD_COLUMNS}
        onRow={() => ({ style: { cursor: 'pointer' } })}
        pagination={{ defaultPageSize: 20, total: 200, showSizeChanger: true, showTotal: (n) => n }}
      />
    </div>
  );
}

/**
 * Draws the warm-up into `host`, an element not in the document (in a transition: React yields to the
 * officer's input meanwhile), and unmounts it at the next idle moment after it was drawn. Resolves when
 * it is gone.
 */
export function warmUp(host: HTMLElement = document.createElement('div')): Promise<void> {
  const root = createRoot(host);
  return new Promise<void>((resolve) => {
    let over = false;
    const end = () => {
      if (over) return;
      over = true;
      whenIdle(() => {
        root.unmount();
        resolve();
      }, 2000);
    };
    startTransition(() =>
      root.render(
        <StyleProvider cache={APP_STYLE_CACHE}>
          <ConfigProvider theme={THEME}>
            <Quiet onError={end}>
              <Drawn onDrawn={end} />
            </Quiet>
          </ConfigProvider>
        </StyleProvider>,
      ),
    );
  });
}
