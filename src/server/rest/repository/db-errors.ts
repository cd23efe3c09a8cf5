/** Database errors (constraint violations, values a column cannot hold) as 400 and 409 answers. */
import { badRequest, conflict, pgError } from '../../errors';
import { bindings, own, type Binding } from '../bindings';

/**
 * How users name the records behind a foreign-key constraint (`<table>_…_fk`): the table's owner says it
 * (`referencedAs` of its binding); the longest table name wins (`centre_members_…` is not `centres_…`).
 */
function referencingName(constraint: string | undefined): string | undefined {
  const owned = Object.values(bindings).flatMap((b) => Object.entries(b.referencedAs ?? {}));
  const match = owned.filter(([table]) => constraint?.startsWith(`${table}_`)).sort(([x], [y]) => y.length - x.length)[0];
  return match?.[1];
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Turns constraint violations into 400/409 answers that say which field and why. */
export async function translateErrors<T>(b: Binding, kind: 'write' | 'delete', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const pg = pgError(error);
    if (!pg) throw error;
    const known = pg.constraint ? own(b.constraintMessages, pg.constraint) : undefined;
    const field =
      known?.field ??
      Object.keys(b.resource.fields)
        .filter((f) => f !== 'id' && pg.constraint?.includes(`_${snake(f)}_`))
        .sort((x, y) => y.length - x.length)[0];
    const errors = field ? { [field]: known?.message ?? 'Valeur refusée' } : undefined;
    switch (pg.code) {
      case '23503': {
        if (kind === 'delete') {
          throw conflict(
            `Suppression impossible : ${b.resource.label.one.toLowerCase()} est utilisé par ${referencingName(pg.constraint) ?? 'd’autres données'}.`,
          );
        }
        throw badRequest(known?.message ?? 'Référence inconnue', field ? { [field]: known?.message ?? 'Enregistrement inconnu' } : undefined);
      }
      case '23505':
        throw badRequest(known?.message ?? 'Cette valeur est déjà utilisée', field ? { [field]: known?.message ?? 'Déjà utilisé' } : undefined);
      case '23514':
      case '23502':
        throw badRequest(known?.message ?? 'Données refusées par une règle de cohérence', errors);
      case '22P02':
      case '22003':
      case '22007':
      case '22008':
        throw badRequest('Valeur invalide', errors);
      default:
        throw error;
    }
  }
}
