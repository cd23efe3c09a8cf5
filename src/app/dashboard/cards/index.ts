/**
 * The dashboard's cards, one file each: each fetches its own figures from /api/stats/… (scoped by the
 * server to the caller's role), says them in one sentence, draws them (lazily loaded charts) and offers
 * them as a table and a CSV file (./columns.ts).
 */
export { ActivityCard } from './ActivityCard';
export { CentresCard } from './CentresCard';
export type { Scope } from './columns';
export { CountingRuleNote } from './CountingRuleNote';
export { centresOfDepartment, DepartmentsCard, type MapIndicator } from './DepartmentsCard';
export { FunnelCard } from './FunnelCard';
export { OutcomeReasonsCard } from './OutcomeReasonsCard';
export { HiresCard } from './HiresCard';
export { HrCards } from './HrCards';
export { OverviewKpis } from './OverviewKpis';
export { RetentionCard } from './RetentionCard';
export { UpcomingInterviewsCard } from './UpcomingInterviewsCard';
