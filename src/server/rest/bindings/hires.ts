import { or, sql } from 'drizzle-orm';
import { todayInFrance } from '../../../domain/calendar';
import * as t from '../../db/schema';
import { binding, centresIn, centresOf } from './shared';

export const hires = binding('hires', {
  table: t.hires,
  filters: {
    situation: (values) => {
      const today = todayInFrance();
      const of = { active: sql`(${t.hires.endOn} is null or ${t.hires.endOn} >= ${today})`, ended: sql`${t.hires.endOn} < ${today}` };
      return or(...values.map((v) => of[v as keyof typeof of])) ?? sql`false`;
    },
  },
  referencedAs: { hires: 'des contrats' },
  scope: (memberId) => sql`${t.hires.centreId} in ${centresOf(memberId)}`,
  departmentScope: (code) => sql`${t.hires.centreId} in ${centresIn(code)}`,
});
