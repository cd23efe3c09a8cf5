import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { useDataProvider } from 'react-admin';
import type {
  ActivityStats,
  CentresByYearStats,
  DepartmentStats,
  FunnelStats,
  HiresByMonthStats,
  HrStats,
  OverviewStats,
  RetentionStats,
  UpcomingInterviewsStats,
} from '../../domain/stats';
import type { MaillageDataProvider } from '../dataProvider';

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
  interviews: UpcomingInterviewsStats;
}
export type StatsEndpoint = keyof StatsEndpoints;

/** A year, or null for all time. */
export type Period = number | null;

/**
 * The department every card of a dashboard is filtered on (`?department=09`), or null for the whole
 * region. The map of departments itself is never filtered: it shows them all.
 */
export const DepartmentFilter = createContext<string | null>(null);

const departmentOf = (endpoint: StatsEndpoint, department: string | null) => (endpoint === 'departments' ? null : department);

/**
 * The figures of a statistics endpoint, through the dataProvider's `getStats` (the session cookie is all
 * a read needs; the server scopes by role): its errors get the same French messages as every other call,
 * and a 401 signs the user out through the authProvider's checkError.
 */
export function useStats<E extends StatsEndpoint>(endpoint: E, period: Period, enabled = true) {
  const dataProvider = useDataProvider<MaillageDataProvider>();
  const department = departmentOf(endpoint, useContext(DepartmentFilter));
  return useQuery({
    queryKey: ['maillage-stats', endpoint, period ?? 'all', department ?? 'region'],
    queryFn: async ({ signal }) => {
      const { data } = await dataProvider.getStats(endpoint, { period, department, signal });
      // Once a 401 signed the user out, react-admin's dataProvider answers `{ data: {} }`: no figures.
      if (!data?.period) throw new Error('ra.notification.logged_out');
      return data;
    },
    enabled,
    staleTime: 60_000,
  });
}
