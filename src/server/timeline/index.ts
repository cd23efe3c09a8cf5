import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { candidates as candidatesResource } from '../../domain/resources';
import { authorize } from '../auth/policy';
import type { AppEnv } from '../context';
import * as t from '../db/schema';
import type { Executor } from '../db/types';
import { notFound } from '../errors';
import { recordId } from '../rest/router';
import { documents } from './documents';
import { emails } from './emails';
import { interviews } from './interviews';
import { notes } from './notes';
import { stageChanges } from './stages';
import type { TimelineEntry, TimelineSource } from './types';

export type { TimelineEntry, TimelineSource } from './types';

/** Every source of the timeline (one file each in this folder): add a line to add one. */
export const timelineSources: TimelineSource[] = [stageChanges, notes, interviews, documents, emails];

/** Entries of the same instant keep a fixed order: newest-first by time, then by kind and key. */
const compare = (a: TimelineEntry, b: TimelineEntry) => {
  const at = Date.parse(b.at) - Date.parse(a.at);
  if (at) return at;
  return a.kind === b.kind ? b.key.localeCompare(a.key, 'en', { numeric: true }) : a.kind.localeCompare(b.kind);
};

/** The candidate's timeline, newest first (sources read in turn: PGlite runs one query at a time anyway). */
export async function candidateTimeline(db: Executor, candidateId: number, sources = timelineSources): Promise<TimelineEntry[]> {
  const all: TimelineEntry[] = [];
  for (const source of sources) all.push(...(await source.entries(db, candidateId)));
  return all.sort(compare);
}

/** `GET /candidates/<id>/timeline`: the candidates' read right; 404 for an unknown candidate. */
export function timelineRoutes() {
  const router = new Hono<AppEnv>();
  router.get('/candidates/:id/timeline', async (c) => {
    const id = recordId(c.req.param('id'));
    await authorize(c.var.db, c.var.session!.user, candidatesResource, 'read', undefined, id);
    const [candidate] = await c.var.db.select({ id: t.candidates.id }).from(t.candidates).where(eq(t.candidates.id, id));
    if (!candidate) throw notFound(`Candidat·e n° ${id} introuvable`);
    return c.json(await candidateTimeline(c.var.db, id));
  });
  return router;
}
