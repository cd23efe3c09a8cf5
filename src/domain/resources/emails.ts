import { z } from 'zod';
import { emailEvents, emailStatuses } from '../enums';
import { defineResource, policy } from '../resource';

/** A file joined to a message (an interview invitation's .ics): its content as text, or base64 for bytes. */
export interface EmailAttachment {
  fileName: string;
  mediaType: string;
  content: string;
  encoding?: 'base64';
}

/**
 * The outbox: every message Maillage sends to a candidate, written in the transaction of what caused it
 * (an application, an interview, a refusal HR confirmed: src/server/mail/outbox.ts) and sent by the
 * server's worker (src/server/mail/worker.ts) when an SMTP server is configured. Personal data: `hr` and
 * `admin` read it; nobody edits it (HR queues a reviewed message with POST /api/emails and puts a
 * failed one back with POST /api/emails/<id>/retry; both are routes of their own).
 */
export const emails = defineResource({
  name: 'emails',
  label: { one: 'Courriel', many: 'Courriels' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    to: { label: 'Destinataire', kind: 'text', sortable: true, search: true },
    subject: { label: 'Objet', kind: 'text', sortable: true, search: true },
    body: { label: 'Message', kind: 'text' },
    candidateId: { label: 'Candidat·e', kind: 'reference', reference: 'candidates', sortable: true, filter: 'eq' },
    applicationId: { label: 'Candidature', kind: 'reference', reference: 'applications', sortable: true, filter: 'eq' },
    event: { label: 'Événement', kind: 'enum', choices: emailEvents.choices, sortable: true, filter: 'eq' },
    attachments: { label: 'Pièces jointes', kind: 'json' },
    status: { label: 'État', kind: 'enum', choices: emailStatuses.choices, sortable: true, filter: 'eq' },
    attempts: { label: 'Tentatives', kind: 'integer', sortable: true },
    lastError: { label: 'Dernière erreur', kind: 'text' },
    nextAttemptAt: { label: 'Prochaine tentative', kind: 'datetime', sortable: true },
    sentAt: { label: 'Envoyé le', kind: 'datetime', sortable: true, filter: 'range' },
    createdAt: { label: 'Créé le', kind: 'datetime', sortable: true, filter: 'range' },
    // Computed for each reader (no column): where the message stands, in words (« non envoyé : aucun
    // serveur SMTP configuré » when this server has none).
    delivery: { label: 'Acheminement', kind: 'text', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  // Never validated through the generic router: the resource takes no generic write (readOnly below).
  schema: z.never(),
  defaultSort: ['createdAt', 'DESC'],
  representation: ['subject'],
  readOnly: 'Un courriel de la file d’envoi ne se modifie pas ni ne se supprime : « Renvoyer » remet en file un envoi en échec',
  policy: policy({ admin: { read: 'all', create: 'all' }, hr: { read: 'all', create: 'all' } }),
});
