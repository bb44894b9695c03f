import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { ReportFormat } from '../../../shared/report/format-types';
import { type LayoutCell, NOT_ENTERED, reportTables, type TableLayout } from '../../../shared/report/layout';
import type { Cell } from '../../../shared/report/model';

/**
 * The three official tables as on paper (same layout data as the .docx). A value cell is a button:
 * clicking it lists the records behind it. Cells named by a selected check are highlighted.
 */

const border = '1px solid #8c8c8c';
const base: CSSProperties = {
  border,
  padding: '3px 6px',
  fontSize: 12,
  lineHeight: 1.4,
  textAlign: 'center',
};

interface Props {
  format: ReportFormat;
  cells: Record<string, Cell>;
  highlight: ReadonlySet<string>;
  onCell: (key: string) => void;
}

/** Stable React keys for the grid: position in the layout (the format fixes it). */
function keyed(layout: TableLayout) {
  const rows: { id: string; cells: (LayoutCell & { id: string })[] }[] = [];
  let r = 0;
  for (const row of layout.rows) {
    let c = 0;
    rows.push({ id: `r${r}`, cells: row.map((cell) => ({ ...cell, id: `r${r}c${c++}` })) });
    r++;
  }
  return rows;
}

function TableView({ layout, props }: { layout: TableLayout; props: Props }) {
  const total = layout.widths.reduce((a, b) => a + b, 0);
  const cols = layout.widths.map((w, n) => ({ id: `w${n}:${w}`, pct: (w / total) * 100 }));
  return (
    <table
      data-testid={`report-${layout.id}`}
      style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', marginBottom: 16 }}
    >
      <colgroup>
        {cols.map((col) => (
          <col key={col.id} style={{ width: `${col.pct}%` }} />
        ))}
      </colgroup>
      <tbody>
        {keyed(layout).map((row) => (
          <tr key={row.id}>
            {row.cells.map((c) => {
              const span = { colSpan: c.colSpan, rowSpan: c.rowSpan };
              if (c.kind !== 'value' || !c.key) {
                const align =
                  layout.id === 'table3' && c.kind === 'label' && c.rowSpan === 1 ? 'left' : 'center';
                return (
                  <th
                    key={c.id}
                    {...span}
                    style={{
                      ...base,
                      fontWeight: c.kind === 'header' ? 600 : 400,
                      textAlign: align,
                      background: c.kind === 'header' ? '#fafafa' : undefined,
                    }}
                  >
                    {c.text}
                  </th>
                );
              }
              const key = c.key;
              const hot = props.highlight.has(key);
              const missing = c.text === NOT_ENTERED;
              const ids = props.cells[key]?.ids.length ?? 0;
              return (
                <td
                  key={key}
                  {...span}
                  data-testid={`cell-${key}`}
                  title={ids > 0 ? String(ids) : undefined}
                  onClick={() => props.onCell(key)}
                  style={{
                    ...base,
                    cursor: 'pointer',
                    background: hot ? '#ffccc7' : missing ? '#fff7e6' : undefined,
                    color: missing ? '#d46b08' : undefined,
                    fontVariantNumeric: 'tabular-nums',
                  }}
                >
                  {c.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportTables(props: Props) {
  const tables = new Map(reportTables(props.format, props.cells).map((t) => [t.id, t]));
  return (
    <div>
      {props.format.sections.map((s) => {
        if (s.content === 'text') return null;
        const layout = tables.get(s.content);
        return layout ? (
          <div key={s.id}>
            <Typography.Title level={5} style={{ marginTop: 8 }}>
              {s.title}
            </Typography.Title>
            <TableView layout={layout} props={props} />
          </div>
        ) : null;
      })}
    </div>
  );
}
