import * as t from '../../db/schema';
import { binding } from './shared';

export const candidates = binding('candidates', {
  table: t.candidates,
  constraintMessages: { candidates_email_unique: { field: 'email', message: 'Un·e candidat·e a déjà cette adresse' } },
});
