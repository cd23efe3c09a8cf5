import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/database';
import { insertFixtures, type Fixtures } from './fixtures';

/**
 * Numbers and texts as the API stores them (issue 13, points 5 and 8): a figure is a number or the text
 * of one, never null/""/true/[1] turned into 0 or 1; a text holds no control, bidirectional or
 * zero-width character and is stored in NFC. A refused write names the field and changes nothing.
 */
let f: Fixtures;

describeEachDatabase(
  'strict input',
  (fx) => {
    const count = async (resource: string) => {
      const res = await fx.call('GET', `/api/${resource}?range=[0,0]`);
      return Number(res.headers.get('content-range')!.split('/')[1]);
    };
    const activity = (overrides: Record<string, unknown>) => ({
      centreId: f.centres.scv.id,
      month: '2025-03',
      scheduled: 410,
      unscheduled: 60,
      homeVisits: 12,
      outOfHoursShifts: 3,
      newReferringPatients: 25,
      ...overrides,
    });

    it('refuses a missing or non-numeric figure with the field named, instead of storing 0 or 1', async () => {
      const before = await count('activities');
      for (const [value, message] of [
        [null, 'Obligatoire'],
        ['', 'Obligatoire'],
        [' ', 'Obligatoire'],
        [[], 'Nombre attendu'],
        [true, 'Nombre attendu'],
        [[1], 'Nombre attendu'],
        ['0x10', 'Nombre attendu'],
      ] as const) {
        const res = await fx.call('POST', '/api/activities', activity({ scheduled: value }));
        expect(res.status, JSON.stringify(value)).toBe(400);
        expect(res.body.errors, JSON.stringify(value)).toEqual({ scheduled: message });
      }
      expect(await count('activities')).toBe(before);
      const ok = await fx.call('POST', '/api/activities', activity({ scheduled: '410', month: '2025-04' }));
      expect(ok.status, JSON.stringify(ok.body)).toBe(201);
      expect(ok.body.scheduled).toBe(410);
    });

    it('refuses control and bidirectional characters in names, and stores names in NFC', async () => {
      const base = { name: 'Association de Fourques', college: 4, kind: 'association', joinedOn: '2023-01-20', status: 'actif', contribution: 0 };
      const before = await count('members');
      for (const name of ['Association\u001b[31m de Fourques', 'Association de \u202eseuqruoF', 'Association\u200b de Fourques', 'Association\u0007']) {
        const res = await fx.call('POST', '/api/members', { ...base, name });
        expect(res.status, JSON.stringify(name)).toBe(400);
        expect(Object.keys(res.body.errors), JSON.stringify(name)).toEqual(['name']);
      }
      expect(await count('members')).toBe(before);
      const created = await fx.call('POST', '/api/members', { ...base, name: 'Association de Saint-Hilaire-de-Bre\u0301thmas' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.name).toBe('Association de Saint-Hilaire-de-Bréthmas');
      const search = await fx.call('GET', `/api/members?filter=${encodeURIComponent(JSON.stringify({ q: 'bréthmas' }))}`);
      expect(search.body.map((m: { id: number }) => m.id)).toContain(created.body.id);
    });
  },
  async (fx) => {
    f = await insertFixtures(fx.call);
  },
);
