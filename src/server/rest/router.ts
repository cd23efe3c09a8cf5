import { Hono, type Context } from 'hono';
import type { Action } from '../../domain/resource';
import { resources } from '../../domain/resources';
import { authorize } from '../auth/policy';
import type { AppEnv } from '../context';
import { ApiError, badRequest, notFound } from '../errors';
import { bindings } from './bindings';
import { parseListQuery } from './query';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from './repository';

/**
 * One ra-data-simple-rest router for every resource:
 * GET /<resource>?sort&range&filter, GET/PUT/DELETE /<resource>/<id>, POST /<resource>.
 */
export function restRouter() {
  const router = new Hono<AppEnv>();

  for (const resource of resources) {
    const b = bindings[resource.name];
    const path = `/${resource.name}`;
    /** The caller's right for this action: the SQL scope of what it may touch, or a 403. */
    const allowed = (c: Context<AppEnv>, action: Action, id?: number) => authorize(c.var.db, c.var.session!.user, resource, action, b.scope, id);

    router.get(path, async (c) => {
      const scope = await allowed(c, 'read');
      const query = parseListQuery(resource, new URL(c.req.url).searchParams);
      const { records, total } = await listRecords(c.var.db, b, query, scope, c.var.session!.user);
      const start = query.range?.offset ?? 0;
      const end = records.length ? start + records.length - 1 : start;
      c.header('Content-Range', `${resource.name} ${start}-${end}/${total}`);
      return c.json(records);
    });

    router.get(`${path}/:id`, async (c) => {
      const id = recordId(c.req.param('id'));
      return c.json(await getRecord(c.var.db, b, id, await allowed(c, 'read', id), c.var.session!.user));
    });

    const { readOnly } = resource;
    if (readOnly) {
      const refuse = (c: Context<AppEnv>) => methodNotAllowed(c, 'GET', readOnly);
      router.on(['POST', 'PUT', 'PATCH', 'DELETE'], path, refuse);
      router.on(['POST', 'PUT', 'PATCH', 'DELETE'], `${path}/:id`, refuse);
      continue;
    }

    router.post(path, async (c) => {
      await allowed(c, 'create');
      // The right is checked before the body is read: a refused caller's upload is never parsed.
      if (b.createFrom) return c.json(await b.createFrom(c.req, c.var.db, c.var.actor), 201);
      return c.json(await createRecord(c.var.db, b, await jsonBody(c.req.raw), c.var.actor), 201);
    });

    router.put(`${path}/:id`, async (c) => {
      const id = recordId(c.req.param('id'));
      const scope = await allowed(c, 'update', id);
      return c.json(await updateRecord(c.var.db, b, id, await jsonBody(c.req.raw), c.var.actor, scope));
    });

    router.delete(`${path}/:id`, async (c) => {
      const id = recordId(c.req.param('id'));
      if (resource.deleteRefusal) throw new ApiError(405, resource.deleteRefusal);
      const scope = await allowed(c, 'delete', id);
      return c.json(await deleteRecord(c.var.db, b, id, c.var.actor, scope));
    });

    // A method the resource does not take: 405 with the ones it does (ra-data-simple-rest sends PUT,
    // never PATCH, which replaces the whole record here), rather than « route inconnue ».
    router.on(['PUT', 'PATCH', 'DELETE'], path, (c) =>
      methodNotAllowed(c, 'GET, POST', `${c.req.method} n’est pas accepté sur la liste « ${resource.name} » (GET, POST)`),
    );
    router.on(['POST', 'PATCH'], `${path}/:id`, (c) =>
      methodNotAllowed(c, 'GET, PUT, DELETE', `${c.req.method} n’est pas accepté sur un enregistrement (GET, PUT pour le modifier en entier, DELETE)`),
    );
  }
  return router;
}

/** 405 with the `Allow` header (RFC 9110: required on a 405). */
function methodNotAllowed(c: Context<AppEnv>, allow: string, message: string) {
  c.header('Allow', allow);
  return c.json({ message }, 405);
}

/** Ids are positive integers; anything else names no record. */
export function recordId(raw: string): number {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`Identifiant « ${raw.slice(0, 40)} » inconnu`);
  return id;
}

export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw badRequest('Corps de requête JSON invalide');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Un objet JSON est attendu');
  return body as Record<string, unknown>;
}
