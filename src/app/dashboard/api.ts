import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
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

/**
 * The department every card of a dashboard is filtered on (`?department=09`), or null for the whole
 * region. The map of departments itself is never filtered: it shows them all.
 */
export const DepartmentFilter = createContext<string | null>(null);

const departmentOf = (endpoint: StatsEndpoint, department: string | null) => (endpoint === 'departments' ? null : department);

export function statsUrl(endpoint: StatsEndpoint, period: Period, department: string | null = null): string {
  const d = departmentOf(endpoint, department);
  return `/api/stats/${endpoint}?year=${period ?? 'all'}${d ? `&department=${encodeURIComponent(d)}` : ''}`;
}

/** GET /api/stats/<endpoint>: the session cookie is all a read needs; the server scopes by role. */
export async function fetchStats<E extends StatsEndpoint>(
  endpoint: E,
  period: Period,
  signal?: AbortSignal,
  department: string | null = null,
): Promise<StatsEndpoints[E]> {
  const response = await fetch(statsUrl(endpoint, period, department), { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new StatsError(body?.message ?? response.statusText, response.status);
  return body as StatsEndpoints[E];
}

export function useStats<E extends StatsEndpoint>(endpoint: E, period: Period, enabled = true) {
  const department = departmentOf(endpoint, useContext(DepartmentFilter));
  return useQuery({
    queryKey: ['maillage-stats', endpoint, period ?? 'all', department ?? 'region'],
    queryFn: ({ signal }) => fetchStats(endpoint, period, signal, department),
    enabled,
    staleTime: 60_000,
  });
}
