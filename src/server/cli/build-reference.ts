/**
 * Builds src/domain/reference/occitanie.json, the reference geography of the Région Occitanie (code 76),
 * from the pinned `@etalab/decoupage-administratif` package: its 13 departments, its current communes and
 * the EPCIs (intercommunalities) with at least one commune in it.
 *
 *   npm run build:reference
 *
 * Populations all come from ONE file, communes.json (the populations inside epci.json are another
 * vintage): a department's and an EPCI's population are the sums of their communes'.
 * The package's index.js is broken (it reads ./data relative to the working directory), so the JSON
 * files are read directly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REGION = '76';
const require = createRequire(import.meta.url);
const packageName = '@etalab/decoupage-administratif';

interface SourceCommune {
  code: string;
  nom: string;
  departement: string;
  region: string;
  type: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
}
interface SourceEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string; siren: string; nom: string }[];
}
interface SourceDepartment {
  code: string;
  nom: string;
  region: string;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(require.resolve(`${packageName}/data/${file}`), 'utf8')) as T;
const packageVersion = (JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')) as { version: string }).version;

const allCommunes = read<SourceCommune[]>('communes.json').filter((c) => c.type === 'commune-actuelle');
const epciSource = read<SourceEpci[]>('epci.json');
const departmentSource = read<SourceDepartment[]>('departements.json').filter((d) => d.region === REGION);

const populationOf = new Map(allCommunes.map((c) => [c.code, c.population ?? 0]));
const departmentOf = new Map(allCommunes.map((c) => [c.code, c.departement]));
const epciOfCommune = new Map<string, string>();
for (const epci of epciSource) for (const m of epci.membres) epciOfCommune.set(m.code, epci.code);

const communes = allCommunes
  .filter((c) => c.region === REGION)
  .sort((a, b) => a.code.localeCompare(b.code));
for (const c of communes) {
  if (c.code.slice(0, 2) !== c.departement) throw new Error(`Commune ${c.code}: department ${c.departement} is not its code's prefix`);
  if (c.population == null) throw new Error(`Commune ${c.code} has no population`);
}
const inRegion = new Set(communes.map((c) => c.code));

const departments = departmentSource
  .map((d) => ({
    code: d.code,
    name: d.nom,
    population: communes.filter((c) => c.departement === d.code).reduce((sum, c) => sum + (c.population ?? 0), 0),
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

const epcis = epciSource
  .filter((e) => e.membres.some((m) => inRegion.has(m.code)))
  .map((e) => ({
    siren: e.code,
    name: e.nom,
    type: e.type,
    population: e.membres.reduce((sum, m) => sum + (populationOf.get(m.code) ?? 0), 0),
    departmentCodes: [...new Set(e.membres.map((m) => departmentOf.get(m.code) ?? m.code.slice(0, 2)))].sort(),
  }))
  .sort((a, b) => a.siren.localeCompare(b.siren));

const output = {
  source: `${packageName} ${packageVersion} (code MIT, données Licence Ouverte)`,
  region: REGION,
  /** Communes are stored as arrays, in this order, to keep the file small. */
  communeFields: ['code', 'name', 'population', 'epci', 'siren', 'postalCode'],
  departments,
  epcis,
  communes: communes.map((c) => [c.code, c.nom, c.population, epciOfCommune.get(c.code) ?? null, c.siren ?? null, c.codesPostaux?.[0] ?? null]),
};

// One commune, EPCI or department per line: small and readable diffs when the package is updated.
const lines = (rows: unknown[]) => rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
const text =
  '{\n' +
  `  "source": ${JSON.stringify(output.source)},\n` +
  `  "region": ${JSON.stringify(output.region)},\n` +
  `  "communeFields": ${JSON.stringify(output.communeFields)},\n` +
  `  "departments": [\n${lines(output.departments)}\n  ],\n` +
  `  "epcis": [\n${lines(output.epcis)}\n  ],\n` +
  `  "communes": [\n${lines(output.communes)}\n  ]\n` +
  '}\n';
JSON.parse(text); // sanity

const target = fileURLToPath(new URL('../../domain/reference/occitanie.json', import.meta.url));
writeFileSync(target, text);
console.log(
  `${target}: ${departments.length} départements, ${communes.length} communes, ${epcis.length} EPCI, ${(text.length / 1024).toFixed(0)} Ko`,
);
