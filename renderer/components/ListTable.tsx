import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { ConfigProvider, Empty, Pagination, Spin, Tooltip } from 'antd';
import {
  type KeyboardEvent,
  isValidElement,
  memo,
  type ReactNode,
  useContext,
  useMemo,
  useState,
} from 'react';
import { TableFrame, THEME_CLASS } from './Light';
import { useRowKeys } from './row-keys';

/**
 * A register's list (issue 17): antd's middle-sized Table as the registers use it — columns with
 * widths, one-line (ellipsis) cells, click-to-sort headers, clickable rows, its pagination with the
 * page-size changer and the total, its loading spinner and empty text — drawn with the same elements,
 * class names and ARIA attributes antd's Table draws, so antd's prebuilt stylesheet (scripts/antd-styles.ts)
 * draws it as before, but without rc-table's machinery (its per-cell contexts, deep prop comparisons,
 * measuring rows, sticky and virtual layouts the registers never use): the list's render was most of
 * a first visit's main-thread time (docs/performance.md, twenty-first pass). The pagination, spinner,
 * tooltip and empty text are antd's own components. ListTable.test.tsx compares it with antd's Table
 * for the same content, sorted and paged.
 */

/** One column (the subset of antd's ColumnType the registers use). */
export interface ListColumn<T> {
  title: string;
  /** The record's field the cell shows (or gives `render` as its value). */
  dataIndex?: keyof T & string;
  /** The column's name when it has no dataIndex (sorting remembers a column by it). */
  key?: string;
  /** In px; none: the rest of the width. */
  width?: number;
  /** One line, cut with "…", the full text as the cell's title (antd's `ellipsis: true`). */
  ellipsis?: boolean;
  /** Sorts the whole list (ascending; the header toggles ascending → descending → none). */
  sorter?: (a: T, b: T) => number;
  render?: (value: never, record: T) => ReactNode;
}

export interface ListPaging {
  current: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

type Order = 'ascend' | 'descend';
interface SortState {
  key: string;
  order: Order;
}

/** antd's default page size for the registers (`defaultPageSize: 20`). */
const PAGE_SIZE = 20;
/** antd's English texts, used when no locale is configured (as antd's Table falls back to en_US). */
const EN = {
  triggerAsc: 'Click to sort ascending',
  triggerDesc: 'Click to sort descending',
  cancelSort: 'Click to cancel sorting',
  sortable: 'sortable',
};

const columnKey = <T,>(c: ListColumn<T>, i: number): string => c.key ?? c.dataIndex ?? String(i);
const nextOrder = (order: Order | null): Order | null =>
  order === null ? 'ascend' : order === 'ascend' ? 'descend' : null;
const cls = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(' ');

/** What a cell shows: its render's result, or its field's value. */
function cellContent<T>(c: ListColumn<T>, row: T): ReactNode {
  const value = c.dataIndex === undefined ? undefined : row[c.dataIndex];
  return c.render ? c.render(value as never, row) : (value as ReactNode);
}

/** The title antd gives a one-line cell: its text, or its only element's text (rc-table's Cell). */
function ellipsisTitle(content: ReactNode): string | undefined {
  if (typeof content === 'string' || typeof content === 'number') return String(content);
  if (isValidElement<{ children?: unknown }>(content) && typeof content.props.children === 'string')
    return content.props.children;
  return undefined;
}

/** The rows in the order of the sorted column (a stable sort, as antd's). */
function sortRows<T>(
  rows: readonly T[],
  columns: readonly ListColumn<T>[],
  sort: SortState | null,
): readonly T[] {
  const column = sort ? columns.find((c, i) => columnKey(c, i) === sort.key) : undefined;
  const compare = column?.sorter;
  if (!sort || !compare) return rows;
  return [...rows].sort((a, b) => (sort.order === 'ascend' ? compare(a, b) : -compare(a, b)));
}

interface RowProps<T> {
  row: T & { id: string };
  columns: readonly ListColumn<T>[];
  sortedKey: string | null;
  onRowClick?: (row: T) => void;
  /** The list's one Tab stop (a clickable list: the row last moved to, at first the page's first). */
  tabStop: boolean;
}

/** One row; drawn again only when its record, the columns, the sorted column or the Tab stop change. */
const Row = memo(function Row<T>({ row, columns, sortedKey, onRowClick, tabStop }: RowProps<T>) {
  return (
    <tr
      style={onRowClick ? { cursor: 'pointer' } : undefined}
      className="ant-table-row ant-table-row-level-0"
      data-row-key={row.id}
      tabIndex={onRowClick ? (tabStop ? 0 : -1) : undefined}
      onClick={onRowClick ? () => onRowClick(row) : undefined}
    >
      {columns.map((c, i) => {
        const content = cellContent(c, row);
        const key = columnKey(c, i);
        return (
          <td
            key={key}
            className={cls(
              'ant-table-cell',
              c.ellipsis && 'ant-table-cell-ellipsis',
              c.sorter && key === sortedKey && 'ant-table-column-sort',
            )}
            title={c.ellipsis ? ellipsisTitle(content) : undefined}
          >
            {content}
          </td>
        );
      })}
    </tr>
  );
}) as <T>(p: RowProps<T>) => ReactNode;

export function ListTable<T extends { id: string }>({
  rows,
  loading = false,
  columns,
  onRowClick,
  paging,
  showTotal,
  size = 'medium',
  scrollX,
  'data-testid': testId,
}: {
  /** undefined while the list is read (no empty text under the spinner, as antd's Table). */
  rows: readonly T[] | undefined;
  loading?: boolean;
  columns: readonly ListColumn<T>[];
  onRowClick?: (row: T) => void;
  /** A list paged in the database: `rows` is the current page. Without it the table pages `rows`. */
  paging?: ListPaging;
  showTotal: (total: number) => ReactNode;
  /** antd's `size`: 'medium' (antd's "middle", the registers') or 'small' (the catalogue's). */
  size?: 'small' | 'medium';
  /** antd's `scroll={{ x }}`: the table's width in px, scrolled sideways when the window is narrower. */
  scrollX?: number;
  /** On the table's element, as antd's Table puts it. */
  'data-testid'?: string;
}) {
  const { locale } = useContext(ConfigProvider.ConfigContext);
  const texts = { ...EN, ...locale?.Table, sortable: locale?.global?.sortable ?? EN.sortable };
  const [sort, setSort] = useState<SortState | null>(null);
  const [own, setOwn] = useState({ current: 1, pageSize: PAGE_SIZE });
  const all = rows ?? [];
  const sorted = useMemo(() => sortRows(all, columns, sort), [all, columns, sort]);

  // antd's usePagination: the table's own page (or the given one), never past the last page; a given
  // total of 0 counts the rows the table holds (a count not in yet still shows "共 N 条" for them).
  const total = paging && paging.total > 0 ? paging.total : sorted.length;
  const pageSize = paging ? paging.pageSize : own.pageSize;
  const maxPage = Math.ceil(total / pageSize);
  const current = Math.min(paging ? paging.current : own.current, maxPage || 1);
  // A database-paged list is given its page (antd's "dynamic table data": fewer rows than the total).
  const pageRows =
    sorted.length < total && sorted.length <= pageSize
      ? sorted
      : sorted.slice((current - 1) * pageSize, current * pageSize);
  const onPageChange = (page: number, size: number) => {
    paging?.onChange(page, size);
    setOwn({ current: page, pageSize: size || pageSize });
  };
  const sortedKey = sort?.key ?? null;

  // From the keyboard a clickable list is one Tab stop: ↑/↓ (Home/End) move, Enter opens, PageDown and
  // PageUp turn the page (row-keys.ts).
  const turnPage = (delta: 1 | -1) => {
    const page = current + delta;
    if (page < 1 || page > maxPage) return false;
    onPageChange(page, pageSize);
    return true;
  };
  const { keyProps, tabStop } = useRowKeys(pageRows, (r) => r.id, onRowClick, turnPage);

  return (
    <div className={`${THEME_CLASS} ant-table-css-var ant-table-wrapper`} {...keyProps}>
      <Spin spinning={loading}>
        <TableFrame
          size={size}
          data-testid={testId}
          empty={all.length === 0}
          fixed={columns.some((c) => c.ellipsis)}
          scrollX={scrollX}
          widths={columns.map((c) => c.width)}
          head={columns.map((c, i) => {
            const key = columnKey(c, i);
            if (!c.sorter)
              return (
                <th
                  key={key}
                  className={cls('ant-table-cell', c.ellipsis && 'ant-table-cell-ellipsis')}
                  title={c.ellipsis ? c.title : undefined}
                  scope="col"
                >
                  {c.title}
                </th>
              );
            const order = sort?.key === key ? sort.order : null;
            const next = nextOrder(order);
            const toggle = () => setSort(next ? { key, order: next } : null);
            const tip =
              next === 'ascend'
                ? texts.triggerAsc
                : next === 'descend'
                  ? texts.triggerDesc
                  : texts.cancelSort;
            return (
              <th
                key={key}
                aria-description={texts.sortable}
                aria-label={c.title}
                aria-sort={order === null ? undefined : order === 'ascend' ? 'ascending' : 'descending'}
                className={cls(
                  'ant-table-cell',
                  c.ellipsis && 'ant-table-cell-ellipsis',
                  order && 'ant-table-column-sort',
                  'ant-table-column-has-sorters',
                )}
                title={c.ellipsis ? c.title : undefined}
                tabIndex={0}
                scope="col"
                onClick={toggle}
                onKeyDown={(e: KeyboardEvent) => {
                  if (e.key === 'Enter') toggle();
                }}
              >
                <Tooltip title={tip}>
                  <div className="ant-table-column-sorters">
                    <span className="ant-table-column-title">{c.title}</span>
                    <span className="ant-table-column-sorter ant-table-column-sorter-full">
                      <span className="ant-table-column-sorter-inner" aria-hidden="true">
                        <CaretUpOutlined
                          className={cls('ant-table-column-sorter-up', order === 'ascend' && 'active')}
                        />
                        <CaretDownOutlined
                          className={cls('ant-table-column-sorter-down', order === 'descend' && 'active')}
                        />
                      </span>
                    </span>
                  </div>
                </Tooltip>
              </th>
            );
          })}
          body={
            pageRows.length > 0 ? (
              pageRows.map((row) => (
                <Row<T>
                  key={row.id}
                  row={row}
                  columns={columns}
                  sortedKey={sortedKey}
                  onRowClick={onRowClick}
                  tabStop={row.id === tabStop}
                />
              ))
            ) : (
              <tr className="ant-table-placeholder">
                <td className="ant-table-cell" colSpan={columns.length}>
                  {loading && rows === undefined ? null : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
                </td>
              </tr>
            )
          }
        />
        {total > 0 && (
          <Pagination
            className="ant-table-pagination ant-table-pagination-end"
            size="small"
            current={current}
            pageSize={pageSize}
            total={total}
            onChange={onPageChange}
            showSizeChanger
            showTotal={showTotal}
          />
        )}
      </Spin>
    </div>
  );
}
