import { z } from 'zod';
import { todayInFrance } from '../calendar';
import { contracts, positionStatuses, professions } from '../enums';
import type { FieldErrors } from '../field-errors';
import { ALL, defineResource, policy, READ } from '../resource';
import { enumOf, fte, id, isoDate, nullable, numberFrom, optionalDate, optionalText } from '../schemas';

/** A gross yearly salary in whole euros, above zero. */
const salary = nullable(numberFrom('Montant attendu').pipe(z.number().int('Montant en euros entiers').positive('Le salaire doit être supérieur à 0')));

/** What a job ad needs before it is published (besides its title), in the order the form shows them. */
export const adFields = ['title', 'description', 'requirements', 'contract', 'salaryMin', 'salaryMax', 'plannedStartOn', 'publishedOn', 'closesOn'] as const;
export type AdField = (typeof adFields)[number];

export const AD_FIELD_REQUIRED = 'Obligatoire pour publier l’offre';
export const PUBLISH_CLOSED_POSITION = 'Seul un poste ouvert peut être publié';

type AdDraft = Partial<Record<AdField, unknown>> & { published?: unknown; status?: unknown };

/**
 * Why a job ad cannot be published as it is: each ad field left empty (a French message on each), and
 * — when the write publishes it (`publishing`: it was not published before) — a position that is not
 * open. A position filled or frozen while its ad is online keeps `published` (the public page then
 * answers « Cette offre est close », 410), so the status is only checked at publication. The zod
 * schema below applies the fields' rule on every write of a published position; the server's binding
 * adds the status at publication; « Publier l’offre » shows the same list before it sends anything.
 */
export function publicationErrors(p: AdDraft, publishing = true): FieldErrors {
  const errors: FieldErrors = {};
  if (publishing && p.status !== undefined && p.status !== 'ouvert') errors.status = PUBLISH_CLOSED_POSITION;
  for (const field of adFields) {
    const value = p[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) errors[field] = AD_FIELD_REQUIRED;
  }
  return errors;
}

export const positionSchema = z
  .object({
    centreId: id,
    profession: enumOf(professions.values),
    title: optionalText(200),
    fte,
    status: enumOf(positionStatuses.values),
    published: z.boolean().default(false),
    openedOn: isoDate,
    // The job ad (shown at /offres once published).
    description: optionalText(8000, { multiline: true }),
    requirements: optionalText(4000, { multiline: true }),
    contract: nullable(enumOf(contracts.values)),
    salaryMin: salary,
    salaryMax: salary,
    plannedStartOn: optionalDate,
    publishedOn: optionalDate,
    closesOn: optionalDate,
  })
  .superRefine((p, ctx) => {
    if (p.salaryMin !== null && p.salaryMax !== null && p.salaryMin > p.salaryMax)
      ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'Le salaire maximal est inférieur au salaire minimal' });
    if (p.publishedOn && p.closesOn && p.closesOn < p.publishedOn)
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'La clôture précède la publication' });
    if (p.published)
      for (const [field, message] of Object.entries(publicationErrors(p, false))) ctx.addIssue({ code: 'custom', path: [field], message });
  });

/** A status as stored (one of positionStatuses). */
type PositionStatus = (typeof positionStatuses.values)[number] | (string & {});

/** `2025-02-03` → `03/02/2025`. */
export const frenchDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const frenchFte = (n: number) => `${n.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} ETP`;

/** Since when a position is in its status: opened on `openedOn`; filled on `filledOn` (the start of its latest running contract). */
export function positionSince(p: { status: PositionStatus; openedOn: string; filledOn?: string | null }, today = todayInFrance()): string {
  if (p.status === 'ouvert') return `ouvert depuis le ${frenchDay(p.openedOn)}`;
  if (p.status === 'gele') return `gelé (ouvert le ${frenchDay(p.openedOn)})`;
  if (!p.filledOn) return 'pourvu';
  return p.filledOn <= today ? `pourvu depuis le ${frenchDay(p.filledOn)}` : `pourvu à compter du ${frenchDay(p.filledOn)}`;
}

/** Whether a title names the centre's place: « Sainte-Croix » or « Sainte-Croix-Volvestre » for « Centre de santé de Sainte-Croix-Volvestre ». */
function namesPlace(title: string, centreName: string): boolean {
  const place = centreName.replace(/^(Centre de santé|Antenne)( de la | de l’| de | d’| du | des )?/, '').split('-');
  for (let k = place.length; k >= Math.min(2, place.length); k--) if (title.includes(place.slice(0, k).join('-'))) return true;
  return false;
}

/**
 * How a position is named in pickers, lists and exports (its `label`, computed by the server): several
 * positions share a title (« Médecin généraliste — Lacaune »), so the label adds the centre when the
 * title does not name it, the FTE and since when it is open or filled:
 * « Médecin généraliste — Lacaune — 1 ETP — ouvert depuis le 03/02/2025 ».
 */
export function positionLabel(
  p: { title?: string | null; profession: string; fte: number; status: PositionStatus; openedOn: string; filledOn?: string | null; centreName?: string | null },
  today = todayInFrance(),
): string {
  const title = p.title || professions.label(p.profession as (typeof professions.values)[number]);
  const centre = p.centreName && !namesPlace(title, p.centreName) ? p.centreName : undefined;
  return [title, centre, frenchFte(p.fte), positionSince(p, today)].filter(Boolean).join(' — ');
}

/** Why a position takes no new application, or undefined when it is open. */
export function closedPositionReason(p: { status: PositionStatus; openedOn: string; filledOn?: string | null }, today = todayInFrance()): string | undefined {
  if (p.status === 'ouvert') return undefined;
  return `Ce poste n’est pas ouvert (${positionSince(p, today)}) : il ne prend plus de candidature`;
}

/** A position is filled when the FTE of its running contracts covers its own (0.8 + 0.2 covers 1). */
export const fteCovered = (positionFte: number, runningFte: number) => runningFte >= positionFte - 1e-9;

export const positions = defineResource({
  name: 'positions',
  label: { one: 'Poste', many: 'Postes' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    centreId: { label: 'Centre', kind: 'reference', reference: 'centres', sortable: true, filter: 'eq' },
    profession: { label: 'Profession', kind: 'enum', choices: professions.choices, sortable: true, filter: 'eq' },
    title: { label: 'Intitulé', kind: 'text', sortable: true, search: true },
    fte: { label: 'ETP', kind: 'number', sortable: true, filter: 'range' },
    status: { label: 'Statut', kind: 'enum', choices: positionStatuses.choices, sortable: true, filter: 'eq' },
    published: { label: 'Offre publiée', kind: 'boolean', sortable: true, filter: 'eq' },
    openedOn: { label: 'Ouvert le', kind: 'date', sortable: true, filter: 'range' },
    description: { label: 'Description du poste', kind: 'text' },
    requirements: { label: 'Profil recherché', kind: 'text' },
    contract: { label: 'Contrat', kind: 'enum', choices: contracts.choices, sortable: true, filter: 'eq' },
    salaryMin: { label: 'Salaire minimal (brut annuel)', kind: 'integer', sortable: true, filter: 'range', unit: 'euro' },
    salaryMax: { label: 'Salaire maximal (brut annuel)', kind: 'integer', sortable: true, filter: 'range', unit: 'euro' },
    plannedStartOn: { label: 'Prise de poste prévue', kind: 'date', sortable: true, filter: 'range' },
    publishedOn: { label: 'Publiée le', kind: 'date', sortable: true, filter: 'range' },
    closesOn: { label: 'Clôture des candidatures', kind: 'date', sortable: true, filter: 'range' },
    // Computed by the server (positionLabel): title, centre, FTE and since when, to tell positions apart.
    label: { label: 'Libellé', kind: 'text', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: positionSchema,
  defaultSort: ['openedOn', 'DESC'],
  representation: ['label'],
  policy: policy({ admin: ALL, region: READ, hr: ALL, member: { read: 'scoped' } }),
});
