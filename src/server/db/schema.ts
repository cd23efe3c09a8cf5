import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  auditActions,
  candidateSources,
  centreStatuses,
  contracts,
  memberKinds,
  memberStatuses,
  positionStatuses,
  professions,
  roles,
  stages,
} from '../../domain/enums';
import { FOLD_FROM, FOLD_TO } from '../../domain/text';

/**
 * Column names are snake_case in SQL (drizzle `casing: 'snake_case'`), camelCase in TypeScript and JSON.
 * Every table a client writes has a `version` for optimistic concurrency.
 */

const idColumn = () => integer().primaryKey().generatedAlwaysAsIdentity();
const version = () => integer().notNull().default(1);
const createdAt = () => timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow();
const day = () => date({ mode: 'string' });

/** `col IN ('a','b',…)` built from a domain enum, for CHECK constraints. */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.join(
    values.map((v) => sql.raw(`'${v.replace(/'/g, "''")}'`)),
    sql`, `,
  )})`;
}

/**
 * The accent- and case-folded sort and search key, the SQL twin of `fold()` in src/domain/text.ts.
 *
 * PostgreSQL's `translate()` on UTF-8 text costs ~8 µs a call with this 60-character map (it scans the
 * map for every character): sorting or searching 100,000 rows through it took a second. Text with no
 * non-ASCII character (most names, every e-mail address) takes a fast path with the same result:
 * `lower()`, then the two ASCII characters of the map (`-` and `'`) become spaces. The expression is
 * immutable and the indexes are built on it, so sorts and searches use them.
 */
export function folded(value: AnyPgColumn | SQL): SQL {
  const from = sql.raw(`'${FOLD_FROM.replace(/'/g, "''")}'`);
  const to = sql.raw(`'${FOLD_TO}'`);
  return sql`(case when octet_length(${value}) = length(${value}) then replace(replace(lower(${value}), '-', ' '), '''', ' ') else translate(lower(${value}), ${from}, ${to}) end)`;
}

/**
 * A trigram index (pg_trgm, GIN) on a column's folded key, for `q` searches (`folded(col) LIKE '%word%'`,
 * src/server/rest/repository.ts): the planner finds the matching rows without folding every row of the
 * table. A table's search uses the index only when every one of its search fields has one.
 */
function trigramIndex(name: string, column: AnyPgColumn) {
  return index(name).using('gin', sql`${folded(column)} gin_trgm_ops`);
}

/**
 * The index a list sorted on a text field walks: (folded key, id), and the column itself, so that the
 * ids of a deep page (OFFSET) are read by an index-only scan (PostgreSQL uses one for an expression
 * only when the columns it is computed from are in the index too). Large tables only.
 */
function textSortIndex(name: string, column: AnyPgColumn, id: AnyPgColumn) {
  return index(name).on(folded(column), id, column);
}

export const members = pgTable(
  'members',
  {
    id: idColumn(),
    version: version(),
    name: text().notNull(),
    college: smallint().notNull(),
    kind: text().notNull(),
    siren: text(),
    departmentCode: text(),
    joinedOn: day().notNull(),
    leftOn: day(),
    status: text().notNull(),
    contribution: integer().notNull().default(0),
    contactName: text(),
    contactEmail: text(),
    contactPhone: text(),
  },
  (t) => [
    check('members_college_check', sql`${t.college} between 1 and 4`),
    check('members_kind_check', oneOf(t.kind, memberKinds.values)),
    check('members_status_check', oneOf(t.status, memberStatuses.values)),
    check('members_siren_check', sql`${t.siren} ~ '^[0-9]{9}$'`),
    check('members_contribution_check', sql`${t.contribution} >= 0`),
    uniqueIndex('members_siren_unique').on(t.siren),
    index('members_name_idx').on(folded(t.name), t.id),
    index('members_college_idx').on(t.college),
    index('members_kind_idx').on(t.kind),
    index('members_department_idx').on(t.departmentCode),
    index('members_joined_idx').on(t.joinedOn),
    index('members_status_idx').on(t.status),
  ],
);

export const centres = pgTable(
  'centres',
  {
    id: idColumn(),
    version: version(),
    name: text().notNull(),
    communeCode: text().notNull(),
    departmentCode: text().notNull(),
    address: text(),
    status: text().notNull(),
    plannedOpeningOn: day(),
    openedOn: day(),
    closedOn: day(),
    finess: text(),
    services: text().array().notNull().default(sql`'{}'::text[]`),
    priorityZone: boolean().notNull().default(false),
    parentCentreId: integer(),
    openingBudget: integer(),
  },
  (t) => [
    foreignKey({ columns: [t.parentCentreId], foreignColumns: [t.id], name: 'centres_parent_centre_id_fk' }),
    check('centres_status_check', oneOf(t.status, centreStatuses.values)),
    check('centres_commune_check', sql`${t.communeCode} ~ '^[0-9][0-9AB][0-9]{3}$'`),
    check('centres_opened_check', sql`${t.status} in ('projet','travaux') or ${t.openedOn} is not null`),
    check('centres_parent_check', sql`${t.parentCentreId} is null or ${t.parentCentreId} <> ${t.id}`),
    check('centres_budget_check', sql`${t.openingBudget} is null or ${t.openingBudget} >= 0`),
    uniqueIndex('centres_finess_unique').on(t.finess),
    textSortIndex('centres_name_idx', t.name, t.id),
    trigramIndex('centres_name_trgm', t.name),
    trigramIndex('centres_commune_trgm', t.communeCode),
    trigramIndex('centres_address_trgm', t.address),
    trigramIndex('centres_finess_trgm', t.finess),
    index('centres_commune_idx').on(t.communeCode),
    index('centres_department_idx').on(t.departmentCode),
    index('centres_status_idx').on(t.status),
    index('centres_planned_idx').on(t.plannedOpeningOn),
    index('centres_opened_idx').on(t.openedOn),
    index('centres_parent_idx').on(t.parentCentreId),
  ],
);

/** The members that back a centre (many-to-many). */
export const centreMembers = pgTable(
  'centre_members',
  {
    centreId: integer()
      .notNull()
      .references(() => centres.id, { onDelete: 'cascade' }),
    memberId: integer()
      .notNull()
      .references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.memberId] }), index('centre_members_member_idx').on(t.memberId, t.centreId)],
);

export const positions = pgTable(
  'positions',
  {
    id: idColumn(),
    version: version(),
    centreId: integer()
      .notNull()
      .references(() => centres.id),
    profession: text().notNull(),
    title: text(),
    fte: doublePrecision().notNull(),
    status: text().notNull(),
    published: boolean().notNull().default(false),
    openedOn: day().notNull(),
  },
  (t) => [
    check('positions_profession_check', oneOf(t.profession, professions.values)),
    check('positions_status_check', oneOf(t.status, positionStatuses.values)),
    check('positions_fte_check', sql`${t.fte} > 0 and ${t.fte} <= 1`),
    index('positions_centre_idx').on(t.centreId),
    index('positions_opened_idx').on(t.openedOn, t.id),
    index('positions_status_idx').on(t.status, t.openedOn),
    index('positions_profession_idx').on(t.profession),
    textSortIndex('positions_title_idx', t.title, t.id),
    trigramIndex('positions_title_trgm', t.title),
  ],
);

export const candidates = pgTable(
  'candidates',
  {
    id: idColumn(),
    version: version(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    phone: text(),
    profession: text().notNull(),
    rpps: text(),
    source: text().notNull(),
    consentUntil: day().notNull(),
    notes: text(),
    createdAt: createdAt(),
  },
  (t) => [
    check('candidates_profession_check', oneOf(t.profession, professions.values)),
    check('candidates_source_check', oneOf(t.source, candidateSources.values)),
    check('candidates_rpps_check', sql`${t.rpps} ~ '^[0-9]{11}$'`),
    uniqueIndex('candidates_email_unique').on(t.email),
    textSortIndex('candidates_email_idx', t.email, t.id),
    textSortIndex('candidates_last_name_idx', t.lastName, t.id),
    textSortIndex('candidates_first_name_idx', t.firstName, t.id),
    trigramIndex('candidates_last_name_trgm', t.lastName),
    trigramIndex('candidates_first_name_trgm', t.firstName),
    trigramIndex('candidates_email_trgm', t.email),
    trigramIndex('candidates_rpps_trgm', t.rpps),
    index('candidates_profession_idx').on(t.profession),
    index('candidates_source_idx').on(t.source),
    index('candidates_consent_idx').on(t.consentUntil),
    index('candidates_created_idx').on(t.createdAt),
    index('candidates_rpps_idx').on(t.rpps),
  ],
);

export const applications = pgTable(
  'applications',
  {
    id: idColumn(),
    version: version(),
    candidateId: integer()
      .notNull()
      .references(() => candidates.id),
    positionId: integer()
      .notNull()
      .references(() => positions.id),
    stage: text().notNull(),
    appliedOn: day().notNull(),
    stageOn: day().notNull(),
  },
  (t) => [
    check('applications_stage_check', oneOf(t.stage, stages.values)),
    check('applications_dates_check', sql`${t.stageOn} >= ${t.appliedOn}`),
    uniqueIndex('applications_candidate_position_unique').on(t.candidateId, t.positionId),
    index('applications_position_idx').on(t.positionId),
    index('applications_stage_idx').on(t.stage, t.stageOn),
    index('applications_applied_idx').on(t.appliedOn),
    index('applications_stage_on_idx').on(t.stageOn, t.id),
  ],
);

/** The date each stage of an application was reached. */
export const applicationStages = pgTable(
  'application_stages',
  {
    id: idColumn(),
    applicationId: integer()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    stage: text().notNull(),
    reachedOn: day().notNull(),
  },
  (t) => [
    check('application_stages_stage_check', oneOf(t.stage, stages.values)),
    // `stage` in the key too: the funnel sums up every application's stages by an index-only scan
    // (530,000 stages at national scale read from the index alone, a fifth of the time of the table).
    index('application_stages_application_idx').on(t.applicationId, t.reachedOn, t.stage),
  ],
);

export const hires = pgTable(
  'hires',
  {
    id: idColumn(),
    version: version(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    profession: text().notNull(),
    rpps: text(),
    centreId: integer()
      .notNull()
      .references(() => centres.id),
    contract: text().notNull(),
    fte: doublePrecision().notNull(),
    startOn: day().notNull(),
    endOn: day(),
    endReason: text(),
    msu: boolean().notNull().default(false),
    outOfHours: boolean().notNull().default(false),
    applicationId: integer().references(() => applications.id),
  },
  (t) => [
    check('hires_profession_check', oneOf(t.profession, professions.values)),
    check('hires_contract_check', oneOf(t.contract, contracts.values)),
    check('hires_fte_check', sql`${t.fte} > 0 and ${t.fte} <= 1`),
    check('hires_dates_check', sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
    check('hires_rpps_check', sql`${t.rpps} ~ '^[0-9]{11}$'`),
    textSortIndex('hires_last_name_idx', t.lastName, t.id),
    textSortIndex('hires_first_name_idx', t.firstName, t.id),
    trigramIndex('hires_last_name_trgm', t.lastName),
    trigramIndex('hires_first_name_trgm', t.firstName),
    trigramIndex('hires_rpps_trgm', t.rpps),
    index('hires_centre_idx').on(t.centreId),
    index('hires_start_idx').on(t.startOn, t.id),
    index('hires_end_idx').on(t.endOn),
    index('hires_profession_idx').on(t.profession, t.startOn),
    index('hires_contract_idx').on(t.contract),
    index('hires_rpps_idx').on(t.rpps),
    index('hires_application_idx').on(t.applicationId),
  ],
);

export const activities = pgTable(
  'activities',
  {
    id: idColumn(),
    version: version(),
    centreId: integer()
      .notNull()
      .references(() => centres.id),
    /** First day of the month. */
    month: day().notNull(),
    scheduled: integer().notNull(),
    unscheduled: integer().notNull(),
    homeVisits: integer().notNull(),
    outOfHoursShifts: integer().notNull(),
    newReferringPatients: integer().notNull(),
  },
  (t) => [
    check(
      'activities_counts_check',
      sql`${t.scheduled} >= 0 and ${t.unscheduled} >= 0 and ${t.homeVisits} >= 0 and ${t.outOfHoursShifts} >= 0 and ${t.newReferringPatients} >= 0`,
    ),
    check('activities_month_check', sql`extract(day from ${t.month}) = 1`),
    uniqueIndex('activities_centre_month_unique').on(t.centreId, t.month),
    index('activities_month_idx').on(t.month, t.id),
  ],
);

export const targets = pgTable(
  'targets',
  {
    id: idColumn(),
    version: version(),
    year: integer().notNull(),
    professionals: integer().notNull(),
    centres: integer().notNull(),
  },
  (t) => [
    uniqueIndex('targets_year_unique').on(t.year),
    check('targets_counts_check', sql`${t.professionals} >= 0 and ${t.centres} >= 0`),
  ],
);

/** Settings of the product (e.g. which contracts count toward the target), one row per key. */
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  version: version(),
  value: jsonb().notNull(),
});

export const users = pgTable(
  'users',
  {
    id: idColumn(),
    version: version(),
    email: text().notNull(),
    name: text().notNull(),
    role: text().notNull(),
    memberId: integer().references(() => members.id),
    active: boolean().notNull().default(true),
    passwordHash: text(),
    createdAt: createdAt(),
  },
  (t) => [
    check('users_role_check', oneOf(t.role, roles.values)),
    check('users_member_check', sql`(${t.role} = 'member') = (${t.memberId} is not null)`),
    uniqueIndex('users_email_unique').on(t.email),
    index('users_name_idx').on(folded(t.name), t.id),
    index('users_member_idx').on(t.memberId),
  ],
);

/**
 * Sign-in attempts per key (`email:<address>`, `ip:<address>`) in the current window, shared by all
 * API processes. Keyed by the address typed, whether or not an account has it, so that lockouts
 * do not reveal which accounts exist.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true, mode: 'string' }),
});

/** Server-side session state, so that several API processes share sign-ins. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a database leak does not leak usable sessions. */
    tokenHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    userId: integer().references(() => users.id),
    action: text().notNull(),
    resource: text().notNull(),
    recordId: integer(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [
    check('audit_entries_action_check', oneOf(t.action, auditActions.values)),
    index('audit_entries_at_idx').on(t.at, t.id),
    index('audit_entries_user_idx').on(t.userId, t.at),
    index('audit_entries_resource_idx').on(t.resource, t.recordId),
    index('audit_entries_action_idx').on(t.action, t.at),
  ],
);
