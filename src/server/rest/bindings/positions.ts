import { sql } from 'drizzle-orm';
import * as t from '../../db/schema';
import { binding, centresIn, centresOf } from './shared';

export const positions = binding('positions', {
  table: t.positions,
  referencedAs: { positions: 'des postes' },
  scope: (memberId) => sql`${t.positions.centreId} in ${centresOf(memberId)}`,
  departmentScope: (code) => sql`${t.positions.centreId} in ${centresIn(code)}`,
});
