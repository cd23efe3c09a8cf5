import { or, sql, type SQL } from 'drizzle-orm';
import { todayInFrance } from '../../../domain/calendar';
import type { HireSituation } from '../../../domain/enums';
import * as t from '../../db/schema';
import { date, hireInPost } from '../../stats/sql';
import { fillPosition } from './positions';
import { binding, centresIn, centresOf } from './shared';

export const hires = binding('hires', {
  table: t.hires,
  filters: {
    // As of today in France; « in post » is the dashboards' rule (hireInPost: start ≤ today ≤ end).
    situation: (values) => {
      const today = todayInFrance();
      const of: Record<HireSituation, SQL> = {
        upcoming: sql`${t.hires.startOn} > ${date(today)}`,
        active: hireInPost(today),
        ended: sql`${t.hires.endOn} < ${date(today)}`,
      };
      return or(...values.map((v) => of[v as HireSituation])) ?? sql`false`;
    },
  },
  // Hiring from an application fills its position once the running contracts cover its FTE (fillPosition).
  afterWrite: (tx, _id, input) => fillPosition(tx, input.applicationId as number | null),
  referencedAs: { hires: 'des contrats' },
  scope: (memberId) => sql`${t.hires.centreId} in ${centresOf(memberId)}`,
  departmentScope: (code) => sql`${t.hires.centreId} in ${centresIn(code)}`,
});
