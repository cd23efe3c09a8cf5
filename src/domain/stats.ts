/**
 * Dashboard statistics: the shapes `/api/stats/…` answers and the pure KPI formulas the server and the
 * app share (targets and their path, rates, medians, densities, periods). The aggregates themselves are
 * computed in SQL by src/server/stats; nothing here touches a database.
 */
import { clinicianProfessions, type Contract, type Profession, type Stage } from './enums';

// ---------------------------------------------------------------------------------------------------
// Counting rule

/** Who counts toward the target: clinicians only, on the contracts the `countedContracts` setting names. */
export interface CountingRule {
  professions: Profession[];
  contracts: Contract[];
}

/** The `settings` key that lists the contracts counted toward the target. */
export const COUNTED_CONTRACTS_SETTING = 'countedContracts';
/** The GIP's public figures count salaried doctors on permanent contracts, not CDD nor vacations. */
export const DEFAULT_COUNTED_CONTRACTS: readonly Contract[] = ['cdi'];
export const COUNTED_PROFESSIONS: readonly Profession[] = clinicianProfessions;

// ---------------------------------------------------------------------------------------------------
// Period

/** First year of the GIP (operational on 17 June 2022). */
export const FIRST_YEAR = 2022;
export const MIN_PERIOD_YEAR = 2000;
export const MAX_PERIOD_YEAR = 2100;

/**
 * The period a figure covers. `year` null: all time. `asOf` is the day "in post", "open" and "active"
 * are measured on: the period's last day, or today when the period is not over yet.
 */
export interface StatsPeriod {
  year: number | null;
  /** First day (null: since the beginning). */
  from: string | null;
  /** Last day. */
  to: string;
  asOf: string;
}

/** `?year=2024` → 2024; absent, empty or `all` → null; anything else → undefined (invalid). */
export function parsePeriodYear(raw: string | null | undefined): number | null | undefined {
  if (raw === undefined || raw === null || raw === '' || raw === 'all') return null;
  if (!/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= MIN_PERIOD_YEAR && year <= MAX_PERIOD_YEAR ? year : undefined;
}

export function periodOf(year: number | null, today: string): StatsPeriod {
  if (year === null) return { year: null, from: null, to: today, asOf: today };
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return { year, from, to, asOf: to < today ? to : today };
}

// The calendar (today in France, day arithmetic) lives in ./calendar; re-exported for existing callers.
export { addDays, todayInFrance } from './calendar';

// ---------------------------------------------------------------------------------------------------
// Targets

export interface YearTarget {
  year: number;
  professionals: number;
  centres: number;
}

/** 200 professionals by 2028, 40 of them in 2022; about 10 centres a year. */
export const DEFAULT_TARGETS = {
  totalProfessionals: 200,
  finalYear: 2028,
  firstYearProfessionals: 40,
  centresPerYear: 10,
} as const;

/**
 * The default target of a year when none is stored: 40 hires in 2022, then the remaining 160 spread over
 * 2023–2028 (27, 27, 27, 27, 26, 26), none after; 10 centres every year from 2022.
 */
export function defaultTarget(year: number): YearTarget {
  const { totalProfessionals, finalYear, firstYearProfessionals, centresPerYear } = DEFAULT_TARGETS;
  if (year < FIRST_YEAR) return { year, professionals: 0, centres: 0 };
  if (year === FIRST_YEAR) return { year, professionals: firstYearProfessionals, centres: centresPerYear };
  if (year > finalYear) return { year, professionals: 0, centres: centresPerYear };
  const years = finalYear - FIRST_YEAR;
  const rest = totalProfessionals - firstYearProfessionals;
  const base = Math.floor(rest / years);
  const extra = rest - base * years;
  return { year, professionals: base + (year - FIRST_YEAR <= extra ? 1 : 0), centres: centresPerYear };
}

/** The year's target: the stored one, else the default. */
export function targetOf(stored: readonly YearTarget[], year: number): YearTarget {
  return stored.find((t) => t.year === year) ?? defaultTarget(year);
}

/** The last year of the plan: 2028, or a later year that has a stored target. */
export function finalTargetYear(stored: readonly YearTarget[]): number {
  return Math.max(DEFAULT_TARGETS.finalYear, ...stored.map((t) => t.year));
}

/** Hires (or centres) the plan expects from 2022 to the end of `year`. */
export function cumulativeTarget(stored: readonly YearTarget[], year: number, kind: 'professionals' | 'centres'): number {
  let sum = 0;
  for (let y = FIRST_YEAR; y <= year; y++) sum += targetOf(stored, y)[kind];
  return sum;
}

/** The whole recruitment target (200 by default) and the year it is due. */
export function totalProfessionalsTarget(stored: readonly YearTarget[]): { target: number; year: number } {
  const year = finalTargetYear(stored);
  return { target: cumulativeTarget(stored, year, 'professionals'), year };
}

/**
 * The target path at the end of a month (`YYYY-MM`): the year's target spread evenly over its months,
 * counted from January of that year (`base: 'year'`) or from the start of the plan (`base: 'all'`).
 * Rounded to one decimal.
 */
export function targetPathAt(stored: readonly YearTarget[], month: string, base: 'year' | 'all'): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const before = base === 'all' ? cumulativeTarget(stored, year - 1, 'professionals') : 0;
  return round1(before + (targetOf(stored, year).professionals * m) / 12);
}

// ---------------------------------------------------------------------------------------------------
// Formulas

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
export const round1 = (value: number) => round(value, 1);

/** `part / whole` as a fraction rounded to 4 decimals; null when the whole is 0. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? round(part / whole, 4) : null;
}

/** Median of numbers (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Count per 100,000 inhabitants, one decimal; null when the population is unknown or zero. */
export function per100k(count: number, population: number | null | undefined): number | null {
  return population && population > 0 ? round1((count * 100_000) / population) : null;
}

/** The pipeline stages in order (a funnel); `refusee` and `retiree` are outcomes, not steps. */
export const FUNNEL_STAGES = ['recue', 'preselection', 'entretien', 'offre', 'acceptee'] as const satisfies readonly Stage[];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Funnel steps with the conversion from the previous step and from the first. */
export function funnelSteps(reached: Readonly<Record<FunnelStage, number>>): FunnelStep[] {
  const first = reached[FUNNEL_STAGES[0]];
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    reached: reached[stage],
    fromPrevious: i === 0 ? null : rate(reached[stage], reached[FUNNEL_STAGES[i - 1]]),
    fromFirst: rate(reached[stage], first),
  }));
}

/** Age classes of open positions, in days since they were opened: [min, max) with max null = no bound. */
export const POSITION_AGE_BUCKETS = [
  { key: 'under30', label: 'Moins de 30 jours', min: 0, max: 30 },
  { key: 'from30to89', label: '30 à 89 jours', min: 30, max: 90 },
  { key: 'from90to179', label: '90 à 179 jours', min: 90, max: 180 },
  { key: 'over180', label: '180 jours et plus', min: 180, max: null },
] as const;
export type PositionAgeBucket = (typeof POSITION_AGE_BUCKETS)[number]['key'];

/** Days ahead the HR dashboard looks for starts and contract ends. */
export const HR_HORIZON_DAYS = 90;

// ---------------------------------------------------------------------------------------------------
// Response shapes

/** Whose figures: every centre, or only the centres backed by the caller's member. */
export type StatsScopeInfo = { kind: 'all' } | { kind: 'member'; memberId: number };

interface StatsBase {
  period: StatsPeriod;
  scope: StatsScopeInfo;
}

export interface ProfessionCount {
  profession: Profession;
  /** Whether this profession counts toward the target. */
  counted: boolean;
  /** Persons in post, every contract. */
  inPost: number;
  /** Persons in post on a counted contract (0 for secretaries). */
  countedInPost: number;
  /** Full-time equivalents in post, every contract. */
  fte: number;
}

/** GET /api/stats/overview */
export interface OverviewStats extends StatsBase {
  rule: CountingRule;
  professionals: {
    /** Persons in post on `asOf` who count toward the target. */
    inPost: number;
    /** The whole target (200) and the year it is due (2028). */
    target: number;
    targetYear: number;
    /** What the plan expects by the end of `asOf`'s year. */
    targetToDate: number;
    /** Every person on staff (all professions and contracts). */
    staffInPost: number;
    byProfession: ProfessionCount[];
  };
  hires: {
    /** The period's year, or the current year for all time. */
    year: number;
    /** Persons whose first counted contract started that year (up to `asOf`). */
    count: number;
    target: number;
    byProfession: { profession: Profession; count: number }[];
    /** Persons recruited since the beginning, up to `asOf`. */
    sinceStart: number;
  };
  centres: {
    /** Centres open on `asOf` (antennes included, suspended ones included). */
    open: number;
    antennes: number;
    suspended: number;
    /** Centres opened during `hires.year`, and the plan for that year. */
    openedInYear: number;
    targetInYear: number;
    /** Centres the plan expects from 2022 to the end of `asOf`'s year (10 a year). */
    targetToDate: number;
  };
  members: { total: number; byCollege: { college: number; count: number }[] };
  positions: { open: number; fte: number; byProfession: { profession: Profession; count: number }[] };
}

/** GET /api/stats/hires-by-month */
export interface HiresByMonthStats extends StatsBase {
  rule: CountingRule;
  months: {
    month: string;
    hires: number;
    /** Since January of the period's year, or since the beginning; null after `asOf`. */
    cumulative: number | null;
    /** The target path at the end of the month, on the same base. */
    target: number;
  }[];
}

/** GET /api/stats/centres-by-year */
export interface CentresByYearStats extends StatsBase {
  years: {
    year: number;
    opened: number;
    closed: number;
    /** Open at the end of the year (or on `asOf` for the current year). */
    openAtEnd: number;
    target: number;
    cumulativeTarget: number;
  }[];
}

export interface FunnelStep {
  stage: FunnelStage;
  /** Applications that reached this stage or a later one. */
  reached: number;
  fromPrevious: number | null;
  fromFirst: number | null;
}

export interface OutcomeReasonCount {
  outcome: 'refusee' | 'retiree';
  reason: string | null;
  profession: Profession;
  count: number;
}

/** GET /api/stats/funnel — counts only, never a person. Applications received in the period. */
export interface FunnelStats extends StatsBase {
  applications: number;
  steps: FunnelStep[];
  outcomes: { accepted: number; refused: number; withdrawn: number; inProgress: number };
  /**
   * The refusals and withdrawals by reason and by the position's profession (rows with a count only),
   * outcome then reason then profession in the lists' order; `reason` null: written before reasons existed.
   */
  outcomeReasons: OutcomeReasonCount[];
  /** Days from receipt to acceptance (median), and to the first day of the resulting contract. */
  timeToHire: { accepted: number; medianDaysToAcceptance: number | null; started: number; medianDaysToStart: number | null };
}

/** GET /api/stats/retention — counted professionals only (see `rule`). */
export interface RetentionStats extends StatsBase {
  rule: CountingRule;
  departures: { total: number; byProfession: { profession: Profession; count: number }[] };
  /**
   * Year: persons in post on 1 January still in post on `asOf`. All time: persons ever recruited
   * still in post on `asOf`.
   */
  retention: { from: string | null; base: number; retained: number; rate: number | null };
  /** Persons recruited in the period at least a year before `asOf`, still in post a year after they started. */
  twelveMonth: { base: number; retained: number; rate: number | null };
}

export interface ActivityFigures {
  scheduled: number;
  unscheduled: number;
  homeVisits: number;
  outOfHoursShifts: number;
  newReferringPatients: number;
}

/** GET /api/stats/activity */
export interface ActivityStats extends StatsBase {
  months: (ActivityFigures & { month: string; centresReporting: number })[];
  totals: ActivityFigures & { consultations: number };
}

export interface DepartmentFigures {
  code: string;
  name: string | null;
  population: number | null;
  /** Centres open on `asOf`. */
  centres: number;
  /** Counted professionals in post on `asOf`. */
  professionals: number;
  /** Null when the population is unknown. */
  professionalsPer100k: number | null;
}

/** GET /api/stats/departments */
export interface DepartmentStats extends StatsBase {
  rule: CountingRule;
  departments: DepartmentFigures[];
}

export interface UpcomingHire {
  id: number;
  firstName: string;
  lastName: string;
  profession: Profession;
  contract: Contract;
  centreId: number;
  centreName: string;
  on: string;
}

/** GET /api/stats/hr — the state on `asOf` (today); the period is not used. */
export interface HrStats extends StatsBase {
  pipeline: { stage: Stage; count: number; medianDaysInStage: number | null }[];
  openPositions: {
    total: number;
    oldestDays: number | null;
    byAge: { bucket: PositionAgeBucket; count: number }[];
    byProfession: { profession: Profession; count: number }[];
  };
  horizonDays: number;
  starts: { total: number; byProfession: { profession: Profession; count: number }[]; items: UpcomingHire[] };
  contractEnds: { total: number; byProfession: { profession: Profession; count: number }[]; items: UpcomingHire[] };
}

// ---------------------------------------------------------------------------------------------------
// Upcoming interviews (HR dashboard)

/** How far ahead the HR dashboard lists planned interviews. */
export const UPCOMING_INTERVIEW_DAYS = 14;

export interface UpcomingInterview {
  id: number;
  /** ISO with France's offset. */
  startsAt: string;
  durationMinutes: number;
  location: string;
  candidateId: number;
  candidateName: string;
  positionLabel: string;
}

export interface UpcomingInterviewsStats extends StatsBase {
  horizonDays: number;
  total: number;
  items: UpcomingInterview[];
}
