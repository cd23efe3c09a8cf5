import { and, type SQL } from 'drizzle-orm';
import type { StatisticDescription } from '../../domain/statistics';
import type { StatsScopeInfo } from '../../domain/stats';
import { authorize } from '../auth/policy';
import type { Principal } from '../auth/sessions';
import type { Executor } from '../db/types';
import { forbidden } from '../errors';
import { bindings } from '../rest/bindings';

/** The resources whose rows the statistics aggregate, each limited like its list. */
export const scopedResources = ['members', 'centres', 'positions', 'hires', 'activities'] as const;
export type ScopedResource = (typeof scopedResources)[number];

/**
 * What a caller's statistics may cover, decided once from the resources' policy tables:
 * - per resource, `undefined` (every row), the SQL condition of its list for a `member` user (the rows
 *   of the centres its member backs: `bindings[resource].scope`), or `null` (refused).
 * The aggregates of applications (the funnel, the HR pipeline) have policy entries of their own
 * (src/domain/statistics.ts), checked by `requireStatistic`.
 */
export interface StatsScope {
  user: Principal;
  info: StatsScopeInfo;
  read: Record<ScopedResource, SQL | undefined | null>;
  /** The department filter (`?department=09`), or null for the whole region. */
  department: string | null;
  /** The applications the pipeline aggregates (funnel, HR pipeline): those of the department's centres' positions. */
  applications: SQL | undefined;
}

/**
 * The rows of a resource that belong to the centres of a department, as its binding declares them
 * beside its member scope (`departmentScope`): centres lying in it, positions, hires and activities of
 * those centres, members backing at least one of them, applications to those positions.
 */
function inDepartment(name: ScopedResource | 'applications', code: string): SQL {
  const binding = bindings[name];
  if (!binding.departmentScope) throw new Error(`La ressource « ${name} » ne déclare pas departmentScope : pas de filtre par département`);
  return binding.departmentScope(code);
}

/**
 * The one place the statistics' conditions are built: the member scope of the caller's role, AND the
 * department filter when one is given (`null`, a refusal, stays a refusal).
 */
export function statsScope(user: Principal, department: string | null = null): StatsScope {
  const read = {} as StatsScope['read'];
  let scoped = false;
  for (const name of scopedResources) {
    const b = bindings[name];
    const access = b.resource.policy[user.role].read;
    const member =
      access === 'all' ? undefined : access === 'scoped' && user.memberId !== null && b.scope ? b.scope(user.memberId) : null;
    if (member) scoped = true;
    read[name] = member === null || department === null ? member : and(member, inDepartment(name, department));
  }
  const info: StatsScopeInfo = scoped && user.memberId !== null ? { kind: 'member', memberId: user.memberId } : { kind: 'all' };
  return { user, info, read, department, applications: department === null ? undefined : inDepartment('applications', department) };
}

/**
 * The conditions for the resources an endpoint aggregates; a refusal answers 403 through `authorize`,
 * which records it in the audit trail like any other refusal.
 */
export async function requireRead<const N extends ScopedResource>(
  db: Executor,
  scope: StatsScope,
  names: readonly N[],
): Promise<Record<N, SQL | undefined>> {
  const out = {} as Record<N, SQL | undefined>;
  for (const name of names) {
    const condition = scope.read[name];
    if (condition === null) {
      await authorize(db, scope.user, bindings[name].resource, 'read');
      throw forbidden();
    }
    out[name] = condition ?? undefined;
  }
  return out;
}

/**
 * The applications a statistic with a policy entry of its own aggregates (the funnel, the HR pipeline):
 * 403, recorded in the audit trail by `authorize`, for a role whose entry says `none`; else the scope's
 * applications (those of the department's centres, or all). These entries grant all or nothing: a
 * `scoped` entry would have no member scope to apply, and `authorize` then answers `false` (no row).
 */
export async function requireStatistic(db: Executor, scope: StatsScope, statistic: StatisticDescription): Promise<SQL | undefined> {
  return and(await authorize(db, scope.user, statistic, 'read'), scope.applications);
}
