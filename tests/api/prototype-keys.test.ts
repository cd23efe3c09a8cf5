import { expect, it } from 'vitest';
import { describeEachDatabase, type ApiFixture } from '../support/database';

/**
 * Issue 13, point 7: a client's key never reaches an inherited property. `fields['__proto__']` is
 * Object.prototype, `fields.constructor` is Object: as body keys, filter keys or sort fields they are
 * refused (400) and nothing is written.
 */
const INHERITED = ['__proto__', 'constructor', 'prototype', 'toString'];

const candidate = {
  firstName: 'Prosper',
  lastName: 'Prototype',
  email: 'prosper.prototype@exemple.fr',
  profession: 'medecin',
  source: 'site',
  consentUntil: '2028-01-01',
};

const total = async (fx: ApiFixture, resource: string) =>
  Number((await fx.call('GET', `/api/${resource}?range=[0,0]`)).headers.get('content-range')!.split('/')[1]);

describeEachDatabase('keys that name inherited properties', (fx) => {
  it('as body keys: 400 and nothing created, whether the key holds a whole record or sits beside one', async () => {
    const before = await total(fx, 'candidates');
    for (const key of INHERITED) {
      // JSON.parse makes `__proto__` an own key: the body is sent as text so that it stays one.
      const alone = await fx.call('POST', '/api/candidates', `{${JSON.stringify(key)}:${JSON.stringify(candidate)}}`);
      expect(alone.status, `${key} alone: ${JSON.stringify(alone.body)}`).toBe(400);
      const beside = await fx.call('POST', '/api/candidates', `{${JSON.stringify(key)}:${JSON.stringify(candidate)},${JSON.stringify(candidate).slice(1)}`);
      expect(beside.status, `${key} beside: ${JSON.stringify(beside.body)}`).toBe(400);
      expect(typeof beside.body.message).toBe('string');
    }
    expect(await total(fx, 'candidates')).toBe(before);
  });

  it('as body keys of an update: 400 and the record unchanged', async () => {
    const created = await fx.call('POST', '/api/targets', { year: 2040, professionals: 10, centres: 1 });
    expect(created.status).toBe(201);
    for (const key of INHERITED) {
      const body = `{${JSON.stringify(key)}:{"professionals":99},"version":${created.body.version},"professionals":11}`;
      const res = await fx.call('PUT', `/api/targets/${created.body.id}`, body);
      expect(res.status, `${key}: ${JSON.stringify(res.body)}`).toBe(400);
    }
    expect((await fx.call('GET', `/api/targets/${created.body.id}`)).body).toEqual(created.body);
  });

  it('as filter keys (also with _gte/_lte) and sort fields: 400', async () => {
    for (const resource of ['candidates', 'members', 'hires', 'audit'])
      for (const key of INHERITED) {
        for (const filter of [`{${JSON.stringify(key)}:1}`, `{${JSON.stringify(`${key}_gte`)}:1}`]) {
          const res = await fx.call('GET', `/api/${resource}?filter=${encodeURIComponent(filter)}`);
          expect(res.status, `${resource} filter ${filter}`).toBe(400);
        }
        const sorted = await fx.call('GET', `/api/${resource}?sort=${encodeURIComponent(JSON.stringify([key, 'ASC']))}`);
        expect(sorted.status, `${resource} sort ${key}`).toBe(400);
      }
  });
});
