import * as t from '../../db/schema';
import { binding } from './shared';

export const targets = binding('targets', {
  table: t.targets,
  constraintMessages: { targets_year_unique: { field: 'year', message: 'Un objectif existe déjà pour cette année' } },
});
