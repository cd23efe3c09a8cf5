import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from '../../src/domain/field-errors';

describe('fieldErrorsOf: zod issues as { field: message }, for the API and the forms alike', () => {
  it('keeps the first message of each top-level field and reports nested paths on their top field', () => {
    const schema = z.object({ name: z.string().min(3, 'Trop court').max(2, 'Jamais'), dates: z.array(z.object({ on: z.string('Date attendue') })) });
    const result = schema.safeParse({ name: 'ab', dates: [{ on: '2024-01-01' }, { on: 3 }] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!.issues)).toEqual({ name: 'Trop court', dates: 'Date attendue' });
  });

  it('names no field for an issue on the record as a whole', () => {
    const issues = [
      { path: [], message: 'Sur tout l’enregistrement' },
      { path: ['endOn'], message: 'La fin précède le début' },
      { path: ['endOn'], message: 'Un CDD a une date de fin' },
    ];
    expect(fieldErrorsOf(issues)).toEqual({ endOn: 'La fin précède le début' });
    expect(fieldErrorsOf([])).toEqual({});
  });
});
