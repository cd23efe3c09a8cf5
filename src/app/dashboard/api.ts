import { useQuery } from '@tanstack/react-query';
import type {
  ActivityStats,
  CentresByYearStats,
  DepartmentStats,
  FunnelStats,
  HiresByMonthStats,
  HrStats,
  OverviewStats,
  RetentionStats,
} from '../../domain/stats';

/** The dashboard endpoints and what each answers (src/domain/stats.ts). */
export interface StatsEndpoints {
  overview: OverviewStats;
  'hires-by-month': HiresByMonthStats;
  'centres-by-year': CentresByYearStats;
  funnel: FunnelStats;
  retention: RetentionStats;
  activity: ActivityStats;
  departments: DepartmentStats;
  hr: HrStats;
}
export type StatsEndpoint = keyof StatsEndpoints;

/** A year, or null for all time. */
export type Period = number | null;

export class StatsError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function statsUrl(endpoint: StatsEndpoint, period: Period): string {
  return `/api/stats/${endpoint}?year=${period ?? 'all'}`;
}

/** GET /api/stats/<endpoint>: the session cookie is all a read needs; the server scopes by role. */
export async function fetchStats<E extends StatsEndpoint>(endpoint: E, period: Period, signal?: AbortSignal): Promise<StatsEndpoints[E]> {
  const response = await fetch(statsUrl(endpoint, period), { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new StatsError(body?.message ?? response.statusText, response.status);
  return body as StatsEndpoints[E];
}

export function useStats<E extends StatsEndpoint>(endpoint: E, period: Period, enabled = true) {
  return useQuery({
    queryKey: ['maillage-stats', endpoint, period ?? 'all'],
    queryFn: ({ signal }) => fetchStats(endpoint, period, signal),
    enabled,
    staleTime: 60_000,
  });
}
