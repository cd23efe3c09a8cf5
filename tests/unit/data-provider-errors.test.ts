import { HttpError } from 'react-admin';
import { expect, it } from 'vitest';
import { inFrench } from '../../src/app/dataProvider';

// What the data provider makes of an error (tests/app/empty-states.test.tsx shows one on screen).
it('keeps the server’s own French messages and names the failures it did not explain', () => {
  const explained = new HttpError('Action non autorisée', 403, { message: 'Action non autorisée' });
  expect(inFrench(explained)).toBe(explained);
  const proxy = inFrench(new HttpError('Bad Gateway', 502, undefined)) as HttpError;
  expect([proxy.message, proxy.status]).toEqual(['maillage.errors.server', 502]);
  expect((inFrench(new HttpError('Not Found', 404, undefined)) as HttpError).message).toBe('maillage.errors.request');
  expect((inFrench(new TypeError('Failed to fetch')) as HttpError).message).toBe('maillage.errors.network');
});
