import { communeByCode, departments, type Commune } from '../../domain/reference';

/** The 13 departments of Occitanie for a SelectInput: « Ariège (09) ». */
export const departmentChoices = departments.map((d) => ({ id: d.code, name: `${d.name} (${d.code})` }));

/** « Sainte-Croix-Volvestre (09257) », or the bare code when it is not a commune of Occitanie. */
export function communeLabel(code: string | null | undefined | Commune): string {
  if (!code) return '';
  const commune = typeof code === 'string' ? communeByCode(code) : code;
  return commune ? `${commune.name} (${commune.code})` : String(code);
}
