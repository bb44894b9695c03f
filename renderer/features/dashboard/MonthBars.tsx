import { useTranslation } from 'react-i18next';
import { pressable } from '../../components/Light';
import type { MonthSummary } from '../../../shared/monitoring';

export const STATUS_COLOR = {
  blank: '#cf1322',
  underQuota: '#fa8c16',
  met: '#389e0d',
  inProgress: '#1677ff',
  future: '#d9d9d9',
  // Before the records start (settings.recordsStart): not judged, drawn faint.
  beforeRecords: '#f0f0f0',
};

const W = 720;
const H = 240;
const PAD = { left: 36, right: 16, top: 28, bottom: 28 };

/**
 * The year's months as bars against the monthly quota, drawn as plain SVG (issue 17): the chart is
 * on the first screen, and the charting library (~550 kB) cost ~250 ms of main thread at start.
 * 空白月 get a light red band behind them (a zero-height bar alone is easy to miss); each bar opens
 * the month's published items.
 */
export function MonthBars({
  months,
  quota,
  onMonth,
}: {
  months: MonthSummary;
  quota: number;
  onMonth: (month: number) => void;
}) {
  const { t } = useTranslation('dashboard');
  // The quota line must be on the chart even when every month is far below it.
  const top = Math.max(quota, ...months.months.map((m) => m.count), 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, months.months.length);
  const barW = slot * 0.7;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = [...new Set([0, Math.round(top / 2), top])];
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; a group, not an image, as its month bars are buttons (Tab, Enter).
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      height={H}
      preserveAspectRatio="none"
      role="group"
      aria-label={t('publications.chartTitle', { year: months.year })}
      style={{ fontSize: 12, display: 'block' }}
    >
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#f0f0f0" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fill="#8c8c8c">
            {v}
          </text>
        </g>
      ))}
      {months.months.map((m, i) => {
        const x = PAD.left + i * slot + (slot - barW) / 2;
        const label = t('publications.monthN', { n: m.month });
        return (
          // An SVG group cannot be a <button>: it takes the keys a button takes (pressable).
          <g
            key={m.month}
            style={{ cursor: 'pointer' }}
            onClick={() => onMonth(m.month)}
            {...pressable(() => onMonth(m.month))}
            data-testid={`dash-month-bar-${m.month}`}
          >
            <title>{`${label} ${t('publications.legendCount')}: ${m.count}`}</title>
            {m.status === 'blank' && (
              <rect x={x} y={y(top)} width={barW} height={plotH} fill="rgba(207, 19, 34, 0.12)" />
            )}
            <rect
              x={x}
              y={y(m.count)}
              width={barW}
              height={Math.max(0, y(0) - y(m.count))}
              fill={STATUS_COLOR[m.status]}
            />
            <text x={x + barW / 2} y={y(m.count) - 4} textAnchor="middle" fill="#595959">
              {m.count}
            </text>
            <text x={x + barW / 2} y={H - PAD.bottom + 16} textAnchor="middle" fill="#595959">
              {label}
            </text>
          </g>
        );
      })}
      {quota > 0 && (
        <g>
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(quota)}
            y2={y(quota)}
            stroke="#8c8c8c"
            strokeDasharray="4 3"
          />
          <text x={W - PAD.right} y={y(quota) - 4} textAnchor="end" fill="#595959">
            {t('publications.legendQuota')}
          </text>
        </g>
      )}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#595959" />
    </svg>
  );
}
