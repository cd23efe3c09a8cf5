/**
 * Reference geography of the Région Occitanie (code 76): its 13 departments, its 4,446 current communes
 * and the 164 EPCIs (intercommunalities) with at least one commune in it, with INSEE codes, SIREN and
 * population. Built from `@etalab/decoupage-administratif` by `npm run build:reference` into
 * occitanie.json (committed); usable in Node and in the browser (no node: import).
 *
 * Populations come from one vintage (the package's communes.json): a department's and an EPCI's
 * population are the sums of their communes'. For an EPCI that straddles the regional border the
 * population counts all its communes, and `departmentCodes` lists every department it spans (some
 * outside Occitanie); `mainDepartmentCode` is the Occitanie department where most of its inhabitants live.
 */
import { fold } from '../text';
import data from './occitanie.json';

export interface Department {
  readonly code: string;
  readonly name: string;
  readonly population: number;
}

export interface Commune {
  /** INSEE code. */
  readonly code: string;
  readonly name: string;
  readonly departmentCode: string;
  readonly population: number;
  /** SIREN of its EPCI (every commune of Occitanie belongs to one). */
  readonly epci: string | null;
  /** SIREN of the commune itself (a member of college 3 may be a commune). */
  readonly siren: string | null;
  /** Its first postal code. */
  readonly postalCode: string | null;
}

export type EpciType = 'CC' | 'CA' | 'CU' | 'METRO';

export interface Epci {
  readonly siren: string;
  readonly name: string;
  readonly type: EpciType;
  readonly population: number;
  readonly departmentCodes: readonly string[];
  readonly mainDepartmentCode: string;
}

type CommuneRow = [string, string, number, string | null, string | null, string | null];

interface ReferenceFile {
  source: string;
  region: string;
  communeFields: string[];
  departments: Department[];
  epcis: Omit<Epci, 'mainDepartmentCode'>[];
  communes: CommuneRow[];
}

const file = data as unknown as ReferenceFile;

/** Where the data comes from (credit it where it is shown). */
export const referenceSource: string = file.source;
export const regionCode: string = file.region;

export const departments: readonly Department[] = file.departments;

export const communes: readonly Commune[] = file.communes.map(([code, name, population, epci, siren, postalCode]) => ({
  code,
  name,
  departmentCode: code.slice(0, 2),
  population,
  epci,
  siren,
  postalCode,
}));

const communeIndex = new Map(communes.map((c) => [c.code, c]));

/** Occitanie inhabitants of each EPCI per department, to pick its main department. */
const epciDepartmentPopulation = new Map<string, Map<string, number>>();
for (const c of communes) {
  if (!c.epci) continue;
  const byDepartment = epciDepartmentPopulation.get(c.epci) ?? new Map<string, number>();
  byDepartment.set(c.departmentCode, (byDepartment.get(c.departmentCode) ?? 0) + c.population);
  epciDepartmentPopulation.set(c.epci, byDepartment);
}

export const epcis: readonly Epci[] = file.epcis.map((e) => {
  const byDepartment = [...(epciDepartmentPopulation.get(e.siren) ?? new Map<string, number>())];
  byDepartment.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { ...e, mainDepartmentCode: byDepartment[0]?.[0] ?? e.departmentCodes[0] };
});

const departmentIndex = new Map(departments.map((d) => [d.code, d]));
const epciIndex = new Map(epcis.map((e) => [e.siren, e]));

export function departmentByCode(code: string): Department | undefined {
  return departmentIndex.get(code);
}

export function communeByCode(code: string): Commune | undefined {
  return communeIndex.get(code);
}

export function epciBySiren(siren: string): Epci | undefined {
  return epciIndex.get(siren);
}

/** The communes of an EPCI that lie in Occitanie. */
export function communesOfEpci(siren: string): Commune[] {
  return communes.filter((c) => c.epci === siren);
}

let foldedNames: string[] | undefined;

/**
 * Communes whose name contains `text`, accent-, case- and hyphen-insensitively (« sainte croix volv »
 * finds Sainte-Croix-Volvestre), or whose INSEE code or postal code starts with it (« 0925 »). Exact
 * names first, then names starting with the text, then names with a word starting with it, then the
 * rest; the most populated first within each group.
 */
export function searchCommunes(text: string, limit = 20): Commune[] {
  const query = fold(text).replace(/\s+/g, ' ').trim();
  if (!query || limit <= 0) return [];
  foldedNames ??= communes.map((c) => fold(c.name).replace(/\s+/g, ' '));
  const names = foldedNames;
  const scored: { commune: Commune; rank: number }[] = [];
  communes.forEach((commune, i) => {
    const name = names[i];
    let rank = -1;
    if (name === query) rank = 0;
    else if (name.startsWith(query)) rank = 1;
    else if (name.includes(` ${query}`)) rank = 2;
    else if (name.includes(query)) rank = 3;
    else if (/^\d/.test(query) && (commune.code.startsWith(query) || commune.postalCode?.startsWith(query))) rank = 1;
    if (rank >= 0) scored.push({ commune, rank });
  });
  scored.sort(
    (a, b) => a.rank - b.rank || b.commune.population - a.commune.population || (a.commune.code < b.commune.code ? -1 : 1),
  );
  return scored.slice(0, limit).map((s) => s.commune);
}
