import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/database';

/**
 * Issue 13, point 6: every PUT says which version of the record it changes. Without `version` (absent,
 * null, empty), whole or partial, it is refused with 400 on the field and changes nothing — it used to
 * overwrite silently.
 */
const VERSION_REQUIRED = 'Version attendue : rechargez l’enregistrement';

describeEachDatabase('PUT requires the version it was read at', (fx) => {
  it('a PUT without version: 400 naming the field, whole or partial, nothing changed', async () => {
    const created = await fx.call('POST', '/api/members', { name: 'Commune de Versols', college: 3, kind: 'commune', departmentCode: '12', joinedOn: '2024-01-01', status: 'actif' });
    expect(created.status).toBe(201);
    const before = created.body;
    const { version: _version, ...whole } = before;
    for (const body of [whole, { contribution: 99 }, { ...whole, version: null }, { ...whole, version: '' }]) {
      const res = await fx.call('PUT', `/api/members/${before.id}`, { ...body, name: 'Nom écrasé' });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.errors).toEqual({ version: VERSION_REQUIRED });
      expect(res.body.message).toMatch(/Version attendue/);
    }
    // A version smuggled in through the prototype is no version.
    const smuggled = await fx.call('PUT', `/api/members/${before.id}`, `{"__proto__":{"version":${before.version}},"name":"Nom écrasé"}`);
    expect(smuggled.status).toBe(400);
    expect((await fx.call('GET', `/api/members/${before.id}`)).body).toEqual(before);
    // With its version, a partial body is accepted and keeps the other fields.
    const ok = await fx.call('PUT', `/api/members/${before.id}`, { contribution: 99, version: before.version });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ ...before, contribution: 99, version: before.version + 1 });
  });
});
