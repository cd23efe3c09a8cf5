/**
 * The public offers pages, rendered on the server in French with hono/html, whose template tag escapes
 * every interpolated value (an ad's « <script> » is shown as text); `raw` is used only for the JSON-LD
 * block (escaped by jsonLdBlock) and the map's path data (digits and letters only). No script: every
 * page works without JavaScript. RGAA: `lang="fr"`, a skip link, header / nav / main / footer landmarks,
 * one h1 then h2s, every field labelled with its hint and error tied by aria-describedby, an error
 * summary with links at the top of a refused form, focus always visible (offres.css).
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { ACCEPTED_FILES_TEXT } from '../../domain/file-types';
import { contracts, professions, services as serviceChoices } from '../../domain/enums';
import { occitanieDepartments } from '../../domain/reference/departments';
import { frenchDay } from '../../domain/resources/positions';
import { currentConsent } from '../../domain/consent';
import { jobPosting, jsonLdBlock } from './json-ld';
import { departmentMap } from './map';
import { OFFERS_PER_PAGE, type Offer, type OfferFilters } from './queries';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const SITE = 'Ma santé, Ma Région';

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
/** « 42 000 € » (no-break spaces: the figure and its unit stay together). */
export const frenchEuros = (n: number) => `${number.format(n).replace(/\u202f/g, '\u00a0')}\u00a0€`;
/** « 42 000 € – 52 000 € brut par an ». */
export const salaryText = (o: Pick<Offer, 'salaryMin' | 'salaryMax'>) =>
  o.salaryMin === null || o.salaryMax === null
    ? ''
    : o.salaryMin === o.salaryMax
      ? `${frenchEuros(o.salaryMin)} brut par an`
      : `${frenchEuros(o.salaryMin)} – ${frenchEuros(o.salaryMax)} brut par an`;
export const fteText = (fte: number) => (fte >= 1 ? '1 ETP (temps plein)' : `${fte.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} ETP (temps partiel)`);
const contractText = (c: Offer['contract']) => (c ? contracts.label(c) : '');
const professionText = (p: string) => professions.label(p as never);

interface LayoutOptions {
  title: string;
  description?: string;
  head?: Html;
  /** Breadcrumb trail after « Offres d’emploi ». */
  trail?: { label: string; href?: string }[];
}

export function layout(options: LayoutOptions, main: Html) {
  const trail = [{ label: 'Offres d’emploi', href: '/offres' }, ...(options.trail ?? [])];
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
<link rel="stylesheet" href="/offres/offres.css">
${options.head ?? ''}
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="site" role="banner">
  <div class="inner">
    <a href="/offres">${SITE}</a>
    <p>Offres d’emploi des centres de santé de la Région Occitanie</p>
  </div>
</header>
<main id="contenu" tabindex="-1">
${trail.length > 1
    ? html`<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol>${trail.map((t, i) =>
        i === trail.length - 1 ? html`<li><span aria-current="page">${t.label}</span></li>` : html`<li><a href="${t.href}">${t.label}</a></li>`,
      )}</ol></nav>`
    : ''}
${main}
</main>
<footer class="site" role="contentinfo">
  <div class="inner">
    <p>Groupement d’intérêt public « ${SITE} » — Région Occitanie. Les centres de santé du GIP salarient leurs médecins, infirmier·es, sages-femmes et secrétaires médicaux.</p>
  </div>
</footer>
</body>
</html>`;
}

/** The page of /offres: filters (a GET form), the offers, pages. */
export function listPage(offers: Offer[], total: number, filters: OfferFilters) {
  const pages = Math.max(1, Math.ceil(total / OFFERS_PER_PAGE));
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (filters.department) params.set('departement', filters.department);
    if (filters.profession) params.set('profession', filters.profession);
    if (page > 1) params.set('page', String(page));
    const text = params.toString();
    return text ? `/offres?${text}` : '/offres';
  };
  const filtered = !!(filters.department || filters.profession);
  const countText = total === 0 ? 'Aucune offre' : total === 1 ? '1 offre' : `${number.format(total)} offres`;
  const title = `Offres d’emploi${filters.page > 1 ? ` — page ${filters.page}` : ''} — ${SITE}`;
  return layout(
    { title, description: 'Les postes à pourvoir dans les centres de santé du GIP « Ma santé, Ma Région » en Occitanie : médecins, infirmier·es, sages-femmes, secrétaires médicaux.' },
    html`<h1>Offres d’emploi dans les centres de santé</h1>
<form class="filters" method="get" action="/offres" role="search" aria-label="Filtrer les offres">
  <div class="field">
    <label for="departement">Département</label>
    <select id="departement" name="departement">
      <option value="">Tous les départements</option>
      ${occitanieDepartments.map((d) => html`<option value="${d.code}"${filters.department === d.code ? raw(' selected') : ''}>${d.name} (${d.code})</option>`)}
    </select>
  </div>
  <div class="field">
    <label for="profession">Profession</label>
    <select id="profession" name="profession">
      <option value="">Toutes les professions</option>
      ${professions.choices.map((p) => html`<option value="${p.id}"${filters.profession === p.id ? raw(' selected') : ''}>${p.name}</option>`)}
    </select>
  </div>
  <button type="submit">Filtrer</button>
  ${filtered ? html`<a class="button secondary" href="/offres">Voir toutes les offres</a>` : ''}
</form>
<p class="count" role="status">${countText}${filtered ? ' pour ces critères' : ' en ligne'}${pages > 1 ? ` — page ${filters.page} sur ${pages}` : ''}</p>
${offers.length
    ? html`<ul class="offers">${offers.map(
        (o) => html`<li>
  <h2><a href="/offres/${o.id}">${o.title}</a></h2>
  <dl class="meta">
    <dt>Centre</dt> <dd>${o.centreName}</dd>
    <dt>Lieu</dt> <dd>${o.communeName} (${o.departmentName}, ${o.departmentCode})</dd>
    <dt>Profession</dt> <dd>${professionText(o.profession)}</dd>
    <dt>Contrat</dt> <dd><span class="tag">${contractText(o.contract)}</span></dd>
    <dt>Clôture</dt> <dd>Candidatures jusqu’au ${frenchDay(o.closesOn!)}</dd>
  </dl>
</li>`,
      )}</ul>`
    : html`<div class="empty"><p><strong>${filtered ? 'Aucune offre ne correspond à ces critères pour le moment.' : filters.page > 1 ? 'Cette page ne contient aucune offre.' : 'Aucune offre n’est en ligne pour le moment.'}</strong></p>
<p>${filtered ? html`Essayez un autre département ou une autre profession, ou <a href="/offres">voyez toutes les offres</a>.` : filters.page > 1 ? html`<a href="/offres">Revenir à la première page</a>.` : 'De nouveaux postes ouvrent chaque mois : revenez bientôt.'}</p></div>`}
${pages > 1
    ? html`<nav class="pages" aria-label="Pages des offres"><ul>
  ${filters.page > 1 ? html`<li><a href="${query(filters.page - 1)}" rel="prev">Page précédente</a></li>` : ''}
  ${Array.from({ length: pages }, (_, i) => i + 1).map((p) =>
    p === filters.page ? html`<li><span aria-current="page">${p}</span></li>` : html`<li><a href="${query(p)}" aria-label="Page ${p}">${p}</a></li>`,
  )}
  ${filters.page < pages ? html`<li><a href="${query(filters.page + 1)}" rel="next">Page suivante</a></li>` : ''}
</ul></nav>`
    : ''}`,
  );
}

/** What the application form shows again after a refusal: the typed values (never the file) and a message per field. */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

/** The application form's fields, in order, with their labels (the error summary names them so). */
export const formFields = {
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'Adresse électronique',
  phone: 'Téléphone',
  profession: 'Profession',
  rpps: 'Numéro RPPS',
  message: 'Message',
  cv: 'CV',
  consent: 'Consentement',
} as const;
type FormField = keyof typeof formFields;

function field(state: FormState, name: FormField, input: (attrs: Html) => Html, options: { hint?: string; required?: boolean } = {}) {
  const error = state.errors[name];
  const described = [options.hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const attrs = html`id="${name}" name="${name}"${options.required ? raw(' required aria-required="true"') : ''}${error ? raw(' aria-invalid="true"') : ''}${described ? html` aria-describedby="${described}"` : ''}`;
  return html`<div class="field">
  <label for="${name}">${formFields[name]}${options.required ? raw(' <span aria-hidden="true">*</span>') : ' (facultatif)'}</label>
  ${options.hint ? html`<p class="hint" id="${name}-hint">${options.hint}</p>` : ''}
  ${error ? html`<p class="error-text" id="${name}-error">Erreur : ${error}</p>` : ''}
  ${input(attrs)}
</div>`;
}

function applicationForm(offer: Offer, state: FormState) {
  const v = (name: string) => state.values[name] ?? '';
  const errors = Object.entries(state.errors).filter(([k]) => k in formFields || k === 'form');
  const consent = currentConsent();
  const consentError = state.errors.consent;
  return html`<section class="apply" aria-labelledby="candidature">
<h2 id="candidature" tabindex="-1">Postuler à cette offre</h2>
${errors.length
    ? html`<div class="summary" role="alert" aria-labelledby="summary-title">
  <h3 id="summary-title">${errors.length === 1 ? 'Le formulaire contient une erreur' : `Le formulaire contient ${errors.length} erreurs`}</h3>
  <ul>${errors.map(([k, message]) => (k === 'form' ? html`<li>${message}</li>` : html`<li><a href="#${k}">${formFields[k as FormField]} : ${message}</a></li>`))}</ul>
</div>`
    : ''}
<p class="hint">Les champs marqués d’un astérisque (<span aria-hidden="true">*</span><span class="visually-hidden">astérisque</span>) sont obligatoires.</p>
<form class="apply" method="post" action="/offres/${offer.id}/candidature#candidature" enctype="multipart/form-data" novalidate>
  ${field(state, 'firstName', (a) => html`<input type="text" ${a} value="${v('firstName')}" autocomplete="given-name" maxlength="100">`, { required: true })}
  ${field(state, 'lastName', (a) => html`<input type="text" ${a} value="${v('lastName')}" autocomplete="family-name" maxlength="100">`, { required: true })}
  ${field(state, 'email', (a) => html`<input type="email" ${a} value="${v('email')}" autocomplete="email" maxlength="200">`, { required: true, hint: 'Format attendu : nom@exemple.fr' })}
  ${field(state, 'phone', (a) => html`<input type="tel" ${a} value="${v('phone')}" autocomplete="tel" maxlength="20">`, { hint: 'Par exemple 06 12 34 56 78' })}
  ${field(state, 'profession', (a) => html`<select ${a}>${professions.choices.map((p) => html`<option value="${p.id}"${(v('profession') || offer.profession) === p.id ? raw(' selected') : ''}>${p.name}</option>`)}</select>`, { required: true })}
  ${field(state, 'rpps', (a) => html`<input type="text" ${a} value="${v('rpps')}" inputmode="numeric" maxlength="11">`, { hint: '11 chiffres, pour les médecins, infirmier·es et sages-femmes' })}
  ${field(state, 'message', (a) => html`<textarea ${a} maxlength="4000" rows="6">${v('message')}</textarea>`, { hint: 'Vos disponibilités, vos questions… (4 000 caractères au plus)' })}
  ${field(state, 'cv', (a) => html`<input type="file" ${a} accept=".pdf,.docx,.odt,.jpg,.jpeg,.png,application/pdf">`, { required: true, hint: `${ACCEPTED_FILES_TEXT}, 10 Mo au plus` })}
  <div class="trap" aria-hidden="true">
    <label for="website">Ne remplissez pas ce champ</label>
    <input type="text" id="website" name="website" tabindex="-1" autocomplete="off" value="">
  </div>
  <div class="field">
    ${consentError ? html`<p class="error-text" id="consent-error">Erreur : ${consentError}</p>` : ''}
    <div class="consent">
      <input type="checkbox" id="consent" name="consent" value="${consent.version}" required aria-required="true"${v('consent') ? raw(' checked') : ''}${consentError ? raw(' aria-invalid="true" aria-describedby="consent-error"') : ''}>
      <label for="consent">${consent.text} <span aria-hidden="true">*</span></label>
    </div>
  </div>
  <div><button type="submit">Envoyer ma candidature</button></div>
</form>
</section>`;
}

/** `2 paragraphs\n\nseparated by a blank line` → <p>s (line breaks kept by CSS). */
const paragraphs = (text: string | null) => (text ?? '').split(/\n\s*\n/).filter((p) => p.trim()).map((p) => html`<p>${p.trim()}</p>`);

export function offerPage(offer: Offer, url: string, state: FormState = { values: {}, errors: {} }) {
  const refused = Object.keys(state.errors).length > 0;
  return layout(
    {
      title: `${refused ? 'Erreur : ' : ''}${offer.title} — ${offer.communeName} — Offres d’emploi — ${SITE}`,
      description: `${offer.title}, ${offer.centreName} (${offer.communeName}, ${offer.departmentName}) : ${contractText(offer.contract)}, ${salaryText(offer)}.`,
      head: jsonLdBlock(jobPosting(offer, url)),
      trail: [{ label: offer.title }],
    },
    html`<article>
<h1>${offer.title}</h1>
<p class="meta"><span>${offer.centreName}</span><span>${offer.communeName} (${offer.departmentName}, ${offer.departmentCode})</span></p>
<div class="layout">
  <div>
    <h2>Le poste</h2>
    <dl class="facts">
      <dt>Profession</dt> <dd>${professionText(offer.profession)}</dd>
      <dt>Contrat</dt> <dd>${contractText(offer.contract)}</dd>
      <dt>Temps de travail</dt> <dd>${fteText(offer.fte)}</dd>
      <dt>Salaire</dt> <dd>${salaryText(offer)}</dd>
      <dt>Prise de poste</dt> <dd>${offer.plannedStartOn ? `à partir du ${frenchDay(offer.plannedStartOn)}` : ''}</dd>
      <dt>Candidatures</dt> <dd>jusqu’au ${frenchDay(offer.closesOn!)}</dd>
      <dt>Publiée le</dt> <dd>${frenchDay(offer.publishedOn!)}</dd>
    </dl>
    <h2>Description</h2>
    <div class="text">${paragraphs(offer.description)}</div>
    <h2>Profil recherché</h2>
    <div class="text">${paragraphs(offer.requirements)}</div>
  </div>
  <aside aria-labelledby="centre-title">
    <h2 id="centre-title">Le centre</h2>
    <p><strong>${offer.centreName}</strong><br>${offer.address ?? `${offer.postalCode ?? ''} ${offer.communeName}`.trim()}</p>
    <h3>Services proposés</h3>
    ${offer.services.length ? html`<ul>${offer.services.map((s) => html`<li>${serviceChoices.label(s as never)}</li>`)}</ul>` : html`<p>Soins de médecine générale.</p>`}
    ${departmentMap(offer.departmentCode, offer.departmentName)}
  </aside>
</div>
${applicationForm(offer, state)}
</article>`,
  );
}

/** A page that says one thing: 404, 410, 413, 429, 500, 503 and the confirmation. */
export function messagePage(title: string, body: Html, options: { ok?: boolean } = {}) {
  return layout(
    { title: `${title} — ${SITE}`, trail: [{ label: title }] },
    html`<h1>${title}</h1>
<div class="notice${options.ok ? ' ok' : ''}">${body}</div>
<p><a href="/offres">Voir toutes les offres d’emploi</a></p>`,
  );
}

export const notFoundPage = () =>
  messagePage('Offre introuvable', html`<p>Cette offre n’existe pas ou n’est pas publiée. Elle a peut-être été retirée, ou l’adresse est incomplète.</p>`);

export const closedPage = (offer: Offer) =>
  messagePage(
    'Cette offre est close',
    html`<p>L’offre « ${offer.title} » (${offer.centreName}) ne reçoit plus de candidature : le poste est pourvu ou la date de clôture est passée.</p>
<p>D’autres postes sont peut-être ouverts près de ${offer.communeName}.</p>`,
  );

export const confirmationPage = () =>
  messagePage(
    'Candidature envoyée',
    html`<p><strong>Merci : votre candidature a bien été reçue.</strong></p>
<p>L’équipe des ressources humaines du GIP l’étudie et vous répondra par courriel. Vous pouvez retirer votre consentement ou demander l’effacement de vos données à tout moment (dpo@masantemaregion.fr).</p>`,
    { ok: true },
  );
