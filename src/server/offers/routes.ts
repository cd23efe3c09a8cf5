/**
 * The public offers, at /offres, without sign-in: server-rendered French HTML that works without
 * JavaScript (pages.ts), mounted by createApp and createNodeApp. One query per page (queries.ts).
 *
 *   GET  /offres                      the offers online today; ?departement=09&profession=medecin&page=2
 *   GET  /offres/<id>                 one offer (404 unknown or unpublished, 410 closed) and its form
 *   POST /offres/<id>/candidature     multipart/form-data: the application (apply.ts), then 303 to…
 *   GET  /offres/<id>/merci           …the confirmation (POST-redirect-GET: a reload sends nothing twice)
 *   GET  /offres/offres.css           the pages' stylesheet
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { secureHeaders } from 'hono/secure-headers';
import { professions } from '../../domain/enums';
import { MAX_DOCUMENT_BYTES } from '../../domain/file-types';
import { occitanieDepartments } from '../../domain/reference/departments';
import { clientInfo, parseTrustedProxies } from '../auth/client';
import type { Database } from '../db/types';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable';
import { ApiError } from '../errors';
import { ApplicationRefused, parseApplication, receiveApplication } from './apply';
import { closedPage, confirmationPage, messagePage, notFoundPage, offerPage, listPage, type FormState } from './pages';
import { findOffer, listOffers, offerState } from './queries';
import { OFFERS_CSS } from './style';
import { applicationKey, applicationWait } from './throttle';

/** A CV of 10 MB and the form's fields, with the multipart framing: the limit of the application route. */
export const MAX_APPLICATION_BYTES = MAX_DOCUMENT_BYTES + 1024 * 1024;

/** How long browsers and proxies may keep a page (an offer closes by the day; a minute or five is fresh enough). */
const CACHE = 'public, max-age=300';

export interface OfferRoutesOptions {
  trustedProxies?: string;
}

const offerId = (raw: string) => (/^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined);

export function offerRoutes(database: Database, options: OfferRoutesOptions = {}) {
  const trusted = parseTrustedProxies(options.trustedProxies);
  const offers = new Hono();
  const db = database.db;

  // No script at all (the JSON-LD block is data, which CSP does not run); styles from the stylesheet only.
  offers.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );

  offers.get('/offres.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(OFFERS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  offers.get('/', async (c) => {
    const department = c.req.query('departement') ?? '';
    const profession = c.req.query('profession') ?? '';
    const pageText = c.req.query('page') ?? '1';
    // Unknown values are ignored rather than refused: a link from elsewhere still lists offers.
    const filters = {
      department: occitanieDepartments.some((d) => d.code === department) ? department : undefined,
      profession: (professions.values as readonly string[]).includes(profession) ? profession : undefined,
      page: /^\d{1,4}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1,
    };
    const { offers: page, total } = await listOffers(db, filters);
    c.header('Cache-Control', CACHE);
    return c.html(listPage(page, total, filters));
  });

  /** The offer's page with this form state, or its 404 / 410. */
  const showOffer = async (c: Context, rawId: string, state?: FormState, status: 200 | 400 = 200) => {
    const id = offerId(rawId);
    const offer = id ? await findOffer(db, id) : undefined;
    const visible = offerState(offer);
    if (visible === 'unknown') return c.html(notFoundPage(), 404);
    if (visible === 'closed') return c.html(closedPage(offer!), 410);
    c.header('Cache-Control', status === 200 ? CACHE : 'no-store');
    return c.html(offerPage(offer!, new URL(`/offres/${offer!.id}`, c.req.url).href, state), status);
  };

  offers.get('/:id', (c) => showOffer(c, c.req.param('id')));

  offers.get('/:id/merci', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.html(confirmationPage());
  });

  // ~11 MB here (a 10 MB CV and the fields); the API's 1 MiB limit is for /api alone. A body declared
  // larger is refused before it is read; one without a length is read up to the limit, no further.
  const limitBody = bodyLimit({
    maxSize: MAX_APPLICATION_BYTES,
    onError: (c) => {
      c.header('Cache-Control', 'no-store');
      const back = c.req.path.replace(/\/candidature$/, '');
      return c.html(
        messagePage('Envoi trop volumineux', html`<p>Votre envoi dépasse la taille maximale : un CV fait 10 Mo au plus. Réduisez le fichier (un PDF exporté plutôt qu’un scan), puis <a href="${back}#candidature">revenez au formulaire</a>.</p>`),
        413,
      );
    },
  });

  offers.post('/:id/candidature', limitBody, async (c) => {
    const id = offerId(c.req.param('id'));
    const offer = id ? await findOffer(db, id) : undefined;
    const visible = offerState(offer);
    if (visible === 'unknown') return c.html(notFoundPage(), 404);
    if (visible === 'closed') return c.html(closedPage(offer!), 410);
    c.header('Cache-Control', 'no-store');
    const refuse = (values: Record<string, string>, errors: Record<string, string>) => showOffer(c, String(id), { values, errors }, 400);

    // Before the body is parsed: an address past its limit costs no work.
    const ip = clientInfo(socketPeer(c.env), c.req.url, (name) => c.req.header(name), trusted).ip;
    const key = applicationKey(ip);
    const wait = await applicationWait(db, key);
    if (wait > 0) return tooMany(c, wait);

    // Hono's parseBody reads multipart/form-data with the platform's own Request.formData() (undici in
    // Node, the browser's in the demo): files arrive as File objects, within the body limit above. No
    // multipart library is needed, and none would check more: the CV is checked by its content anyway.
    let body: Record<string, string | File | (string | File)[]>;
    try {
      body = await c.req.parseBody({ all: true });
    } catch {
      return refuse({}, { form: 'Le formulaire n’a pas pu être lu : envoyez-le à nouveau depuis cette page.' });
    }
    const form = await parseApplication(body);
    // A robot filled the hidden field: it is told what a person is told, and nothing is stored.
    if (form.trapped) return c.redirect(`/offres/${id}/merci`, 303);
    if (Object.keys(form.errors).length || !form.data || !form.cv) return refuse(form.values, form.errors);
    try {
      await receiveApplication(db, { positionId: id!, form: form.data, cv: form.cv, throttleKey: key });
    } catch (error) {
      if (error instanceof ApplicationRefused && error.status === 429) return tooMany(c, error.retryAfter);
      const errors = error instanceof ApplicationRefused ? error.errors : error instanceof ApiError && error.status === 400 ? { form: error.message } : undefined;
      if (!errors) throw error;
      return refuse(form.values, errors);
    }
    return c.redirect(`/offres/${id}/merci`, 303);
  });

  // Any other path under /offres: the French 404 page (a catch-all, not notFound: see createApi).
  offers.all('*', (c) => (c.req.path === '/offres/' && c.req.method === 'GET' ? c.redirect('/offres', 301) : c.html(notFoundPage(), 404)));

  offers.onError((error, c) => {
    c.header('Cache-Control', 'no-store');
    if (isDatabaseUnavailable(error)) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.html(messagePage('Service momentanément indisponible', html`<p>${DATABASE_UNAVAILABLE}. Réessayez dans quelques instants.</p>`), 503);
    }
    console.error('[offres] unexpected error', c.req.method, c.req.url, error);
    return c.html(messagePage('Erreur du serveur', html`<p>Une erreur inattendue est survenue ; votre demande n’a pas été enregistrée. Réessayez dans quelques instants.</p>`), 500);
  });
  return offers;
}

function tooMany(c: Context, seconds: number) {
  c.header('Retry-After', String(seconds));
  c.header('Cache-Control', 'no-store');
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return c.html(
    messagePage(
      'Trop de candidatures envoyées',
      html`<p>Plusieurs candidatures ont déjà été envoyées depuis votre connexion au cours de la dernière heure. Pour protéger le service, les envois sont limités : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.</p>`,
    ),
    429,
  );
}

/** The socket's remote address under @hono/node-server; none in tests (`app.request`) unless given as `env`. */
function socketPeer(env: unknown): string | undefined {
  return (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
}
