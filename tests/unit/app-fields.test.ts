import { expect, it } from 'vitest';
import { professions } from '../../src/domain/enums';
import { centres, members, positions } from '../../src/domain/resources';
import { fieldsOf, representationOf } from '../../src/app/fields';
import { createI18nProvider } from '../../src/app/i18n';

// Pure functions of the app (no rendering): in the node project, without happy-dom and the app's setup.

it('takes sortability, choices and references from the domain description', () => {
  const m = fieldsOf(members);
  expect(m('name')).toEqual({ source: 'name', sortable: true });
  expect(m('contactName')).toEqual({ source: 'contactName', sortable: false });
  expect(() => m('nom')).toThrow('members.nom : champ absent de la description du domaine');
  expect(fieldsOf(centres).reference('memberIds')).toEqual({ source: 'memberIds', sortable: false, reference: 'members' });
  expect(() => m.reference('name')).toThrow('n’est pas une référence');

  const i18n = createI18nProvider();
  const choices = fieldsOf(positions).choice('profession').choices;
  expect(choices.map((c) => i18n.translate(c.name))).toEqual(professions.choices.map((c) => c.name));
});

it('names a record by its representation fields, or by its number', () => {
  expect(representationOf(members)({ id: 3, name: 'Région Occitanie' })).toBe('Région Occitanie');
  expect(representationOf(positions)({ id: 12, title: null })).toBe('Poste n° 12');
});
