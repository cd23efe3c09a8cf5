import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { StageEvent } from '../../domain/resources/applications';
import { todayInFrance } from '../../domain/stats';
import { resourceByName, type ResourceName } from '../../domain/resources';
import type { ResourceDescription } from '../../domain/resource';
import * as t from '../db/schema';
import type { Executor } from '../db/types';
import type { Actor } from './repository';

export type ApiRecord = Record<string, unknown> & { id: number };

/** Converts a field between its API form and its column form (e.g. `2024-03` ↔ `2024-03-01`). */
export interface Codec {
  toDb(value: unknown): unknown;
  fromDb(value: unknown): unknown;
}

/**
 * How one resource's description maps onto the database. Everything the generic router cannot
 * derive by name lives here: relations kept in other tables, computed columns, scoping to a member.
 */
export interface Binding {
  resource: ResourceDescription;
  table: PgTable & { id: AnyPgColumn; version?: AnyPgColumn };
  codecs?: Record<string, Codec>;
  /** Filters on fields that are not columns of the table (e.g. `memberIds`). */
  filters?: Record<string, (values: unknown[]) => SQL>;
  /** Adds the fields kept in other tables to a page of records, in one query. */
  attach?(db: Executor, records: ApiRecord[]): Promise<void>;
  /** Columns computed from the validated input (e.g. a centre's department from its commune). */
  derive?(input: Record<string, unknown>, before?: ApiRecord): Record<string, unknown>;
  /** Column values that take asynchronous work to compute from the input (a password hash). */
  prepare?(input: Record<string, unknown>, actor: Actor): Promise<Record<string, unknown>>;
  /** Writes the fields kept in other tables, inside the write's transaction. */
  afterWrite?(tx: Executor, id: number, input: Record<string, unknown>, before?: ApiRecord): Promise<void>;
  /** The records a `member` user may see: those attached to its member. */
  scope?(memberId: number): SQL;
  /** Messages for constraint violations that say more than the generic one. */
  constraintMessages?: Record<string, { field?: string; message: string }>;
}

const month: Codec = {
  toDb: (v) => (typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v),
  fromDb: (v) => (typeof v === 'string' ? v.slice(0, 7) : v),
};

/** Centres backed by a member. */
const centresOf = (memberId: number) =>
  sql`(select ${t.centreMembers.centreId} from ${t.centreMembers} where ${t.centreMembers.memberId} = ${memberId})`;

const departmentOf = (communeCode: string) => (communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2));

const today = () => new Date().toISOString().slice(0, 10);

function binding(name: ResourceName, rest: Omit<Binding, 'resource'>): Binding {
  return { resource: resourceByName[name], ...rest };
}

export const bindings: Record<ResourceName, Binding> = {
  members: binding('members', {
    table: t.members,
    scope: (memberId) => sql`${t.members.id} = ${memberId}`,
    constraintMessages: { members_siren_unique: { field: 'siren', message: 'Ce SIREN est déjà celui d’un autre membre' } },
  }),

  centres: binding('centres', {
    table: t.centres,
    filters: {
      memberIds: (values) =>
        sql`exists (select 1 from ${t.centreMembers} where ${t.centreMembers.centreId} = ${t.centres.id} and ${inArray(t.centreMembers.memberId, values as number[])})`,
      services: (values) => sql`${t.centres.services} && ${sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`}`,
    },
    async attach(db, records) {
      if (!records.length) return;
      const links = await db
        .select({ centreId: t.centreMembers.centreId, memberId: t.centreMembers.memberId })
        .from(t.centreMembers)
        .where(inArray(t.centreMembers.centreId, records.map((r) => r.id)))
        .orderBy(t.centreMembers.memberId);
      for (const r of records) r.memberIds = links.filter((l) => l.centreId === r.id).map((l) => l.memberId);
    },
    derive: (input) => ({ departmentCode: departmentOf(String(input.communeCode)) }),
    async afterWrite(tx, id, input, before) {
      const wanted = input.memberIds as number[];
      const had = (before?.memberIds as number[] | undefined) ?? [];
      if (before && wanted.length === had.length && wanted.every((m) => had.includes(m))) return;
      await tx.delete(t.centreMembers).where(eq(t.centreMembers.centreId, id));
      if (wanted.length) await tx.insert(t.centreMembers).values(wanted.map((memberId) => ({ centreId: id, memberId })));
    },
    scope: (memberId) => sql`${t.centres.id} in ${centresOf(memberId)}`,
    constraintMessages: {
      centres_finess_unique: { field: 'finess', message: 'Ce numéro FINESS est déjà celui d’un autre centre' },
      centres_parent_check: { field: 'parentCentreId', message: 'Un centre ne peut être sa propre antenne' },
      centre_members_member_id_members_id_fk: { field: 'memberIds', message: 'Membre inconnu' },
    },
  }),

  positions: binding('positions', {
    table: t.positions,
    scope: (memberId) => sql`${t.positions.centreId} in ${centresOf(memberId)}`,
  }),

  candidates: binding('candidates', {
    table: t.candidates,
    constraintMessages: { candidates_email_unique: { field: 'email', message: 'Un·e candidat·e a déjà cette adresse' } },
  }),

  applications: binding('applications', {
    table: t.applications,
    async attach(db, records) {
      if (!records.length) return;
      const events = await db
        .select({ applicationId: t.applicationStages.applicationId, stage: t.applicationStages.stage, on: t.applicationStages.reachedOn })
        .from(t.applicationStages)
        .where(inArray(t.applicationStages.applicationId, records.map((r) => r.id)))
        .orderBy(t.applicationStages.reachedOn, t.applicationStages.id);
      for (const r of records)
        r.stageHistory = events.filter((e) => e.applicationId === r.id).map(({ stage, on }) => ({ stage, on }) as StageEvent);
    },
    derive(input, before) {
      // The date the current stage was reached: given by the client when it differs from the stored
      // one; kept when the stage is unchanged; today for a move that gives no date.
      const given = input.stageOn as string | null;
      if (!before) return { stageOn: given ?? (input.stage === 'recue' ? input.appliedOn : today()) };
      if (before.stage === input.stage) return { stageOn: given ?? before.stageOn };
      return { stageOn: given && given !== before.stageOn ? given : today() };
    },
    async afterWrite(tx, id, input, before) {
      const row = { applicationId: id, stage: input.stage as string, reachedOn: input.stageOn as string };
      if (!before) {
        await tx.insert(t.applicationStages).values({ applicationId: id, stage: 'recue', reachedOn: input.appliedOn as string });
        if (row.stage !== 'recue') await tx.insert(t.applicationStages).values(row);
      } else if (before.stage !== input.stage) await tx.insert(t.applicationStages).values(row);
    },
    constraintMessages: {
      applications_candidate_position_unique: { field: 'positionId', message: 'Cette personne a déjà candidaté à ce poste' },
      applications_dates_check: { field: 'stageOn', message: 'Cette date précède la réception de la candidature' },
    },
  }),

  hires: binding('hires', {
    table: t.hires,
    filters: {
      situation: (values) => {
        const today = todayInFrance();
        const of = { active: sql`(${t.hires.endOn} is null or ${t.hires.endOn} >= ${today})`, ended: sql`${t.hires.endOn} < ${today}` };
        return or(...values.map((v) => of[v as keyof typeof of])) ?? sql`false`;
      },
    },
    scope: (memberId) => sql`${t.hires.centreId} in ${centresOf(memberId)}`,
  }),

  activities: binding('activities', {
    table: t.activities,
    codecs: { month },
    scope: (memberId) => sql`${t.activities.centreId} in ${centresOf(memberId)}`,
    constraintMessages: {
      activities_centre_month_unique: { field: 'month', message: 'L’activité de ce centre pour ce mois est déjà saisie' },
    },
  }),

  targets: binding('targets', {
    table: t.targets,
    constraintMessages: { targets_year_unique: { field: 'year', message: 'Un objectif existe déjà pour cette année' } },
  }),

  users: binding('users', {
    table: t.users,
    async prepare(input, actor) {
      if (typeof input.password !== 'string') return {};
      if (!actor.passwords) throw new Error('no password hasher');
      return { passwordHash: await actor.passwords.hash(input.password) };
    },
    scope: () => sql`false`,
    constraintMessages: {
      users_email_unique: { field: 'email', message: 'Un compte a déjà cette adresse' },
      users_member_check: { field: 'memberId', message: 'Un compte « membre » est rattaché à un membre, et lui seul' },
    },
  }),

  audit: binding('audit', { table: t.auditEntries }),
};

/** The SQL expression behind an API field, or undefined when the field is not a column. */
export function columnOf(b: Binding, field: string): AnyPgColumn | undefined {
  return (b.table as unknown as Record<string, AnyPgColumn>)[field];
}

export const idIs = (b: Binding, id: number) => eq(b.table.id, id);
