import { LightParagraph, LightTitle } from '../../components/Light';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../shared/report/format-types';
import { type LayoutCell, NOT_ENTERED, reportTables, type TableLayout } from '../../../shared/report/layout';
import type { Cell } from '../../../shared/report/model';
import { type CellBox, gridMoveOf, nextCell } from './grid-keys';

/**
 * The three official tables as on paper (same layout data as the .docx). A value cell is a button:
 * clicking it lists the records behind it. Cells named by a selected check are highlighted.
 * From the keyboard each table is one Tab stop: the arrow keys (Home/End, Ctrl+Home/End) move
 * between its figures and Enter or Space lists the records (grid-keys.ts).
 */

/**
 * The cells' look is in app.css (`.report-table`): classes rather than a style object per cell, so
 * the ≈280 cells of the first screen are drawn without setting each one's styles (issue 17).
 */

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

/** The figure cells of a table where they are drawn, for the arrow keys. */
function cellBoxes(table: HTMLTableElement): CellBox[] {
  return [...table.querySelectorAll<HTMLElement>('td[data-cell]')].map((td) => {
    const r = td.getBoundingClientRect();
    return { key: td.dataset.cell ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

function TableView({ layout, props, title }: { layout: TableLayout; props: Props; title: string }) {
  const total = layout.widths.reduce((a, b) => a + b, 0);
  const cols = layout.widths.map((w, n) => ({ id: `w${n}:${w}`, pct: (w / total) * 100 }));
  // The one figure reached by Tab (the last one moved to; at first the table's first figure).
  const first = layout.rows.flat().find((c) => c.kind === 'value' && c.key)?.key ?? null;
  const [active, setActive] = useState<string | null>(null);
  const current = active ?? first;
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell;
    if (!key) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onCell(key);
      return;
    }
    const move = gridMoveOf(e.key, e.ctrlKey || e.metaKey);
    if (!move) return;
    e.preventDefault();
    const to = nextCell(cellBoxes(e.currentTarget), key, move);
    if (!to) return;
    setActive(to);
    e.currentTarget.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(to)}"]`)?.focus();
  };
  return (
    <table
      data-testid={`report-${layout.id}`}
      aria-label={title}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const key = (e.target as HTMLElement).dataset?.cell;
        if (key && key !== current) setActive(key);
      }}
      className="report-table"
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
                const left = layout.id === 'table3' && c.kind === 'label' && c.rowSpan === 1;
                return (
                  <th
                    key={c.id}
                    {...span}
                    className={c.kind === 'header' ? 'report-head' : left ? 'report-label-left' : undefined}
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
                  tabIndex={key === current ? 0 : -1}
                  data-cell={key}
                  className={
                    hot ? 'report-cell report-hot' : missing ? 'report-cell report-missing' : 'report-cell'
                  }
                  data-testid={`cell-${key}`}
                  title={ids > 0 ? String(ids) : undefined}
                  onClick={() => props.onCell(key)}
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
  const { t } = useTranslation('report');
  const tables = new Map(reportTables(props.format, props.cells).map((x) => [x.id, x]));
  return (
    <div>
      <LightParagraph type="secondary" style={{ marginBottom: 4 }}>
        {t('tables.hint')}
      </LightParagraph>
      {props.format.sections.map((s) => {
        if (s.content === 'text') return null;
        const layout = tables.get(s.content);
        return layout ? (
          <div key={s.id}>
            <LightTitle level={5} style={{ marginTop: 8 }}>
              {s.title}
            </LightTitle>
            <TableView layout={layout} props={props} title={s.title} />
          </div>
        ) : null;
      })}
    </div>
  );
}
