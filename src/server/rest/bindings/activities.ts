import { sql } from 'drizzle-orm';
import * as t from '../../db/schema';
import { binding, centresIn, centresOf, month } from './shared';

export const activities = binding('activities', {
  table: t.activities,
  codecs: { month },
  scope: (memberId) => sql`${t.activities.centreId} in ${centresOf(memberId)}`,
  departmentScope: (code) => sql`${t.activities.centreId} in ${centresIn(code)}`,
  referencedAs: { activities: 'de l’activité saisie' },
  constraintMessages: {
    activities_centre_month_unique: { field: 'month', message: 'L’activité de ce centre pour ce mois est déjà saisie' },
  },
});
