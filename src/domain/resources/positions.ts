import { z } from 'zod';
import { todayInFrance } from '../calendar';
import { positionStatuses, professions } from '../enums';
import { ALL, defineResource, policy, READ } from '../resource';
import { enumOf, fte, id, isoDate, optionalText } from '../schemas';

export const positionSchema = z.object({
  centreId: id,
  profession: enumOf(professions.values),
  title: optionalText(200),
  fte,
  status: enumOf(positionStatuses.values),
  published: z.boolean().default(false),
  openedOn: isoDate,
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
    // Computed by the server (positionLabel): title, centre, FTE and since when, to tell positions apart.
    label: { label: 'Libellé', kind: 'text', readOnly: true },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: positionSchema,
  defaultSort: ['openedOn', 'DESC'],
  representation: ['label'],
  policy: policy({ admin: ALL, region: READ, hr: ALL, member: { read: 'scoped' } }),
});
