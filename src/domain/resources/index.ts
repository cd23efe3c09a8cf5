import { activities } from './activities';
import { applications } from './applications';
import { audit } from './audit';
import { candidates } from './candidates';
import { centres } from './centres';
import { emailTemplates } from './email-templates';
import { emails } from './emails';
import { hires } from './hires';
import { members } from './members';
import { positions } from './positions';
import { targets } from './targets';
import { users } from './users';

export { activities, applications, audit, candidates, centres, hires, members, positions, targets, users };
export { emails, emailTemplates };

/** Every resource of the API, in menu order. */
export const resources = [members, centres, positions, candidates, applications, hires, activities, targets, users, audit, emails, emailTemplates] as const;
export type ResourceName = (typeof resources)[number]['name'];
export const resourceByName = Object.fromEntries(resources.map((r) => [r.name, r])) as Record<ResourceName, (typeof resources)[number]>;
