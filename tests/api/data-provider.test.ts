import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider } from 'ra-core';
import { nodePasswords } from '../../src/server/auth/passwords-node';
import { users } from '../../src/server/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { createTestDatabase, databaseKinds, TEST_ADMIN, TEST_PASSWORD, testPasswordHashed, type ApiFixture, type TestDatabase } from '../support/database';
import { insertFixtures, memberData, type Fixtures } from './fixtures';

/**
 * The published ra-data-simple-rest dataProvider, the one the app uses, against the API served over
 * real HTTP: if the protocol drifts (Content-Range, getMany without range, error bodies), this fails.
 */

/** Resolves with the HttpError a call rejects with. */
async function httpError(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

for (const kind of databaseKinds()) {
  describe(`ra-data-simple-rest over HTTP [${kind}]`, () => {
    let test: TestDatabase;
    let server: Server;
    let dataProvider: DataProvider;
    let f: Fixtures;

    beforeAll(async () => {
      test = await createTestDatabase(kind);
      const app = createApp(test.database, { passwords: nodePasswords });
      await test.database.db.insert(users).values({ email: TEST_ADMIN, name: 'Admin', role: 'admin', passwordHash: await testPasswordHashed() });
      server = await new Promise<Server>((resolve) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
      });
      const { port } = server.address() as AddressInfo;
      const apiUrl = `http://127.0.0.1:${port}/api`;
      // Signed in as the app is: the session cookie, and the CSRF token on writes.
      const login = await fetch(`${apiUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: TEST_ADMIN, password: TEST_PASSWORD }),
      });
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      const { csrfToken } = await login.json();
      const session = { cookie, 'x-csrf-token': csrfToken };
      dataProvider = simpleRestProvider(apiUrl, (url: string, options: fetchUtils.Options = {}) => {
        const headers = new Headers(options.headers as HeadersInit | undefined);
        for (const [name, value] of Object.entries(session)) headers.set(name, value);
        return fetchUtils.fetchJson(url, { ...options, headers });
      });
      // Fixtures go over HTTP too.
      const call: ApiFixture['call'] = async (method, path, body) => {
        const res = await fetch(`http://127.0.0.1:${port}${path}`, {
          method,
          headers: body === undefined ? session : { 'content-type': 'application/json', ...session },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
      };
      f = await insertFixtures(call);
    });

    afterAll(async () => {
      if (server) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      await test?.dispose();
    });

    it('getList: a page, sorted French-wise, with the exact total', async () => {
      const everything = await dataProvider.getList('members', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
      expect(everything.total).toBe(Object.keys(memberData).length);
      const page2 = await dataProvider.getList('members', { pagination: { page: 2, perPage: 5 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
      expect(page2.total).toBe(Object.keys(memberData).length);
      expect(page2.data.map((m) => m.name)).toEqual(everything.data.slice(5, 10).map((m) => m.name));
      expect(everything.data.map((m) => m.name).slice(3, 5)).toEqual(['centre hospitalier du Val d’Ariège', 'CHU de Toulouse']);
    });

    it('getList: filters, q and bounds as react-admin sends them', async () => {
      const search = await dataProvider.getList('members', { pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' }, filter: { q: 'ARIEGE', college: 3 } });
      expect(search.total).toBe(1);
      expect(search.data[0].name).toBe('CC de la Haute Ariège');
      const byMember = await dataProvider.getList('centres', {
        pagination: { page: 1, perPage: 2 },
        sort: { field: 'openedOn', order: 'DESC' },
        filter: { memberIds: [f.members.region.id], openedOn_gte: '2023-01-01' },
      });
      expect(byMember.total).toBe(2);
      expect(byMember.data.map((c) => c.name)).toEqual(['Centre de santé de Saint-Gilles', 'Centre de santé de Lacaune']);
      const past = await dataProvider.getList('centres', { pagination: { page: 9, perPage: 10 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
      expect(past.data).toEqual([]);
      expect(past.total).toBe(5);
    });

    it('getOne', async () => {
      const { data } = await dataProvider.getOne('centres', { id: f.centres.scv.id });
      expect(data).toMatchObject({ id: f.centres.scv.id, name: 'Centre de santé de Sainte-Croix-Volvestre', departmentCode: '09', version: 1 });
      expect(data.memberIds).toEqual([f.members.couserans.id, f.members.region.id].sort((a, b) => a - b));
      const missing = await httpError(dataProvider.getOne('centres', { id: 999999 }));
      expect(missing.status).toBe(404);
      expect(missing.message).toMatch(/introuvable/);
    });

    it('getMany: every id asked for, more than a page', async () => {
      const ids = Object.values(f.members).map((m) => m.id);
      const { data } = await dataProvider.getMany('members', { ids });
      expect(data.map((m) => m.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    });

    it('getManyReference: the positions of a centre', async () => {
      const res = await dataProvider.getManyReference('positions', {
        target: 'centreId',
        id: f.centres.scv.id,
        pagination: { page: 1, perPage: 2 },
        sort: { field: 'openedOn', order: 'DESC' },
        filter: {},
      });
      expect(res.total).toBe(3);
      expect(res.data.map((p) => p.title)).toEqual(['Sage-femme', 'Secrétaire médicale']);
      const filtered = await dataProvider.getManyReference('hires', {
        target: 'centreId',
        id: f.centres.scv.id,
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'lastName', order: 'ASC' },
        filter: { endOn: null },
      });
      expect(filtered.total).toBe(1);
      expect(filtered.data[0].lastName).toBe('Martin');
    });

    it('create, then update with version, then a stale update rejected with 409', async () => {
      const { data: created } = await dataProvider.create('members', {
        data: { name: 'Commune de Saint-Hilaire-de-Brethmas', college: 3, kind: 'commune', siren: '213002595', departmentCode: '30', joinedOn: '2023-01-20', status: 'actif' },
      });
      expect(created).toMatchObject({ id: expect.any(Number), version: 1, contribution: 0 });

      const { data: updated } = await dataProvider.update('members', { id: created.id, data: { ...created, contribution: 2500 }, previousData: created });
      expect(updated).toMatchObject({ id: created.id, contribution: 2500, version: 2 });

      const stale = await httpError(dataProvider.update('members', { id: created.id, data: { ...created, contribution: 1 }, previousData: created }));
      expect(stale.status).toBe(409);
      expect(stale.message).toMatch(/modifié par quelqu’un d’autre/);
      expect(stale.body.message).toBe(stale.message);
      const { data: after } = await dataProvider.getOne('members', { id: created.id });
      expect(after).toEqual(updated);
    });

    it('a rejected create gives react-admin the field errors', async () => {
      const error = await httpError(
        dataProvider.create('members', { data: { name: 'Doublon', college: 3, kind: 'epci', siren: '200067941', departmentCode: '09', joinedOn: '2023-01-20', status: 'actif' } }),
      );
      expect(error.status).toBe(400);
      expect(error.body.errors).toEqual({ siren: 'Clé de contrôle du SIREN invalide' });
      const duplicate = await httpError(
        dataProvider.create('members', { data: { name: 'Doublon', college: 3, kind: 'epci', siren: '200067940', departmentCode: '09', joinedOn: '2023-01-20', status: 'actif' } }),
      );
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.errors.siren).toMatch(/déjà/);
    });

    it('updateMany as published (a partial body without version) is refused on the version and changes nothing; the app’s own updateMany reads the versions first (tests/app/data-provider-bulk)', async () => {
      const ids = [f.positions.scvSecretaire.id, f.positions.lacauneMedecin.id];
      const { data: before } = await dataProvider.getMany('positions', { ids });
      const refused = await httpError(dataProvider.updateMany('positions', { ids, data: { published: false } }));
      expect(refused.status).toBe(400);
      expect((refused.body as { errors: Record<string, string> }).errors).toEqual({ version: expect.stringMatching(/Version attendue/) });
      const { data: after } = await dataProvider.getMany('positions', { ids });
      expect(after).toEqual(before);
    });

    it('delete and deleteMany', async () => {
      const { data: a } = await dataProvider.create('targets', { data: { year: 2033, professionals: 200, centres: 10 } });
      const { data: b } = await dataProvider.create('targets', { data: { year: 2034, professionals: 200, centres: 10 } });
      const { data: c } = await dataProvider.create('targets', { data: { year: 2035, professionals: 200, centres: 10 } });
      const { data: deleted } = await dataProvider.delete('targets', { id: a.id, previousData: a });
      expect(deleted).toEqual(a);
      expect((await httpError(dataProvider.getOne('targets', { id: a.id }))).status).toBe(404);
      const many = await dataProvider.deleteMany('targets', { ids: [b.id, c.id] });
      expect([...many.data!].sort()).toEqual([b.id, c.id].sort());
      expect((await dataProvider.getMany('targets', { ids: [a.id, b.id, c.id] })).data).toEqual([]);
    });

    it('refusals reach react-admin as HttpErrors with the server’s message', async () => {
      const hire = await httpError(dataProvider.delete('hires', { id: f.hires.elodie.id, previousData: f.hires.elodie }));
      expect(hire.status).toBe(405);
      expect(hire.message).toMatch(/date de fin/);
      const member = await httpError(dataProvider.delete('members', { id: f.members.couserans.id }));
      expect(member.status).toBe(409);
      expect(member.message).toMatch(/centres/);
      const sort = await httpError(dataProvider.getList('members', { pagination: { page: 1, perPage: 10 }, sort: { field: 'secret', order: 'ASC' }, filter: {} }));
      expect(sort.status).toBe(400);
      expect(sort.message).toMatch(/Tri impossible/);
    });
  });
}
