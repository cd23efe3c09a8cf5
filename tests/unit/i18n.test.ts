import { expect, it } from 'vitest';
import { enumNames } from '../../src/app/i18n/domain-messages';
import { en } from '../../src/app/i18n/en';
import { fr } from '../../src/app/i18n/fr';
import * as enums from '../../src/domain/enums';
import { resources } from '../../src/domain/resources';

// The app's catalogues against the domain description: no rendering (tests/app/i18n.test.tsx renders them).
const messages = (catalogue: typeof fr) => catalogue.resources as Record<string, { name: string; fields: Record<string, string> }>;

it('names every resource and every field of the domain in French and in English', () => {
  for (const resource of resources) {
    for (const catalogue of [fr, en]) {
      const entry = messages(catalogue)[resource.name];
      expect(entry?.name, resource.name).toMatch(/\S \|\|\|\| \S/);
      expect(Object.keys(entry.fields).sort(), resource.name).toEqual(Object.keys(resource.fields).sort());
    }
    expect(messages(fr)[resource.name].fields.name ?? null).toBe(resource.fields.name?.label ?? null);
  }
  const enumsEn = (en.maillage as { enums: Record<string, Record<string, string>> }).enums;
  for (const name of enumNames) expect(Object.keys(enumsEn[name]).sort(), name).toEqual(enums[name].choices.map((c) => String(c.id)).sort());
});
