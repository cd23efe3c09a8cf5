import { createElement } from 'react';
import type { Choice } from '../domain/enums';
import * as enums from '../domain/enums';
import type { FieldSpec, ResourceDescription } from '../domain/resource';
import { formatMonth } from './forms/MonthInput';
import { ListError } from './forms/ListError';
import { ListEmpty } from './forms/titles';
import { currentLocale, translateNow } from './i18n';
import { enumNames } from './i18n/domain-messages';

/**
 * Reads the domain description of a resource so that screens do not repeat labels, choices or which
 * columns the API can sort. Labels themselves come from i18n (`resources.<name>.fields.<field>`,
 * built from the same description), so the screens only name their sources.
 */

/** The translation key of an enumerated value's label, e.g. `maillage.enums.professions.medecin`. */
function enumNameOf(choices: readonly Choice<string | number>[]) {
  const name = enumNames.find((n) => enums[n].choices === choices);
  if (!name) throw new Error('Liste de choix absente de domain/enums');
  return name;
}

export function fieldsOf(resource: ResourceDescription) {
  const spec = (field: string): FieldSpec => {
    // A field of the record, or a computed filter (a hire's « situation »), described alike.
    const found = Object.hasOwn(resource.fields, field) ? resource.fields[field] : resource.filters && Object.hasOwn(resource.filters, field) ? resource.filters[field] : undefined;
    if (!found) throw new Error(`${resource.name}.${field} : champ absent de la description du domaine`);
    return found;
  };
  /** `{ source, sortable }`: a column the API cannot sort is not offered as sortable. */
  const f = (field: string) => ({ source: field, sortable: spec(field).sortable === true });
  /** Choices whose names are translation keys (react-admin's SelectField translates them). */
  const choices = (field: string) => {
    const list = spec(field).choices;
    if (!list) throw new Error(`${resource.name}.${field} n’a pas de liste de choix`);
    const prefix = `maillage.enums.${enumNameOf(list)}`;
    return list.map((c) => ({ id: c.id, name: `${prefix}.${c.id}` }));
  };
  /** For SelectField and ChoiceChips: source, sortable and choices. */
  f.choice = (field: string) => ({ ...f(field), choices: choices(field) });
  /** For ReferenceField / ReferenceArrayField: the target resource, from the description. */
  f.reference = (field: string) => {
    const target = spec(field).reference;
    if (!target) throw new Error(`${resource.name}.${field} n’est pas une référence`);
    return { ...f(field), reference: target };
  };
  /** For inputs: `{ source, choices }` (no `sortable`, which inputs do not take). */
  f.input = (field: string) => {
    spec(field);
    return { source: field };
  };
  f.inputChoice = (field: string) => ({ source: field, choices: choices(field) });
  return f;
}

/**
 * How a record is named in references and titles: the description's `representation` fields (a month
 * by its name in the app's language), or « Membre n° 12 » (« Member no. 12 ») when they are empty.
 */
export function representationOf(resource: ResourceDescription) {
  return (record: Record<string, unknown>) => {
    const text = resource.representation
      .filter((f) => f !== 'id')
      // A month reads « mars 2025 » (« March 2025 » in English), not « 2025-03 ».
      .map((f) => (resource.fields[f]?.kind === 'month' ? formatMonth(record[f], currentLocale()) : record[f]))
      .filter((v) => v !== null && v !== undefined && v !== '')
      .join(' ');
    if (text) return text;
    const name = translateNow(`resources.${resource.name}.name`, { smart_count: 1, _: resource.label.one });
    return translateNow('maillage.forms.numbered', { name, id: record.id, _: `${resource.label.one} n° ${record.id}` });
  };
}

/** Formats shared by the screens: dates and amounts as a French reader expects them. */
export const euros = { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } as const;
export const dateTime = { dateStyle: 'short', timeStyle: 'short' } as const;

const noToast = () => undefined;

/**
 * Every list: the description's default sort, 25 rows a page, a French empty state (forms/titles.tsx),
 * and its failures said by ListError (a filter or sort the API refuses is dropped, with a French word)
 * instead of react-admin's toast.
 */
export const listProps = (resource: ResourceDescription) => ({
  sort: { field: resource.defaultSort[0], order: resource.defaultSort[1] },
  perPage: 25,
  empty: createElement(ListEmpty),
  error: createElement(ListError),
  queryOptions: { onError: noToast },
});
