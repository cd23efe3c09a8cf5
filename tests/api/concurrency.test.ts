import { expect, it } from 'vitest';
import { describeEachDatabase, type ApiFixture } from '../support/database';
import { create } from './fixtures';

/**
 * Optimistic concurrency through the app: writes carrying the same `version` race, exactly one wins,
 * the others get 409 and nothing is lost. On PostgreSQL the requests really run at the same time
 * (a pool of connections); PGlite serialises queries, but the rule must hold there too.
 */

const N = 12;

async function auditCount(fx: ApiFixture, resource: string, recordId: number, action: string) {
  const filter = encodeURIComponent(JSON.stringify({ resource, recordId, action }));
  const res = await fx.call('GET', `/api/audit?range=[0,0]&filter=${filter}`);
  return Number(res.headers.get('content-range')!.split('/')[1]);
}

describeEachDatabase('concurrent writes', (fx) => {
  it(`${N} PUTs with the same version: exactly one 200, the others 409, version 2, the winner’s data kept`, async () => {
    const member = await create(fx.call, 'members', {
      name: 'CC Quercy Rouergue et Gorges de l’Aveyron',
      college: 3,
      kind: 'epci',
      departmentCode: '82',
      joinedOn: '2023-01-20',
      status: 'actif',
      contribution: 0,
    });
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) => fx.call('PUT', `/api/members/${member.id}`, { ...member, contribution: 1000 + i, contactName: `Agent ${i}` })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(N - 1);
    for (const r of results.filter((r) => r.status === 409)) expect(r.body.message).toMatch(/modifié par quelqu’un d’autre/);

    const winner = results.find((r) => r.status === 200)!.body;
    const final = (await fx.call('GET', `/api/members/${member.id}`)).body;
    expect(final.version).toBe(2);
    expect(final).toEqual(winner);
    expect(final.contactName).toBe(`Agent ${final.contribution - 1000}`); // one writer's data, not a mix
    expect(await auditCount(fx, 'members', member.id, 'update')).toBe(1);
  });

  it('increments that re-read on 409 end with the right total, none lost and none doubled', async () => {
    const target = await create(fx.call, 'targets', { year: 2040, professionals: 0, centres: 0 });
    const workers = 6;
    const perWorker = 5;
    let conflicts = 0;
    const work = async () => {
      for (let done = 0; done < perWorker; ) {
        const current = (await fx.call('GET', `/api/targets/${target.id}`)).body;
        const res = await fx.call('PUT', `/api/targets/${target.id}`, { ...current, professionals: current.professionals + 1 });
        if (res.status === 200) done++;
        else {
          expect(res.status, JSON.stringify(res.body)).toBe(409);
          conflicts++;
        }
      }
    };
    await Promise.all(Array.from({ length: workers }, work));
    const final = (await fx.call('GET', `/api/targets/${target.id}`)).body;
    expect(final.professionals).toBe(workers * perWorker);
    expect(final.version).toBe(1 + workers * perWorker);
    expect(await auditCount(fx, 'targets', target.id, 'update')).toBe(workers * perWorker);
    // The race was real: some writers had to retry (on PGlite too, reads and writes interleave).
    expect(conflicts).toBeGreaterThan(0);
  });

  it('partial updates racing on different fields from one version: every accepted change is kept', async () => {
    const centre = await create(fx.call, 'centres', { name: 'Centre de santé de Lussan', communeCode: '30151', status: 'travaux', plannedOpeningOn: '2023-09-01' });
    const activity = await create(fx.call, 'activities', { centreId: centre.id, month: '2023-10', scheduled: 0, unscheduled: 0, homeVisits: 0, outOfHoursShifts: 0, newReferringPatients: 0 });
    const fields = ['scheduled', 'unscheduled', 'homeVisits', 'outOfHoursShifts', 'newReferringPatients'] as const;
    const results = await Promise.all(fields.map((field, i) => fx.call('PUT', `/api/activities/${activity.id}`, { [field]: 100 + i, version: activity.version })));
    const final = (await fx.call('GET', `/api/activities/${activity.id}`)).body;
    let accepted = 0;
    fields.forEach((field, i) => {
      if (results[i].status === 200) {
        accepted++;
        expect(final[field], field).toBe(100 + i);
      } else {
        expect(results[i].status, JSON.stringify(results[i].body)).toBe(409);
        expect(final[field], field).toBe(0);
      }
    });
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(final.version).toBe(1 + accepted);
  });

  it('racing updates of a centre’s backing members: the links are exactly the winner’s', async () => {
    const members = [];
    for (const [name, siren] of [
      ['CC Beaucaire Terre d’Argence (test)', null],
      ['Commune de Saint-Hilaire-de-Brethmas', null],
      ['Commune de Livinhac-le-Haut', null],
    ] as const)
      members.push(await create(fx.call, 'members', { name, siren, college: 3, kind: 'commune', departmentCode: '30', joinedOn: '2023-01-20', status: 'actif' }));
    const centre = await create(fx.call, 'centres', { name: 'Centre de santé de Saint-Gilles (test)', communeCode: '30258', status: 'projet', memberIds: [] });
    const choices = [[members[0].id], [members[1].id, members[2].id], [members[0].id, members[2].id], [members[1].id], [members[0].id, members[1].id, members[2].id]];
    const results = await Promise.all(choices.map((memberIds) => fx.call('PUT', `/api/centres/${centre.id}`, { ...centre, memberIds })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(choices.length - 1);
    const winner = choices[results.findIndex((r) => r.status === 200)];
    const final = (await fx.call('GET', `/api/centres/${centre.id}`)).body;
    expect(final.memberIds).toEqual([...winner].sort((a, b) => a - b));
    expect(final.version).toBe(2);
    // The many-to-many filter sees the same links.
    const backed = await fx.call('GET', `/api/centres?filter=${encodeURIComponent(JSON.stringify({ memberIds: members.map((m) => m.id) }))}`);
    expect(backed.body.map((c: any) => c.id)).toEqual([centre.id]);
  });

  it('racing creates with the same SIREN: one 201, the others 400 on the field', async () => {
    const before = Number((await fx.call('GET', '/api/members?range=[0,0]')).headers.get('content-range')!.split('/')[1]);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        fx.call('POST', '/api/members', { name: `CC Couserans-Pyrénées ${i}`, college: 3, kind: 'epci', siren: '200067940', departmentCode: '09', joinedOn: '2022-06-17', status: 'actif' }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.errors.siren).toMatch(/déjà/);
    }
    const after = Number((await fx.call('GET', '/api/members?range=[0,0]')).headers.get('content-range')!.split('/')[1]);
    expect(after).toBe(before + 1);
  });
});
