import { z } from 'zod';
import { auditActions } from '../enums';
import { defineResource, policy, READ } from '../resource';

/**
 * Audit entries are written by the server only; the API never edits or deletes them. What a reader is
 * given of an entry depends on what it may read (src/server/rest/bindings/audit.ts): `before`/`after`
 * and `recordLabel` only when it may read the entry's record, else null with `withheld` true.
 */
export const audit = defineResource({
  name: 'audit',
  label: { one: 'Entrée du journal', many: 'Journal d’audit' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    at: { label: 'Date', kind: 'datetime', sortable: true, filter: 'range' },
    userId: { label: 'Utilisateur', kind: 'reference', reference: 'users', sortable: true, filter: 'eq' },
    action: { label: 'Action', kind: 'enum', choices: auditActions.choices, sortable: true, filter: 'eq' },
    resource: { label: 'Ressource', kind: 'text', sortable: true, filter: 'eq' },
    recordId: { label: 'Enregistrement', kind: 'integer', filter: 'eq' },
    before: { label: 'Avant', kind: 'json' },
    after: { label: 'Après', kind: 'json' },
    // Computed for each reader (no column): who acted, by name; the record's name; content withheld.
    userName: { label: 'Nom de l’utilisateur', kind: 'text', readOnly: true },
    recordLabel: { label: 'Libellé de l’enregistrement', kind: 'text', readOnly: true },
    withheld: { label: 'Contenu masqué', kind: 'boolean', readOnly: true },
  },
  schema: z.never(),
  defaultSort: ['at', 'DESC'],
  representation: ['id'],
  readOnly: 'Le journal d’audit ne se modifie pas',
  policy: policy({ admin: READ, region: READ }),
});
