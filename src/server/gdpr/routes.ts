import { Hono } from 'hono';
import { candidates as candidatesResource } from '../../domain/resources';
import { recordAudit } from '../audit';
import { authorize } from '../auth/policy';
import type { AppEnv } from '../context';
import { badRequest } from '../errors';
import { recordId } from '../rest/router';
import { candidateExport } from './export';
import { exportPage, exportStyleHash } from './page';

/**
 * `GET /candidates/<id>/export`: the right of access (GDPR art. 15), for the candidates' readers
 * (hr, admin; the others get the 403 every candidate path gives, recorded as a refusal). 404 for an
 * unknown candidate. JSON by default (`?download=1`: as the file `donnees-candidat-<id>.json`), or
 * `?format=html` a French page to print, shown inline. Each export is audited (`export`, on the
 * candidate's record, with the format), after the data was read: a 404 exports nothing and is not one.
 */
export function gdprRoutes() {
  const router = new Hono<AppEnv>();
  router.get('/candidates/:id/export', async (c) => {
    const id = recordId(c.req.param('id'));
    const user = c.var.session!.user;
    await authorize(c.var.db, user, candidatesResource, 'read', undefined, id);
    const asked = c.req.query('format') ?? 'json';
    if (asked !== 'json' && asked !== 'html') throw badRequest('Format inconnu : « json » ou « html » attendu', { format: 'json ou html' });
    const format = asked;
    const data = await candidateExport(c.var.db, id, user);
    await recordAudit(c.var.db, { userId: user.id, action: 'export', resource: 'candidates', recordId: id, after: { format } });
    c.header('Cache-Control', 'private, no-store');
    if (format === 'html') {
      // Replaces the API's `default-src 'none'` (app.ts lets a route set its own policy): the page's
      // one inline stylesheet, by its hash; no script, no form, no frame.
      c.header(
        'Content-Security-Policy',
        `default-src 'none'; style-src ${await exportStyleHash()}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      );
      c.header('Content-Disposition', `inline; filename="donnees-candidat-${id}.html"`);
      return c.html(exportPage(data));
    }
    if (c.req.query('download') === '1') c.header('Content-Disposition', `attachment; filename="donnees-candidat-${id}.json"`);
    return c.json(data);
  });
  return router;
}
