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
import { bindings, type ApiRecord } from '../rest/bindings';
import { parseListQuery } from '../rest/query';
import { forgetCounts, getRecord, listRecords } from '../rest/repository';
import { jsonBody, recordId } from '../rest/router';
import { deliveryOf, NO_SMTP } from './delivery';
import { auditedEmail, enqueueEmail, previewEmail } from './outbox';

export interface MailRoutesOptions {
  /** This server sends its outbox (SMTP_URL set: src/server/cli/start.ts runs the worker). */
  smtpConfigured: boolean;
}

/**
 * The outbox's own routes, mounted before the generic router (which refuses other writes on /emails
 * with 405):
 *
 * - GET  /emails, /emails/<id>     the generic list and record (same filters, sorts, pages), each record
 *                                  with `delivery`: where it stands for this server (deliveryOf)
 * - GET  /emails/status            whether this server sends (« non envoyé : aucun serveur SMTP configuré »)
 * - POST /emails/preview           `{ event, applicationId }` → the template rendered for that application
 * - POST /emails                   `{ event, applicationId, subject, body }` → queues the text HR reviewed (201)
 * - POST /emails/<id>/retry        puts a message in `echec` back in the queue
 * - POST /email-templates          405: the five templates are fixed
 *
 * Rights: reading the outbox for status and preview, queueing (`create`) for the others (hr, admin).
 */
export function mailRoutes({ smtpConfigured }: MailRoutesOptions) {
  const routes = new Hono<AppEnv>();
  const allowed = (c: Context<AppEnv>, action: 'read' | 'create', recordId?: number) =>
    authorize(c.var.db, c.var.session!.user, emailsResource, action, undefined, recordId);
  const withDelivery = (record: ApiRecord) => Object.assign(record, { delivery: deliveryOf(record as never, smtpConfigured) });
  const read = (c: Context<AppEnv>, id: number) => getRecord(c.var.db, bindings.emails, id, undefined, c.var.session!.user).then(withDelivery);

  routes.get('/emails/status', async (c) => {
    await allowed(c, 'read');
    return c.json({ smtpConfigured, message: smtpConfigured ? null : NO_SMTP });
  });

  // The generic router's list and record, with `delivery` added: it depends on this server's
  // configuration, which the generic reads do not know.
  routes.get('/emails', async (c) => {
    const scope = await allowed(c, 'read');
    const query = parseListQuery(emailsResource, new URL(c.req.url).searchParams);
    const { records, total } = await listRecords(c.var.db, bindings.emails, query, scope, c.var.session!.user);
    const start = query.range?.offset ?? 0;
    c.header('Content-Range', `emails ${start}-${records.length ? start + records.length - 1 : start}/${total}`);
    return c.json(records.map(withDelivery));
  });

  routes.get('/emails/:id', async (c) => {
    const emailId = recordId(c.req.param('id'));
    await allowed(c, 'read', emailId);
    return c.json(await read(c, emailId));
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
    return c.json(await read(c, row.id), 201);
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
    forgetCounts(db);
    return c.json(await read(c, emailId));
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
