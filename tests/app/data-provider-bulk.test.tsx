import { expect, it } from 'vitest';
import { createDataProvider } from '../../src/app/dataProvider';
import { useAppServer } from '../support/app-server';

/**
 * The app's updateMany (a bulk change, e.g. several records at once): every PUT of the API must carry the
 * version it overwrites, which ra-data-simple-rest's updateMany does not send; the app's provider reads
 * the records' versions first, so a bulk change still works and still refuses to overwrite a newer one.
 */
const server = useAppServer();

it('updates several records with a partial body, each at its current version, keeping their other fields', async () => {
  const created = [];
  for (const name of ['Association A', 'Association B'])
    created.push((await server.api('POST', '/api/members', { name, college: 4, kind: 'association', joinedOn: '2023-01-20', status: 'actif', contribution: 0 })).body);
  const me = (await server.api('GET', '/api/auth/me')).body;
  const dataProvider = createDataProvider({ identity: me });
  const ids = created.map((m) => m.id);

  const { data } = await dataProvider.updateMany('members', { ids, data: { contactName: 'Service santé' } });
  expect([...(data ?? [])].sort()).toEqual([...ids].sort());
  for (const before of created) {
    const after = (await server.api('GET', `/api/members/${before.id}`)).body;
    expect(after).toEqual({ ...before, contactName: 'Service santé', version: before.version + 1 });
  }
});
