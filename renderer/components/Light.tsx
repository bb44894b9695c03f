import type { CSSProperties, HTMLAttributes, KeyboardEvent, ReactNode } from 'react';
import { useRowKeys } from './row-keys';

/**
 * The first screen's cards, tables and lists without antd's components (issue 17): the same
 * elements and class names antd's Card, Table and List draw for what the dashboard uses of them,
 * so antd's prebuilt styles (scripts/antd-styles.ts) draw them as before, but without their code on
 * the start's path. antd's Card brings its Tabs (for a tab list the dashboard never has), its Table
 * its Pagination, Dropdown, Menu, Tree and Checkbox (for filters, sorting and selection a read-only
 * table of a few rows never has): 280 kB of the first screen's 1.7 MB of scripts, loaded, compiled
 * and run before the officer sees anything. As NavMenu does for the menu; Light.test.tsx
 * compares each one's elements with antd's for the same content.
 */

/** antd's `css-var` class of the app's theme (theme.ts BUILD_THEME). */
export const THEME_CLASS = 'css-var-desk';

export function LightCard({
  title,
  extra,
  size,
  hoverable,
  onClick,
  style,
  children,
  'data-testid': testId,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  size?: 'small';
  hoverable?: boolean;
  /** A card that opens something: clicked, or reached with Tab and pressed with Enter or Space. */
  onClick?: () => void;
  style?: CSSProperties;
  children?: ReactNode;
  'data-testid'?: string;
}) {
  const className = [
    'ant-card ant-card-bordered',
    hoverable && 'ant-card-hoverable',
    size === 'small' && 'ant-card-small',
    THEME_CLASS,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      data-testid={testId}
      className={className}
      style={style}
      onClick={onClick}
      {...(onClick && pressable(onClick))}
    >
      {(title !== undefined || extra !== undefined) && (
        <div className="ant-card-head">
          <div className="ant-card-head-wrapper">
            {title !== undefined && <div className="ant-card-head-title">{title}</div>}
            {extra !== undefined && <div className="ant-card-extra">{extra}</div>}
          </div>
        </div>
      )}
      {children !== undefined && <div className="ant-card-body">{children}</div>}
    </div>
  );
}

/** antd's Spin around a table's or list's content when not spinning (its container keeps its styles). */
function Still({ children }: { children: ReactNode }) {
  return (
    <div className={`ant-spin ${THEME_CLASS}`} aria-live="polite" aria-busy="false">
      <div className="ant-spin-container">{children}</div>
    </div>
  );
}

export interface LightColumn<T> {
  title: ReactNode;
  /** The column's width in px (antd's `width`); none: as wide as its content allows. */
  width?: number;
  cell: (row: T) => ReactNode;
}

/**
 * antd's Table's frame (its `ant-table` element down to the <table>) around a head row and a body:
 * LightTable's and ListTable's. `fixed`: antd's fixed table layout (a one-line column makes it so).
 * `scrollX`: antd's `scroll={{ x }}` — the table that wide (at least the frame's width), scrolled
 * sideways in its frame; antd's measuring row, which only its fixed columns and sticky headers use,
 * is not drawn.
 */
export function TableFrame({
  size,
  empty = false,
  fixed = false,
  scrollX,
  widths,
  head,
  body,
  'data-testid': testId,
}: {
  size: 'small' | 'medium';
  empty?: boolean;
  fixed?: boolean;
  scrollX?: number;
  /** Each column's width in px, or undefined: as wide as its content allows. */
  widths: readonly (number | undefined)[];
  head: ReactNode;
  body: ReactNode;
  'data-testid'?: string;
}) {
  const className = [
    'ant-table',
    `ant-table-${size}`,
    empty && 'ant-table-empty',
    THEME_CLASS,
    'ant-table-css-var',
    scrollX !== undefined &&
      'ant-table-fix-start-shadow ant-table-fix-end-shadow ant-table-scroll-horizontal',
  ]
    .filter(Boolean)
    .join(' ');
  // rc-table's colgroup ends at the last column given a width.
  let cols = widths.length;
  while (cols > 0 && widths[cols - 1] === undefined) cols--;
  const layout = fixed || scrollX !== undefined ? 'fixed' : 'auto';
  return (
    <div className={className} data-testid={testId}>
      <div className="ant-table-container">
        <div
          className="ant-table-content"
          style={scrollX === undefined ? undefined : { overflowX: 'auto', overflowY: 'hidden' }}
        >
          <table
            style={
              scrollX === undefined
                ? { tableLayout: layout }
                : { width: scrollX, minWidth: '100%', tableLayout: layout }
            }
          >
            <colgroup>
              {widths.slice(0, cols).map((width, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for a table.
                <col key={i} style={width === undefined ? undefined : { width }} />
              ))}
            </colgroup>
            <thead className="ant-table-thead">
              <tr>{head}</tr>
            </thead>
            <tbody className="ant-table-tbody">{body}</tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

/** antd's small Table without pagination, sorting or selection: rows of a few records. */
export function LightTable<T>({
  rows,
  rowKey,
  columns,
  onRowClick,
}: {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly LightColumn<T>[];
  /** A row opens what it lists (antd's `onRow` click, with the pointer cursor). */
  onRowClick?: (row: T) => void;
}) {
  // From the keyboard: one Tab stop, ↑/↓ between the rows, Enter opens (row-keys.ts).
  const { keyProps, tabIndexOf } = useRowKeys(rows, rowKey, onRowClick);
  return (
    <div className={`${THEME_CLASS} ant-table-css-var ant-table-wrapper`} {...keyProps}>
      <Still>
        <TableFrame
          size="small"
          widths={columns.map((c) => c.width)}
          head={columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for a table.
            <th key={i} className="ant-table-cell" scope="col">
              {c.title}
            </th>
          ))}
          body={rows.map((row) => (
            <tr
              key={rowKey(row)}
              data-row-key={rowKey(row)}
              className="ant-table-row ant-table-row-level-0"
              style={onRowClick ? { cursor: 'pointer' } : undefined}
              tabIndex={tabIndexOf(rowKey(row))}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
            >
              {columns.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for a table.
                <td key={i} className="ant-table-cell">
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        />
      </Still>
    </div>
  );
}

/**
 * What makes an element that is not a button work as one: reached with Tab, pressed with Enter or
 * Space (not when the key is meant for something inside it, e.g. a button of its own).
 */
export function pressable(onPress: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    // Element, not HTMLElement: an SVG group takes it too (工作台's month bars).
    onKeyDown: (e: KeyboardEvent<Element>) => {
      if ((e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
        e.preventDefault();
        onPress();
      }
    },
  } as const;
}

/** antd's small, split List: its items (LightListItem, keyed), or its empty text when there are none. */
export function LightList({
  children,
  emptyText,
  style,
  'data-testid': testId,
}: {
  children: readonly ReactNode[];
  emptyText?: ReactNode;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  return (
    <div style={style} className={`ant-list ant-list-sm ant-list-split ${THEME_CLASS}`} data-testid={testId}>
      <Still>
        {children.length === 0 ? (
          <div className="ant-list-empty-text">{emptyText}</div>
        ) : (
          <ul className={`ant-list-items ant-list-container ${THEME_CLASS}`}>{children}</ul>
        )}
      </Still>
    </div>
  );
}

/** One row of a LightList (antd's List.Item), with its actions at the end as antd places them. */
export function LightListItem({
  onClick,
  children,
  actions = [],
  style,
  'data-testid': testId,
}: {
  onClick?: () => void;
  children: ReactNode;
  /** antd's List.Item `actions`: each keyed. */
  actions?: readonly ReactNode[];
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  return (
    <li
      style={onClick ? { cursor: 'pointer', ...style } : style}
      data-testid={testId}
      className="ant-list-item"
      onClick={onClick}
    >
      {onClick ? (
        // A row that opens something: its content is a button for the keyboard (Tab, Enter, Space) and
        // for a screen reader, the row itself stays a list item and its actions (e.g. 查看记录) stay
        // buttons of their own beside it, not inside it. Laid out as the row lays out its content.
        <div className="desk-list-press" {...pressable(onClick)}>
          {children}
        </div>
      ) : (
        children
      )}
      {actions.length > 0 && (
        <ul className="ant-list-item-action">
          {actions.map((action, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the actions are fixed for an item.
            <li key={i}>{action}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** antd's Typography types the app uses. */
type TextType = 'secondary' | 'success' | 'warning' | 'danger';

const typographyClass = (type: TextType | undefined, extra?: string) =>
  ['ant-typography', type && `ant-typography-${type}`, extra, THEME_CLASS].filter(Boolean).join(' ');

/**
 * antd's Typography.Text as antd draws it, without its code (issue 17): each Typography runs its
 * copy, edit, expand and ellipsis machinery on every render, and an `ellipsis` one watches its size
 * and reads the layout in React's commit. 工作台's 33 texts and 22 tags drawn with these: a later visit
 * 85 → 71 ms (trace-step, 5 pairs, medians). `ellipsis`: one line cut with "…" by CSS (antd's
 * single-line ellipsis, without its measuring), the whole text as the element's title.
 */
export function LightText({
  type,
  strong,
  ellipsis,
  style,
  children,
  'data-testid': testId,
}: {
  type?: TextType;
  strong?: boolean;
  ellipsis?: boolean;
  style?: CSSProperties;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <span
      className={typographyClass(
        type,
        ellipsis ? 'ant-typography-ellipsis ant-typography-ellipsis-single-line' : undefined,
      )}
      style={style}
      data-testid={testId}
      title={ellipsis && typeof children === 'string' ? children : undefined}
    >
      {strong ? <strong>{children}</strong> : children}
    </span>
  );
}

/** antd's Typography.Paragraph as antd draws it (LightText). */
export function LightParagraph({
  type,
  style,
  children,
  'data-testid': testId,
}: {
  type?: TextType;
  style?: CSSProperties;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <div className={typographyClass(type)} style={style} data-testid={testId}>
      {children}
    </div>
  );
}

/** antd's Typography.Title as antd draws it (LightText): `level` 5 is the app's section heading. */
export function LightTitle({
  level,
  style,
  children,
}: {
  level: 4 | 5;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const Heading = level === 4 ? 'h4' : 'h5';
  return (
    <Heading className={typographyClass(undefined)} style={style}>
      {children}
    </Heading>
  );
}

/**
 * antd's Tag in one of its preset colours, as antd draws it, without its code (LightText). A custom
 * colour (a hex) stays antd's Tag, which derives the tag's background from it.
 */
export function LightTag({
  color,
  children,
  ...rest
}: {
  color?: 'red' | 'orange' | 'green' | 'blue' | 'default';
  children: ReactNode;
} & Omit<HTMLAttributes<HTMLSpanElement>, 'className' | 'color'>) {
  return (
    <span
      className={['ant-tag ant-tag-filled', color && `ant-tag-${color}`, THEME_CLASS]
        .filter(Boolean)
        .join(' ')}
      {...rest}
    >
      {children}
    </span>
  );
}
