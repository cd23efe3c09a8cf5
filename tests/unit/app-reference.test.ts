import { expect, it } from 'vitest';
import { communeLabel, departmentChoices, loadReference } from '../../src/app/forms/reference';
import { departments } from '../../src/domain/reference';
import { occitanieDepartments } from '../../src/domain/reference/departments';

// The app's first page carries the 13 departments only; the geography is loaded by the commune screens.
it('keeps the departments of the first page the same as the reference geography', () => {
  expect(occitanieDepartments).toEqual(departments.map(({ code, name }) => ({ code, name })));
  expect(departmentChoices[0]).toEqual({ id: '09', name: 'Ariège (09)' });
});

it('names a commune once the reference geography is loaded', async () => {
  const reference = await loadReference();
  expect(communeLabel('09257', reference)).toBe('Sainte-Croix-Volvestre (09257)');
  expect(communeLabel('09257')).toBe('Sainte-Croix-Volvestre (09257)');
  expect(communeLabel('99999', reference)).toBe('99999');
  expect(communeLabel(null)).toBe('');
});
