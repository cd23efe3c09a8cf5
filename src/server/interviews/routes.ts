import { and, asc, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { fold } from '../../domain/text';
import * as t from '../db/schema';
import { badRequest } from '../errors';
import { interviews as interviewsResource } from '../../domain/resources';
import { ICS_MEDIA_TYPE } from '../../domain/ics';
import { authorize } from '../auth/policy';
import type { AppEnv } from '../context';
import { recordId } from '../rest/router';
import { interviewIcs } from './calendar';

/** `GET /interviews/<id>/ics`: the interview's invitation as a calendar file (interviews' read right). */
export function interviewRoutes() {
  const router = new Hono<AppEnv>();
  router.get('/interviews/:id/ics', async (c) => {
    const id = recordId(c.req.param('id'));
    await authorize(c.var.db, c.var.session!.user, interviewsResource, 'read', undefined, id);
    const text = await interviewIcs(c.var.db, id);
    return c.body(text, 200, {
      'Content-Type': ICS_MEDIA_TYPE,
      'Content-Disposition': `attachment; filename="entretien-${id}.ics"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  });
  // The accounts that may sit on a panel (active hr and admin), for the panel picker: hr may not list
  // /api/users, and needs no more than a name. ra-data-simple-rest's list and getMany shapes
  // (`filter={"id":[…]}` or `{"q":"…"}`), so that a ReferenceArrayInput reads it like a resource.
  router.get('/interviewers', async (c) => {
    await authorize(c.var.db, c.var.session!.user, interviewsResource, 'read');
    let filter: { id?: unknown; q?: unknown } = {};
    try {
      filter = JSON.parse(c.req.query('filter') || '{}') ?? {};
    } catch {
      throw badRequest('Paramètre « filter » : JSON invalide');
    }
    const wanted = (Array.isArray(filter.id) ? filter.id : filter.id === undefined ? [] : [filter.id]).map(Number).filter(Number.isSafeInteger);
    const rows = await c.var.db
      .select({ id: t.users.id, name: t.users.name, role: t.users.role })
      .from(t.users)
      .where(and(eq(t.users.active, true), inArray(t.users.role, ['hr', 'admin']), wanted.length ? inArray(t.users.id, wanted) : undefined))
      .orderBy(asc(t.users.name), asc(t.users.id))
      .limit(1000);
    const q = typeof filter.q === 'string' ? fold(filter.q.trim()) : '';
    const found = q ? rows.filter((r) => fold(r.name).includes(q)) : rows;
    c.header('Content-Range', `interviewers 0-${Math.max(0, found.length - 1)}/${found.length}`);
    return c.json(found);
  });
  return router;
}
