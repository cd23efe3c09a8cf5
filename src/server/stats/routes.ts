import { Hono, type Context } from 'hono';
import {
  parsePeriodYear,
  per100k,
  periodOf,
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
  type UpcomingInterviewsStats,
  UPCOMING_INTERVIEW_DAYS,
} from '../../domain/stats';
import { todayInFrance } from '../../domain/calendar';
import { departments as referenceDepartments } from '../../domain/reference';
import { statistics } from '../../domain/statistics';
import type { AppEnv } from '../context';
import type { Executor } from '../db/types';
import { ApiError, badRequest } from '../errors';
import { cachedStats } from './cache';
import * as q from './queries';
import { upcomingInterviews } from './interviews';
import { requireRead, requireStatistic, statsScope, type StatsScope } from './scope';
import { loadCountingRule, loadTargets, readStats } from './sql';

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
  /**
   * How long figures are kept per scope (./cache.ts); 0 (the default): computed on every request. The
   * app turns it on (STATS_CACHE_MS) once its writes call `forgetStats` — a cache no write clears would
   * hide a user's own change from them for that long.
   */
  cacheMs?: number;
}

/**
 * GET /api/stats/… — dashboard aggregates, computed in SQL, read only. Mounted behind the session
 * middleware. Every handler derives what the caller may see from the resources' policy tables through
 * `statsScope` (a `member` sees the figures of the centres its member backs, nothing else) and, for
 * the funnel and the HR pipeline, from their own policy entries (src/domain/statistics.ts), and takes the period from `?year=YYYY` (absent or `all`: all time).
 */
export function statsRoutes(options: StatsOptions = {}) {
  const today = options.today ?? (() => todayInFrance());
  const cacheMs = options.cacheMs ?? 0;
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

  /**
   * The figures of an endpoint for a scope and a period: from the cache when computed less than
   * `cacheMs` ago for the same key, else computed in one read-only transaction (`readStats`). The key
   * holds all that `statsScope` and the period derive from; the `Age` header says how old the figures are.
   */
  async function statsOf<T>(c: Context<AppEnv>, endpoint: string, scope: StatsScope, period: StatsPeriod, compute: (tx: Executor) => Promise<T>) {
    const db = c.var.db;
    const key = JSON.stringify([endpoint, scope.user.role, scope.user.memberId, scope.department, period.year, period.asOf]);
    const { value, at } = await cachedStats(db, key, cacheMs, () => readStats(db, compute));
    c.header('Age', String(Math.max(0, Math.floor((Date.now() - at) / 1000))));
    return value;
  }

  // Refusals (403, audited) are decided before the figures, outside their read-only transaction.
  router.get('/overview', async (c) => {
    const { scope, period } = begin(c);
    const where = await requireRead(c.var.db, scope, ['members', 'centres', 'positions', 'hires']);
    const data = await statsOf(c, 'overview', scope, period, async (tx) => {
      const [rule, targets] = [await loadCountingRule(tx), await loadTargets(tx)];
      return q.overview(tx, where, period, rule, targets);
    });
    const body: OverviewStats = { period, scope: scope.info, ...data };
    return c.json(body);
  });

  router.get('/hires-by-month', async (c) => {
    const { scope, period } = begin(c);
    const where = await requireRead(c.var.db, scope, ['hires']);
    const data = await statsOf(c, 'hires-by-month', scope, period, async (tx) => {
      const [rule, targets] = [await loadCountingRule(tx), await loadTargets(tx)];
      return q.hiresByMonth(tx, where, period, rule, targets);
    });
    const body: HiresByMonthStats = { period, scope: scope.info, ...data };
    return c.json(body);
  });

  router.get('/centres-by-year', async (c) => {
    const { scope, period } = begin(c);
    const where = await requireRead(c.var.db, scope, ['centres']);
    const data = await statsOf(c, 'centres-by-year', scope, period, async (tx) => q.centresByYear(tx, where, period, await loadTargets(tx)));
    const body: CentresByYearStats = { period, scope: scope.info, ...data };
    return c.json(body);
  });

  router.get('/funnel', async (c) => {
    const { scope, period } = begin(c);
    const applications = await requireStatistic(c.var.db, scope, statistics.funnel);
    const data = await statsOf(c, 'funnel', scope, period, (tx) => q.funnel(tx, applications, period));
    const body: FunnelStats = { period, scope: scope.info, ...data };
    return c.json(body);
  });

  router.get('/retention', async (c) => {
    const { scope, period } = begin(c);
    const where = await requireRead(c.var.db, scope, ['hires']);
    const data = await statsOf(c, 'retention', scope, period, async (tx) => q.retention(tx, where, period, await loadCountingRule(tx)));
    const body: RetentionStats = { period, scope: scope.info, ...data };
    return c.json(body);
  });

  router.get('/activity', async (c) => {
    const { scope, period } = begin(c);
    const where = await requireRead(c.var.db, scope, ['activities']);
    const data = await statsOf(c, 'activity', scope, period, (tx) => q.activity(tx, where, period));
    const body: ActivityStats = { period, scope: scope.info, ...data };
    return c.json(body);
  });

  router.get('/departments', async (c) => {
    const { scope, period } = begin(c, false);
    const where = await requireRead(c.var.db, scope, ['centres', 'hires']);
    const { rule, counts } = await statsOf(c, 'departments', scope, period, async (tx) => {
      const rule = await loadCountingRule(tx);
      return { rule, counts: await q.departmentCounts(tx, where, period, rule) };
    });
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
    const applications = await requireStatistic(c.var.db, scope, statistics.hr);
    const where = await requireRead(c.var.db, scope, ['positions', 'hires']);
    const period = periodOf(null, today());
    const data = await statsOf(c, 'hr', scope, period, (tx) => q.hr(tx, { ...where, applications }, period.asOf));
    const body: HrStats = { period, scope: scope.info, ...data };
    return c.json(body);
  });

  router.get('/interviews', async (c) => {
    // Like the HR view, the state of now: `year` is checked, then not used.
    const { scope } = begin(c);
    const applications = await requireStatistic(c.var.db, scope, statistics.interviews);
    const period = periodOf(null, today());
    const data = await statsOf(c, 'interviews', scope, period, (tx) => upcomingInterviews(tx, applications, new Date(), UPCOMING_INTERVIEW_DAYS));
    const body: UpcomingInterviewsStats = { period, scope: scope.info, horizonDays: UPCOMING_INTERVIEW_DAYS, ...data };
    return c.json(body);
  });

  return router;
}
