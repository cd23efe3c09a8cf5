import { Hono } from 'hono';
import { documents } from '../../domain/resources';
import { authorize } from '../auth/policy';
import type { AppEnv } from '../context';
import { notFound } from '../errors';
import { bindings } from '../rest/bindings';
import { getRecord } from '../rest/repository';
import { recordId } from '../rest/router';
import { documentFile } from './store';

/**
 * `Content-Disposition: attachment` with the stored name (RFC 6266): `filename` an ASCII fallback
 * (accents dropped, other characters replaced) for old clients, `filename*` the name itself in UTF-8,
 * percent-encoded (RFC 5987: only attr-chars are left as they are).
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * `GET /api/documents/<id>/file`: the bytes, as an attachment of the type they were recognised as,
 * never rendered by the browser (nosniff, and the API's `default-src 'none'` policy), never cached.
 * The same right as reading the document's description (the candidates' rights: hr and admin).
 */
export function documentRoutes() {
  const router = new Hono<AppEnv>();
  router.get('/documents/:id/file', async (c) => {
    const id = recordId(c.req.param('id'));
    const b = bindings.documents;
    const scope = await authorize(c.var.db, c.var.session!.user, documents, 'read', b.scope, id);
    // A scoped right (none today) would limit which documents are reachable: the description first.
    if (scope) await getRecord(c.var.db, b, id, scope);
    const file = await documentFile(c.var.db, id);
    if (!file) throw notFound(`Document n° ${id} introuvable`);
    return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.mediaType,
      'Content-Length': String(file.content.byteLength),
      'Content-Disposition': attachmentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  });
  return router;
}
