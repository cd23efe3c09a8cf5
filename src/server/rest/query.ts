import { isIsoDate } from '../../domain/calendar';
import type { ResourceDescription } from '../../domain/resource';
import { badRequest } from '../errors';
import { own } from './bindings';

/** The ra-data-simple-rest query string, parsed and checked against a resource's description. */
export interface ListQuery {
  sort: { field: string; order: 'asc' | 'desc' };
  /** Absent when the client sent no range (getMany): every matching record, up to MAX_ROWS. */
  range?: { offset: number; limit: number };
  filters: Filter[];
  q?: string;
}

export type Filter =
  | { field: string; op: 'eq'; value: unknown }
  | { field: string; op: 'in'; values: unknown[] }
  | { field: string; op: 'gte' | 'lte'; value: unknown };

/** Hard cap on the rows one request may return. */
export const MAX_ROWS = 1000;

function parseJson(name: string, raw: string | undefined): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`Paramètre « ${name} » : JSON invalide`);
  }
}

export function parseListQuery(resource: ResourceDescription, params: URLSearchParams): ListQuery {
  const sortParam = parseJson('sort', params.get('sort') ?? undefined);
  let sort: ListQuery['sort'] = {
    field: resource.defaultSort[0],
    order: resource.defaultSort[1] === 'DESC' ? 'desc' : 'asc',
  };
  if (sortParam !== undefined) {
    if (!Array.isArray(sortParam) || typeof sortParam[0] !== 'string')
      throw badRequest('Paramètre « sort » : ["champ", "ASC" | "DESC"] attendu');
    const [field, order = 'ASC'] = sortParam as [string, unknown];
    if (!own(resource.fields, field)?.sortable) throw badRequest(`Tri impossible sur le champ « ${field} »`);
    if (order !== 'ASC' && order !== 'DESC') throw badRequest('Ordre de tri : « ASC » ou « DESC » attendu');
    sort = { field, order: order === 'DESC' ? 'desc' : 'asc' };
  }

  const rangeParam = parseJson('range', params.get('range') ?? undefined);
  let range: ListQuery['range'];
  if (rangeParam !== undefined) {
    if (
      !Array.isArray(rangeParam) ||
      rangeParam.length !== 2 ||
      !rangeParam.every((n) => Number.isSafeInteger(n) && n >= 0) ||
      rangeParam[1] < rangeParam[0]
    )
      throw badRequest('Paramètre « range » : [début, fin] attendu, entiers positifs, début ≤ fin');
    const [start, end] = rangeParam as [number, number];
    if (end - start + 1 > MAX_ROWS) throw badRequest(`Au plus ${MAX_ROWS} enregistrements par page`);
    range = { offset: start, limit: end - start + 1 };
  }

  const filterParam = parseJson('filter', params.get('filter') ?? undefined) ?? {};
  if (typeof filterParam !== 'object' || filterParam === null || Array.isArray(filterParam))
    throw badRequest('Paramètre « filter » : objet JSON attendu');
  const filters: Filter[] = [];
  let q: string | undefined;
  for (const [key, value] of Object.entries(filterParam)) {
    if (key === 'q') {
      if (typeof value !== 'string') throw badRequest('Recherche « q » : texte attendu');
      if (value.trim()) q = value.trim().slice(0, 200);
      continue;
    }
    const bound = /^(.*)_(gte|lte)$/.exec(key);
    const field = bound ? bound[1] : key;
    const spec = own(resource.fields, field) ?? own(resource.filters, field);
    if (!spec?.filter || (bound && spec.filter !== 'range'))
      throw badRequest(`Filtre impossible sur « ${key} »`);
    if (bound) filters.push({ field, op: bound[2] as 'gte' | 'lte', value: checkValue(field, spec.kind, value, spec.choices) });
    else if (Array.isArray(value)) {
      if (value.length > MAX_ROWS) throw badRequest(`Au plus ${MAX_ROWS} valeurs par filtre`);
      filters.push({ field, op: 'in', values: value.map((v) => checkValue(field, spec.kind, v, spec.choices)) });
    } else filters.push({ field, op: 'eq', value: value === null ? null : checkValue(field, spec.kind, value, spec.choices) });
  }
  if (!range && !filters.some((f) => f.field === 'id' && f.op === 'in')) range = { offset: 0, limit: MAX_ROWS };
  return { sort, range, filters, q };
}

const MAX_INT = 2_147_483_647;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** A filter value of the field's type, or a 400 that says what was expected. */
function checkValue(field: string, kind: string, value: unknown, choices?: readonly { id: string | number }[]): unknown {
  const fail = (expected: string) => badRequest(`Filtre « ${field} » : ${expected} attendu`);
  switch (kind) {
    case 'id':
    case 'integer':
    case 'reference':
    case 'references': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      // The columns are PostgreSQL `integer`: a larger value would fail in the database (500).
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || Math.abs(n) > MAX_INT) throw fail('nombre entier');
      return n;
    }
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw fail('nombre');
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw fail('vrai ou faux');
    case 'date':
      if (!isIsoDate(value)) throw fail('date AAAA-MM-JJ');
      return value;
    case 'datetime':
      // ISO 8601 only: Date.parse() also takes « 1 » or « hello 2024 », which PostgreSQL refuses.
      if (typeof value !== 'string' || !ISO_DATETIME.test(value) || !isIsoDate(value.slice(0, 10)) || Number.isNaN(Date.parse(value)))
        throw fail('date');
      return value;
    case 'month':
      if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value) || value.startsWith('0000')) throw fail('mois AAAA-MM');
      return value;
    case 'enum':
    case 'enumList': {
      const match = choices?.find((c) => String(c.id) === String(value));
      if (!match) throw badRequest(`Filtre « ${field} » : valeur « ${String(value)} » inconnue`);
      return match.id;
    }
    default:
      if (typeof value !== 'string' && typeof value !== 'number') throw fail('texte');
      return String(value);
  }
}
