import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/database';

const entriesFor = (fx: { call: (m: string, p: string) => Promise<{ body: any }> }, filter: object) =>
  fx.call('GET', `/api/audit?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["id","ASC"]')}&range=[0,99]`).then((r) => r.body);

describeEachDatabase('audit trail', (fx) => {
  it('records who created, changed and deleted a record, with the record before and after', async () => {
    const created = await fx.call('POST', '/api/targets', { year: 2033, professionals: 150, centres: 9 });
    const updated = await fx.call('PUT', `/api/targets/${created.body.id}`, { version: 1, professionals: 160 });
    expect(updated.status).toBe(200);
    expect((await fx.call('DELETE', `/api/targets/${created.body.id}`)).status).toBe(200);

    const entries = await entriesFor(fx, { resource: 'targets', recordId: created.body.id });
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'delete']);
    for (const e of entries) expect(e.userId).toBe(fx.identity!.id);
    expect(entries[0]).toMatchObject({ before: null, after: { year: 2033, professionals: 150, version: 1 } });
    expect(entries[1]).toMatchObject({ before: { professionals: 150, version: 1 }, after: { professionals: 160, version: 2 } });
    expect(entries[2]).toMatchObject({ before: { professionals: 160 }, after: null });
  });

  it('records nothing for a write that was refused (the entry shares the write’s transaction)', async () => {
    const before = await entriesFor(fx, { resource: 'targets' });
    expect((await fx.call('POST', '/api/targets', { year: 1999, professionals: 1, centres: 1 })).status).toBe(400);
    const existing = await fx.call('POST', '/api/targets', { year: 2034, professionals: 1, centres: 1 });
    expect((await fx.call('POST', '/api/targets', { year: 2034, professionals: 2, centres: 1 })).status).toBe(400);
    expect((await fx.call('PUT', `/api/targets/${existing.body.id}`, { version: 7, professionals: 3 })).status).toBe(409);
    const after = await entriesFor(fx, { resource: 'targets' });
    expect(after.length).toBe(before.length + 1);
  });

  it('never records a password, even when an administrator sets one', async () => {
    const user = await fx.call('POST', '/api/users', { email: 'nouveau@essai.test', name: 'Nouveau', role: 'hr', password: 'une phrase de passe assez longue' });
    expect(user.status).toBe(201);
    expect(user.body).not.toHaveProperty('password');
    expect(user.body).not.toHaveProperty('passwordHash');
    const [entry] = await entriesFor(fx, { resource: 'users', recordId: user.body.id });
    expect(JSON.stringify(entry)).not.toMatch(/phrase de passe|scrypt/);
    // …and the password works.
    const login = await fx.anonymous.call('POST', '/api/auth/login', { email: 'nouveau@essai.test', password: 'une phrase de passe assez longue' });
    expect(login.status).toBe(200);
    const short = await fx.call('POST', '/api/users', { email: 'court@essai.test', name: 'Court', role: 'hr', password: 'court' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toHaveProperty('password');
  });

  it('records sign-ins, failed sign-ins and refusals with who and when', async () => {
    await fx.createUser('membre-audit@essai.test', 'member', (await fx.call('POST', '/api/members', { name: 'Commune de Fourques', college: 3, kind: 'commune', departmentCode: '30', joinedOn: '2023-01-20', status: 'actif' })).body.id);
    const member = await fx.as('membre-audit@essai.test');
    expect((await member.call('GET', '/api/candidates')).status).toBe(403);
    await fx.anonymous.call('POST', '/api/auth/login', { email: 'membre-audit@essai.test', password: 'faux' });
    const denied = await entriesFor(fx, { action: 'denied', userId: member.identity!.id });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ resource: 'candidates', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/) });
    expect(await entriesFor(fx, { action: 'login', userId: member.identity!.id })).toHaveLength(1);
    expect(await entriesFor(fx, { action: 'login_failed', userId: member.identity!.id })).toHaveLength(1);
  });
});
