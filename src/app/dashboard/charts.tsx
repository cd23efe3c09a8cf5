/**
 * The dashboard's drawings, with recharts. This module is loaded lazily (see lazyCharts.ts) so that
 * recharts (~100 KB gzip) is fetched only when a dashboard shows; every chart here has its data as a
 * table and a one-sentence summary in its card, so the drawings are `aria-hidden` decoration of those.
 */
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ActivityStats, CentresByYearStats, FunnelStats, HiresByMonthStats } from '../../domain/stats';
import { seriesColors } from './colors';
import type { Formatters } from './format';
import { SeriesLegend, seriesTooltip, type Series } from './series';

const axis = { fontSize: 12, fill: '#3a3a3a' };

interface Common {
  fmt: Formatters;
  height?: number;
}

function Frame({ height = 300, children }: { height?: number; children: React.ReactElement }) {
  return (
    <div aria-hidden style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export function HiresChart({ data, fmt, height, labels }: Common & { data: HiresByMonthStats['months']; labels: { cumulative: string; target: string | null } }) {
  const series: Series[] = [
    { key: 'cumulative', name: labels.cumulative, color: seriesColors.blue, look: 'line' },
    ...(labels.target ? [{ key: 'target', name: labels.target, color: seriesColors.red, look: 'dashed-line' } as const] : []),
  ];
  return (
    <Frame height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#dddddd" />
        <XAxis dataKey="month" tickFormatter={fmt.shortMonth} tick={axis} minTickGap={24} />
        <YAxis tick={axis} tickFormatter={(v: number) => fmt.number(v)} width={48} allowDecimals={false} />
        <Tooltip content={seriesTooltip(series, fmt, fmt.month, 1)} />
        <Legend content={() => <SeriesLegend series={series} />} />
        <Line type="monotone" dataKey="cumulative" name={labels.cumulative} stroke={seriesColors.blue} strokeWidth={2.5} dot={false} connectNulls={false} isAnimationActive={false} />
        {labels.target ? (
          <Line type="linear" dataKey="target" name={labels.target} stroke={seriesColors.red} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        ) : null}
      </LineChart>
    </Frame>
  );
}

export function CentresChart({ data, fmt, height, labels }: Common & { data: CentresByYearStats['years']; labels: { opened: string; target: string | null; openAtEnd: string } }) {
  const series: Series[] = [
    { key: 'opened', name: labels.opened, color: seriesColors.blue, look: 'solid' },
    ...(labels.target ? [{ key: 'target', name: labels.target, color: seriesColors.red, look: 'outline' } as const] : []),
    { key: 'openAtEnd', name: labels.openAtEnd, color: seriesColors.green, look: 'solid' },
  ];
  return (
    <Frame height={height}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#dddddd" vertical={false} />
        <XAxis dataKey="year" tick={axis} />
        <YAxis tick={axis} allowDecimals={false} width={40} tickFormatter={(v: number) => fmt.number(v)} />
        <Tooltip content={seriesTooltip(series, fmt, String)} />
        <Legend content={() => <SeriesLegend series={series} />} />
        <Bar dataKey="opened" name={labels.opened} fill={seriesColors.blue} isAnimationActive={false} />
        {labels.target ? (
          <Bar dataKey="target" name={labels.target} fill="#ffffff" stroke={seriesColors.red} strokeWidth={2} strokeDasharray="4 3" isAnimationActive={false} />
        ) : null}
        <Bar dataKey="openAtEnd" name={labels.openAtEnd} fill={seriesColors.green} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

/** Horizontal bars: one row per label. */
export function HorizontalBars({
  data,
  fmt,
  height,
  name,
  color = seriesColors.blue,
}: Common & { data: { label: string; value: number }[]; name: string; color?: string }) {
  return (
    <Frame height={height ?? Math.max(160, data.length * 44 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#dddddd" horizontal={false} />
        <XAxis type="number" tick={axis} allowDecimals={false} tickFormatter={(v: number) => fmt.number(v)} />
        <YAxis type="category" dataKey="label" tick={axis} width={150} />
        <Tooltip formatter={(v) => fmt.number(Number(v))} />
        <Bar dataKey="value" name={name} fill={color} isAnimationActive={false} label={{ position: 'right', fill: '#161616', fontSize: 12, formatter: (v: unknown) => fmt.number(Number(v)) }} />
      </BarChart>
    </Frame>
  );
}

export function FunnelChart({ data, fmt, height, labels }: Common & { data: FunnelStats['steps']; labels: { stage: (s: string) => string; reached: string } }) {
  return <HorizontalBars fmt={fmt} height={height} name={labels.reached} data={data.map((s) => ({ label: labels.stage(s.stage), value: s.reached }))} />;
}

export function ActivityChart({
  data,
  fmt,
  height,
  labels,
}: Common & { data: ActivityStats['months']; labels: { scheduled: string; unscheduled: string; homeVisits: string } }) {
  const series: Series[] = [
    { key: 'scheduled', name: labels.scheduled, color: seriesColors.blue, look: 'solid' },
    { key: 'unscheduled', name: labels.unscheduled, color: seriesColors.orange, look: 'solid' },
    { key: 'homeVisits', name: labels.homeVisits, color: seriesColors.green, look: 'solid' },
  ];
  return (
    <Frame height={height}>
      <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#dddddd" />
        <XAxis dataKey="month" tickFormatter={fmt.shortMonth} tick={axis} minTickGap={24} />
        <YAxis tick={axis} tickFormatter={(v: number) => fmt.number(v)} width={56} />
        <Tooltip content={seriesTooltip(series, fmt, fmt.month)} />
        <Legend content={() => <SeriesLegend series={series} />} />
        <Area type="monotone" dataKey="scheduled" stackId="c" name={labels.scheduled} stroke={seriesColors.blue} fill="#cacafb" isAnimationActive={false} />
        <Area type="monotone" dataKey="unscheduled" stackId="c" name={labels.unscheduled} stroke={seriesColors.orange} fill="#fbd8c7" isAnimationActive={false} />
        <Area type="monotone" dataKey="homeVisits" stackId="c" name={labels.homeVisits} stroke={seriesColors.green} fill="#c3ebd0" isAnimationActive={false} />
      </AreaChart>
    </Frame>
  );
}
