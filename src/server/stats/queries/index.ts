/**
 * One function per dashboard view, one file each. Each takes the scope conditions the caller's role
 * allows (undefined: everything; for a `member`, the rows of the centres its member backs) and answers
 * aggregates computed by PostgreSQL; JavaScript only reshapes them and applies the targets (a few rows).
 */
export { yearOfPeriod } from './shared';
export { overview } from './overview';
export { hiresByMonth } from './hires-by-month';
export { centresByYear } from './centres-by-year';
export { funnel } from './funnel';
export { retention } from './retention';
export { activity } from './activity';
export { departmentCounts } from './departments';
export { hr } from './hr';
