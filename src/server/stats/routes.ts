import { Hono, type Context } from 'hono';
import {
  parsePeriodYear,
  per100k,
  periodOf,
  todayInFrance,
  type ActivityStats,
  type CentresByYearStats,
  type DepartmentFigures,
  type DepartmentStats,
  type FunnelStats,
  type HiresByMonthStats,
  type HrStats,
  type OverviewStats,
  type RetentionStats,
  type StatsPeriod,
} from '../../domain/stats';
import { departments as referenceDepartments } from '../../domain/reference';
import type { AppEnv } from '../context';
import { ApiError, badRequest } from '../errors';
import * as q from './queries';
import { requirePipeline, requireRead, statsScope, type StatsScope } from './scope';
import { loadCountingRule, loadTargets } from './sql';

/** A department the dashboard lists, with its population when the reference data gives it. */
export interface DepartmentReference {
  readonly code: string;
  readonly name: string;
  readonly population?: number | null;
}

/** `?department=`: absent or empty for the whole region, else one of Occitanie's 13 codes (400 otherwise). */
export function parseDepartment(raw: string | undefined): string | null {
  if (raw === undefined || raw === '' || raw === 'all') return null;
  if (referenceDepartments.some((d) => d.code === raw)) return raw;
  throw badRequest(`Département inconnu : « ${raw.slice(0, 20)} » (un des 13 départements d’Occitanie)`, {
    department: 'Code de département d’Occitanie attendu (09, 11, 12, 30, 31, 32, 34, 46, 48, 65, 66, 81 ou 82)',
  });
}

export interface StatsOptions {
  /** Today as `YYYY-MM-DD` (default: today in France). */
  today?: () => string;
  /**
   * The departments to list, in order (default: Occitanie's 13 with their populations, from
   * src/domain/reference). A department without a known population gets no per-100k figure; a
   * department where a centre lies but that is not listed comes after the listed ones, without name.
   */
  departments?: readonly DepartmentReference[];
}

/**
 * GET /api/stats/… — dashboard aggregates, computed in SQL, read only. Mounted behind the session
 * middleware. Every handler derives what the caller may see from the resources' policy tables through
 * `statsScope` (a `member` sees the figures of the centres its member backs, nothing else, and no
 * application data) and takes the period from `?year=YYYY` (absent or `all`: all time).
 */
export function statsRoutes(options: StatsOptions = {}) {
  const today = options.today ?? (() => todayInFrance());
  const router = new Hono<AppEnv>();

  /**
   * The caller's scope and the period. `?department=09` (one of Occitanie's 13 codes) restricts every
   * aggregate to that department's centres, on top of the member scope; the departments endpoint, which
   * draws the map of all of them, does not take it (`byDepartment: false`).
   */
  function begin(c: Context<AppEnv>, byDepartment = true): { scope: StatsScope; period: StatsPeriod } {
    const user = c.var.session?.user;
    if (!user) throw new ApiError(401, 'Connexion requise');
    const raw = c.req.query('year');
    const year = parsePeriodYear(raw);
    if (year === undefined)
      throw badRequest(`Période invalide : « ${String(raw).slice(0, 20)} » (une année comme 2024, ou « all »)`, {
        year: 'Année attendue (AAAA) ou « all »',
      });
    const department = byDepartment ? parseDepartment(c.req.query('department')) : null;
    return { scope: statsScope(user, department), period: periodOf(year, today()) };
  }

  router.get('/overview', async (c) => {
    const { scope, period } = begin(c);
    const db = c.var.db;
    const where = await requireRead(db, scope, ['members', 'centres', 'positions', 'hires']);
    const [rule, targets] = await Promise.all([loadCountingRule(db), loadTargets(db)]);
    const body: OverviewStats = { period, scope: scope.info, ...(await q.overview(db, where, period, rule, targets)) };
    return c.json(body);
  });

  router.get('/hires-by-month', async (c) => {
    const { scope, period } = begin(c);
    const db = c.var.db;
    const where = await requireRead(db, scope, ['hires']);
    const [rule, targets] = await Promise.all([loadCountingRule(db), loadTargets(db)]);
    const body: HiresByMonthStats = { period, scope: scope.info, ...(await q.hiresByMonth(db, where, period, rule, targets)) };
    return c.json(body);
  });

  router.get('/centres-by-year', async (c) => {
    const { scope, period } = begin(c);
    const db = c.var.db;
    const where = await requireRead(db, scope, ['centres']);
    const body: CentresByYearStats = { period, scope: scope.info, ...(await q.centresByYear(db, where, period, await loadTargets(db))) };
    return c.json(body);
  });

  router.get('/funnel', async (c) => {
    const { scope, period } = begin(c);
    const db = c.var.db;
    await requirePipeline(db, scope);
    const body: FunnelStats = { period, scope: scope.info, ...(await q.funnel(db, scope.applications, period)) };
    return c.json(body);
  });

  router.get('/retention', async (c) => {
    const { scope, period } = begin(c);
    const db = c.var.db;
    const where = await requireRead(db, scope, ['hires']);
    const body: RetentionStats = { period, scope: scope.info, ...(await q.retention(db, where, period, await loadCountingRule(db))) };
    return c.json(body);
  });

  router.get('/activity', async (c) => {
    const { scope, period } = begin(c);
    const db = c.var.db;
    const where = await requireRead(db, scope, ['activities']);
    const body: ActivityStats = { period, scope: scope.info, ...(await q.activity(db, where, period)) };
    return c.json(body);
  });

  router.get('/departments', async (c) => {
    const { scope, period } = begin(c, false);
    const db = c.var.db;
    const where = await requireRead(db, scope, ['centres', 'hires']);
    const rule = await loadCountingRule(db);
    const counts = await q.departmentCounts(db, where, period, rule);
    const listed = options.departments ?? referenceDepartments;
    const figures = (code: string, ref?: DepartmentReference): DepartmentFigures => {
      const n = counts.get(code) ?? { centres: 0, professionals: 0 };
      const population = ref?.population ?? null;
      return {
        code,
        name: ref?.name ?? null,
        population,
        centres: n.centres,
        professionals: n.professionals,
        professionalsPer100k: per100k(n.professionals, population),
      };
    };
    // The listed departments first, in their order; then any other department a centre lies in.
    const departments = [
      ...listed.map((d) => figures(d.code, d)),
      ...[...counts.keys()].filter((code) => !listed.some((d) => d.code === code)).sort().map((code) => figures(code)),
    ];
    const body: DepartmentStats = { period, scope: scope.info, rule, departments };
    return c.json(body);
  });

  router.get('/hr', async (c) => {
    // The HR view is the state of today: `year` is checked like everywhere, then not used.
    const { scope } = begin(c);
    const db = c.var.db;
    await requirePipeline(db, scope);
    const where = await requireRead(db, scope, ['positions', 'hires']);
    const period = periodOf(null, today());
    const body: HrStats = { period, scope: scope.info, ...(await q.hr(db, { ...where, applications: scope.applications }, period.asOf)) };
    return c.json(body);
  });

  return router;
}
