import { activities } from './activities';
import { applications } from './applications';
import { audit } from './audit';
import { candidates } from './candidates';
import { centres } from './centres';
import { documents } from './documents';
import { emailTemplates } from './email-templates';
import { emails } from './emails';
import { hires } from './hires';
import { interviewFeedback } from './interview-feedback';
import { interviews } from './interviews';
import { members } from './members';
import { notes } from './notes';
import { positions } from './positions';
import { targets } from './targets';
import { users } from './users';

export { activities, applications, audit, candidates, centres, documents, hires, members, positions, targets, users };
export { interviews, interviewFeedback, notes };
export { emails, emailTemplates };

/** Every resource of the API, in menu order. */
export const resources = [members, centres, positions, candidates, applications, documents, hires, activities, targets, users, audit, interviews, interviewFeedback, notes, emails, emailTemplates] as const;
export type ResourceName = (typeof resources)[number]['name'];
export const resourceByName = Object.fromEntries(resources.map((r) => [r.name, r])) as Record<ResourceName, (typeof resources)[number]>;
