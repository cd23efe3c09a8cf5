import * as t from '../../db/schema';
import { binding } from './shared';

export const audit = binding('audit', { table: t.auditEntries, referencedAs: { audit_entries: 'le journal d’audit' } });
