/**
 * The right-of-access export as a readable French page, to print or send to the person
 * (`GET /api/candidates/<id>/export?format=html`). Server-rendered with hono/html, which escapes every
 * value (a note holding `<script>` is shown as text). No script; its one inline stylesheet is allowed by
 * its hash in the page's Content-Security-Policy (routes.ts), the public offers' styles plus print rules.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { frenchDateTime } from '../../domain/datetime';
import { auditActions, documentKinds, emailStatuses, interviewStatuses, stages } from '../../domain/enums';
import { candidates as candidatesResource, resourceByName } from '../../domain/resources';
import type { ResourceDescription } from '../../domain/resource';
import { OFFERS_CSS } from '../offers/style';
import type { CandidateExport } from './export';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Print rules: no header colours nor links' decoration on paper, sections kept whole where they fit. */
export const EXPORT_CSS = `${OFFERS_CSS}
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; border: 1px solid var(--line); padding: 0.35rem 0.5rem; }
th[scope=row] { width: 14rem; background: var(--soft); }
.notice { background: var(--soft); padding: 0.75rem 1rem; border-radius: 0.5rem; }
.empty { color: var(--muted); font-style: italic; }
pre.body { white-space: pre-wrap; font: inherit; margin: 0; }
article.item { border-top: 1px solid var(--line); padding: 0.5rem 0; }
@media print {
  header.site { background: none; color: var(--ink); border-bottom: 2px solid var(--ink); }
  header.site a { color: var(--ink); }
  .skip { display: none; }
  a { color: var(--ink); text-decoration: none; }
  main { max-width: none; padding: 0; }
  section, article.item, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;

/** jj/mm/aaaa from an ISO day. */
export const frenchDay = (iso: string | null | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
const when = (iso: unknown) => (typeof iso === 'string' && iso ? frenchDateTime(iso) : '');
const NONE = html`<p class="empty">Aucun</p>`;
const NONE_F = html`<p class="empty">Aucune</p>`;

/** A field's value as users read it (enum labels, French dates). */
function shown(description: ResourceDescription, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const f = description.fields[field];
  if (f?.choices) return f.choices.find((c) => c.id === value)?.name ?? String(value);
  if (f?.kind === 'date') return frenchDay(String(value));
  if (f?.kind === 'datetime') return when(value);
  return String(value);
}

const history = (a: { stageHistory?: unknown }) => (a.stageHistory as { stage: string; on: string }[] | undefined) ?? [];

const section = (id: string, title: string, body: Html | Html[]) => html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>`;

export function exportPage(data: CandidateExport): Html {
  const c = data.candidate;
  const name = `${c.firstName ?? ''} ${c.lastName ?? ''}`.trim();
  const identity = html`<table><tbody>${Object.keys(candidatesResource.fields)
    .filter((f) => f !== 'version')
    .map((f) => html`<tr><th scope="row">${candidatesResource.fields[f].label}</th><td>${shown(candidatesResource, f, c[f])}</td></tr>`)}</tbody></table>`;

  const consents = data.consents.length
    ? html`<table><thead><tr><th scope="col">Date</th><th scope="col">Version du texte</th><th scope="col">Recueilli par</th></tr></thead><tbody>${data.consents.map(
        (k) => html`<tr><td>${when(k.givenAt)}</td><td>${k.version}</td><td>${k.channel === 'formulaire_offre' ? 'Formulaire de candidature en ligne' : k.channel}</td></tr>`,
      )}</tbody></table>`
    : NONE;

  const applications = data.applications.length
    ? data.applications.map(
        (a) => html`<article class="item"><h3>Candidature n° ${a.id} — ${a.positionLabel ?? ''}</h3>
<p>Reçue le ${frenchDay(String(a.appliedOn))} ; étape actuelle : ${stages.label(a.stage as never)} (depuis le ${frenchDay(String(a.stageOn))}).</p>
${history(a).length ? html`<ol>${history(a).map((s) => html`<li>${frenchDay(s.on)} : ${stages.label(s.stage as never)}</li>`)}</ol>` : ''}</article>`,
      )
    : NONE_F;

  const interviews = data.interviews.length
    ? data.interviews.map(
        (i) => html`<article class="item"><h3>Entretien du ${when(i.startsAt)}</h3>
<p>${String(i.positionLabel ?? '')} — ${String(i.location)}, ${String(i.durationMinutes)} min — ${interviewStatuses.label(i.status as never)}.</p>
<p>Jury : ${i.panel.length ? i.panel.map((p) => p.name).join(', ') : 'aucun'}</p>
${i.feedback.length
    ? html`<ul>${i.feedback.map((f) => html`<li>${f.userName ?? ''} : ${String(f.rating)}/5${f.comment ? html` — ${String(f.comment)}` : ''}</li>`)}</ul>`
    : html`<p class="empty">Aucun avis</p>`}</article>`,
      )
    : NONE;

  const notes = data.notes.length
    ? data.notes.map((n) => html`<article class="item"><h3>${when(n.createdAt)} — ${n.authorName ?? ''}</h3><pre class="body">${String(n.body)}</pre></article>`)
    : NONE_F;

  const emails = data.emails.length
    ? data.emails.map(
        (e) => html`<article class="item"><h3>${e.subject}</h3>
<p>À ${e.to}, créé le ${when(e.createdAt)}${e.sentAt ? html`, envoyé le ${when(e.sentAt)}` : ''} — ${emailStatuses.label(e.status as never)}${e.attachments.length ? html` — pièces jointes : ${e.attachments.join(', ')}` : ''}</p>
<pre class="body">${e.body}</pre></article>`,
      )
    : NONE;

  const documents = data.documents.length
    ? html`<ul>${data.documents.map(
        (d) => html`<li>${documentKinds.label(d.kind as never)} : <a href="${d.downloadUrl}">${String(d.fileName)}</a> (${Math.ceil(Number(d.size) / 1024)} Ko, déposé le ${when(d.createdAt)})</li>`,
      )}</ul>`
    : NONE;

  const audit = data.audit.length
    ? html`<table><thead><tr><th scope="col">Date</th><th scope="col">Par</th><th scope="col">Action</th><th scope="col">Sur</th></tr></thead><tbody>${data.audit.map(
        (a) => html`<tr><td>${when(a.at)}</td><td>${String(a.userName ?? '—')}</td><td>${auditLabel(String(a.action))}</td><td>${recordName(String(a.resource))} n° ${String(a.recordId ?? '')}</td></tr>`,
      )}</tbody></table>`
    : NONE_F;

  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Données personnelles de ${name} — Ma santé, Ma Région</title>
<style>${EXPORT_CSS_RAW}</style>
</head>
<body>
<header class="site" role="banner"><div class="inner"><span>Ma santé, Ma Région</span><p>Droit d’accès aux données personnelles</p></div></header>
<main id="contenu">
<h1>Données personnelles de ${name}</h1>
<p>Document établi le ${when(data.generatedAt)}.</p>
<p class="notice">${data.notice}</p>
${section('identite', 'Identité et coordonnées', identity)}
${section('consentements', 'Consentements', consents)}
${section('candidatures', 'Candidatures', applications)}
${section('entretiens', 'Entretiens', interviews)}
${section('notes', 'Notes', notes)}
${section('courriels', 'Courriels', emails)}
${section('documents', 'Documents', documents)}
${section('historique', 'Historique des opérations', audit)}
</main>
</body>
</html>`;
}

/** « Candidature », « Note »… for an audit entry's resource; the name itself for anything else (« consents »). */
const recordName = (resource: string) => (Object.hasOwn(resourceByName, resource) ? resourceByName[resource as keyof typeof resourceByName].label.one : resource);
const auditLabel = (action: string) => auditActions.label(action as never);
const EXPORT_CSS_RAW = raw(EXPORT_CSS);

/** 'sha256-…' of the inline stylesheet, for the page's Content-Security-Policy (computed once). */
let styleHash: Promise<string> | undefined;
export function exportStyleHash(): Promise<string> {
  return (styleHash ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(EXPORT_CSS)).then((d) => {
    let bin = '';
    for (const b of new Uint8Array(d)) bin += String.fromCharCode(b);
    return `'sha256-${btoa(bin)}'`;
  }));
}
