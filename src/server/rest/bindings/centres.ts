import { eq, inArray, sql } from 'drizzle-orm';
import { departmentOfCommune } from '../../../domain/geography';
import * as t from '../../db/schema';
import { binding, centresOf } from './shared';

export const centres = binding('centres', {
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
  derive: (input) => ({ departmentCode: departmentOfCommune(String(input.communeCode)) }),
  async afterWrite(tx, id, input, before) {
    const wanted = input.memberIds as number[];
    const had = (before?.memberIds as number[] | undefined) ?? [];
    if (before && wanted.length === had.length && wanted.every((m) => had.includes(m))) return;
    await tx.delete(t.centreMembers).where(eq(t.centreMembers.centreId, id));
    if (wanted.length) await tx.insert(t.centreMembers).values(wanted.map((memberId) => ({ centreId: id, memberId })));
  },
  scope: (memberId) => sql`${t.centres.id} in ${centresOf(memberId)}`,
  departmentScope: (code) => sql`${t.centres.departmentCode} = ${code}`,
  referencedAs: { centres: 'des centres', centre_members: 'des centres' },
  constraintMessages: {
    centres_finess_unique: { field: 'finess', message: 'Ce numéro FINESS est déjà celui d’un autre centre' },
    centres_parent_check: { field: 'parentCentreId', message: 'Un centre ne peut être sa propre antenne' },
    centre_members_member_id_members_id_fk: { field: 'memberIds', message: 'Membre inconnu' },
  },
});
