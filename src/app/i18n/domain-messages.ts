import * as enums from '../../domain/enums';
import { resources, type ResourceName } from '../../domain/resources';

/**
 * Messages derived from the domain descriptions: resource names (`resources.members.name`, with
 * polyglot's `singular |||| plural`), field labels (`resources.members.fields.name`) and the labels of
 * enumerated values (`maillage.enums.professions.medecin`). French comes straight from the domain;
 * other languages give the same keys (see en.ts).
 */

export type ResourceMessages = {
  name: string;
  fields: Record<string, string>;
};
export type ResourcesMessages = Record<ResourceName, ResourceMessages>;

type Enums = typeof enums;
/** The exports of domain/enums that are lists of choices (`{ choices, values, label }`). */
export type EnumName = { [K in keyof Enums]: Enums[K] extends { values: readonly unknown[] } ? K : never }[keyof Enums];
export type EnumMessages = { [K in EnumName]: Record<Enums[K]['values'][number], string> };

export const enumNames = Object.keys(enums).filter((k) => {
  const v = (enums as Record<string, unknown>)[k];
  return typeof v === 'object' && v !== null && 'choices' in v && 'values' in v;
}) as EnumName[];

export const resourcesFr = Object.fromEntries(
  resources.map((r) => [
    r.name,
    {
      name: `${r.label.one} |||| ${r.label.many}`,
      fields: Object.fromEntries(Object.entries(r.fields).map(([field, spec]) => [field, spec.label])),
    },
  ]),
) as ResourcesMessages;

export const enumsFr = Object.fromEntries(
  enumNames.map((name) => [name, Object.fromEntries(enums[name].choices.map((c) => [c.id, c.name]))]),
) as EnumMessages;
