import { expect, it } from 'vitest';
import { candidateSchema } from '../../src/domain/resources/candidates';
import { withMessage } from '../../src/server/offers/apply';

/** The message of an online application joins the candidate's notes, dated, within their 4,000 characters. */
it('appends the dated message to the notes, HR’s notes kept whole and the message cut to fit', () => {
  expect(withMessage(null, 'Disponible en mars.', '2026-12-04')).toBe('04/12/2026 (candidature en ligne) : Disponible en mars.');
  expect(withMessage('Vu au forum.', 'Disponible en mars.', '2026-12-04')).toBe('Vu au forum.\n\n04/12/2026 (candidature en ligne) : Disponible en mars.');
  expect(withMessage('Vu au forum.', null, '2026-12-04')).toBe('Vu au forum.');
  const long = withMessage('n'.repeat(3000), 'm'.repeat(4000), '2026-12-04')!;
  expect(long.length).toBe(4000);
  expect(long.startsWith('n'.repeat(3000) + '\n\n04/12/2026')).toBe(true);
  expect(long.endsWith('m…')).toBe(true);
  expect(withMessage(null, 'm'.repeat(4000), '2026-12-04')!.length).toBe(4000);
  // No room left: the notes stay as they are (the application and its CV are stored all the same).
  expect(withMessage('n'.repeat(3990), 'Bonjour', '2026-12-04')).toBe('n'.repeat(3990));
  const record = { firstName: 'A', lastName: 'B', email: 'a@b.fr', profession: 'medecin', source: 'site', consentUntil: '2028-12-04', notes: long };
  expect(candidateSchema.safeParse(record).success).toBe(true);
});
