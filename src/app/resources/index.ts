import type { ResourceName } from '../../domain/resources';
import activities from './activities';
import applications from './applications';
import audit from './audit';
import candidates from './candidates';
import centres from './centres';
import documents from './documents';
import emailTemplates from './email-templates';
import emails from './emails';
import hires from './hires';
import interviewFeedback from './interview-feedback';
import interviews from './interviews';
import members from './members';
import notes from './notes';
import positions from './positions';
import targets from './targets';
import users from './users';
import type { ResourceModule } from './types';

/** Every resource of the app, in menu order (the same as the domain's). */
export const resourceModules: Record<ResourceName, ResourceModule> = {
  members,
  centres,
  positions,
  candidates,
  applications,
  documents,
  hires,
  activities,
  targets,
  users,
  audit,
  interviews,
  'interview-feedback': interviewFeedback,
  notes,
  emails,
  'email-templates': emailTemplates,
};
