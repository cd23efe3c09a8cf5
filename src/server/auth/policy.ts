import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Action, ResourceDescription } from '../../domain/resource';
import { recordAudit } from '../audit';
import type { Executor } from '../db/types';
import { forbidden } from '../errors';
import type { Principal } from './sessions';

/**
 * The one place where the server decides who may do what: the policy table of each resource's
 * description (src/domain/resources), applied to lists, single records, getMany, filters, writes and
 * statistics alike. Returns the SQL condition that limits what the caller sees (undefined: everything),
 * or throws 403 after recording the refusal in the audit trail.
 */
export async function authorize(
  db: Executor,
  user: Principal,
  resource: Pick<ResourceDescription, 'name' | 'label' | 'policy'>,
  action: Action,
  scopeOf?: (memberId: number) => SQL,
  recordId?: number,
): Promise<SQL | undefined> {
  const access = resource.policy[user.role][action];
  if (access === 'all') return undefined;
  if (access === 'scoped' && user.memberId !== null) return scopeOf ? scopeOf(user.memberId) : sql`false`;
  await recordAudit(db, { userId: user.id, action: 'denied', resource: resource.name, recordId, after: { action } });
  throw forbidden(`Accès refusé : votre rôle ne permet pas cette action sur « ${resource.label.many} »`);
}
