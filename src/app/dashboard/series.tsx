/**
 * A chart's legend and tooltip drawn from the same list of series as its marks. recharts colours a
 * legend swatch and a tooltip line with a series' `fill`: a series drawn as an outline (the plan's
 * dashed white bars) got a white swatch on white and a white line in the tooltip — there, but unseen.
 * Here each series says how it is drawn, and its swatch and text use its visible colour.
 */
import type { Formatters } from './format';

export interface Series {
  key: string;
  name: string;
  /** The series' visible colour: fill of a solid mark, stroke of an outline or a line. */
  color: string;
  look: 'solid' | 'outline' | 'line' | 'dashed-line';
}

function Swatch({ series }: { series: Series }) {
  const common = { width: 18, height: 12, 'aria-hidden': true, style: { flex: 'none' } } as const;
  if (series.look === 'solid') return <svg {...common}><rect width="18" height="12" fill={series.color} /></svg>;
  if (series.look === 'outline')
    return (
      <svg {...common}>
        <rect x="1" y="1" width="16" height="10" fill="#ffffff" stroke={series.color} strokeWidth="2" strokeDasharray="4 2" />
      </svg>
    );
  return (
    <svg {...common}>
      <line x1="0" y1="6" x2="18" y2="6" stroke={series.color} strokeWidth="2.5" strokeDasharray={series.look === 'dashed-line' ? '5 3' : undefined} />
    </svg>
  );
}

/** The legend under a chart: every series, with a swatch drawn as the series is. */
export function SeriesLegend({ series }: { series: readonly Series[] }) {
  return (
    <ul data-testid="chart-legend" style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '4px 16px', listStyle: 'none', margin: 0, padding: 0, fontSize: 14 }}>
      {series.map((s) => (
        <li key={s.key} style={{ display: 'flex', alignItems: 'center', gap: 6, color: '#161616' }}>
          <Swatch series={s} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** The tooltip of one row (a year, a month): its label, then each series' swatch, name and value, in dark text (no colon: none fits both languages). */
export function SeriesTooltip({
  series,
  fmt,
  label,
  digits = 0,
  row,
}: {
  series: readonly Series[];
  fmt: Formatters;
  label: string;
  digits?: number;
  row: Record<string, unknown> | undefined;
}) {
  if (!row) return null;
  return (
    <div data-testid="chart-tooltip" style={{ background: '#ffffff', border: '1px solid #929292', padding: '6px 10px', fontSize: 14, color: '#161616' }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{label}</div>
      {series
        .filter((s) => row[s.key] !== undefined && row[s.key] !== null)
        .map((s) => (
          <div key={s.key} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <Swatch series={s} />
            <span>{s.name}</span>
            <span style={{ marginLeft: 'auto', paddingLeft: 12, fontWeight: 600 }}>{fmt.number(Number(row[s.key]), digits)}</span>
          </div>
        ))}
    </div>
  );
}

/** recharts' tooltip `content` for these series: the hovered row is the payload's own data. */
export function seriesTooltip(series: readonly Series[], fmt: Formatters, labelOf: (label: string) => string, digits = 0) {
  return function Content({ active, payload, label }: { active?: boolean; payload?: readonly { payload?: Record<string, unknown> }[]; label?: string | number }) {
    if (!active || !payload?.length) return null;
    return <SeriesTooltip series={series} fmt={fmt} digits={digits} label={labelOf(String(label))} row={payload[0].payload} />;
  };
}
