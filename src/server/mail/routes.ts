import { and, eq, sql } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { emailEvents } from '../../domain/enums';
import { fieldErrorsOf } from '../../domain/field-errors';
import { emails as emailsResource, emailTemplates as templatesResource } from '../../domain/resources';
import { enumOf, id, requiredText } from '../../domain/schemas';
import { recordAudit } from '../audit';
import { authorize } from '../auth/policy';
import type { AppEnv } from '../context';
import * as t from '../db/schema';
import { badRequest, conflict } from '../errors';
import { bindings } from '../rest/bindings';
import { getRecord } from '../rest/repository';
import { forgetCounts } from '../rest/repository';
import { jsonBody, recordId } from '../rest/router';
import { NO_SMTP, smtpConfigured } from './delivery';
import { auditedEmail, enqueueEmail, previewEmail } from './outbox';

/**
 * The outbox's own routes, mounted before the generic router (which serves GET /emails and
 * /emails/<id>, and refuses other writes on them with 405):
 *
 * - GET  /emails/status            whether this server sends (« non envoyé : aucun serveur SMTP configuré »)
 * - POST /emails/preview           `{ event, applicationId }` → the template rendered for that application
 * - POST /emails                   `{ event, applicationId, subject, body }` → queues the text HR reviewed (201)
 * - POST /emails/<id>/retry        puts a message in `echec` back in the queue
 * - POST /email-templates          405: the five templates are fixed
 *
 * Rights: reading the outbox for status and preview, queueing (`create`) for the others (hr, admin).
 */
export function mailRoutes() {
  const routes = new Hono<AppEnv>();
  const allowed = (c: Context<AppEnv>, action: 'read' | 'create', recordId?: number) =>
    authorize(c.var.db, c.var.session!.user, emailsResource, action, undefined, recordId);

  routes.get('/emails/status', async (c) => {
    await allowed(c, 'read');
    const configured = smtpConfigured(c.var.db);
    return c.json({ smtpConfigured: configured, message: configured ? null : NO_SMTP });
  });

  routes.post('/emails/preview', async (c) => {
    await allowed(c, 'read');
    const input = parse(previewSchema, await jsonBody(c.req.raw));
    return c.json(await previewEmail(c.var.db, input));
  });

  routes.post('/emails', async (c) => {
    await allowed(c, 'create');
    const input = parse(reviewedSchema, await jsonBody(c.req.raw));
    const db = c.var.db;
    const row = await db.transaction((tx) => enqueueEmail(tx, input, c.var.actor));
    forgetCounts(db);
    return c.json(await getRecord(db, bindings.emails, row.id, undefined, c.var.session!.user), 201);
  });

  routes.post('/emails/:id/retry', async (c) => {
    const emailId = recordId(c.req.param('id'));
    await allowed(c, 'create', emailId);
    const db = c.var.db;
    const before = await getRecord(db, bindings.emails, emailId);
    if (before.status !== 'echec') throw conflict(`Seul un courriel en échec se renvoie (celui-ci est « ${before.status === 'envoye' ? 'envoyé' : 'en attente'} »)`, { status: 'Pas en échec' });
    await db.transaction(async (tx) => {
      // Due at once, with its attempts counted afresh: the worker gives it the full number of tries again.
      const [row] = await tx
        .update(t.emails)
        .set({ status: 'en_attente', attempts: 0, nextAttemptAt: sql`now()`, version: sql`${t.emails.version} + 1` })
        .where(and(eq(t.emails.id, emailId), eq(t.emails.status, 'echec')))
        .returning();
      if (!row) throw conflict('Ce courriel vient de changer : rechargez la page');
      await recordAudit(tx, { userId: c.var.actor.userId, action: 'update', resource: 'emails', recordId: emailId, before: auditedEmail(before as never), after: auditedEmail(row) });
    });
    return c.json(await getRecord(db, bindings.emails, emailId, undefined, c.var.session!.user));
  });

  routes.post('/email-templates', (c) => {
    c.header('Allow', 'GET');
    return c.json({ message: `Les ${templatesResource.label.many.toLowerCase()} sont fixes (un par événement) : modifiez celui de l’événement voulu` }, 405);
  });
  return routes;
}

const previewSchema = z.object({ event: enumOf(emailEvents.values), applicationId: id });
const reviewedSchema = previewSchema.extend({ subject: requiredText(200), body: requiredText(10_000, { multiline: true }) });

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors = fieldErrorsOf(result.error.issues);
  const [field, message] = Object.entries(errors)[0] ?? ['', 'Données invalides'];
  throw badRequest(`Données invalides : ${field ? `${field} — ` : ''}${message}`, errors);
}
