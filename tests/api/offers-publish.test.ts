import { expect, it } from 'vitest';
import { AD_FIELD_REQUIRED, PUBLISH_CLOSED_POSITION } from '../../src/domain/resources/positions';
import { describeEachDatabase } from '../support/database';
import { create, insertFixtures, jobAd, type Fixtures } from './fixtures';

/**
 * « Publier l’offre » needs an open position and a complete job ad: the rule of the domain
 * (publicationErrors), applied by the schema on every write of a published position and, for the
 * status, by the binding when the write publishes it. Nothing is written when it refuses.
 */
describeEachDatabase('publishing a job ad', (fx) => {
  let f: Fixtures;
  const base = () => ({ centreId: f.centres.lacaune.id, profession: 'medecin', title: 'Médecin généraliste — Lacaune', fte: 1, status: 'ouvert', openedOn: '2024-05-02' });
  const count = async () => Number((await fx.call('GET', '/api/positions?range=[0,0]')).headers.get('content-range')!.split('/')[1]);

  it('refuses to create a published position without its ad, with a French message on each missing field', async () => {
    f ??= await insertFixtures(fx.call);
    const before = await count();
    const res = await fx.call('POST', '/api/positions', { ...base(), title: null, published: true, description: 'Un poste', contract: 'cdi' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^Données invalides : Intitulé — Obligatoire pour publier l’offre/);
    expect(res.body.errors).toEqual(Object.fromEntries(['title', 'requirements', 'salaryMin', 'salaryMax', 'plannedStartOn', 'publishedOn', 'closesOn'].map((k) => [k, AD_FIELD_REQUIRED])));
    expect(await count()).toBe(before);
  });

  it('publishes a complete ad, and refuses incoherent salaries and dates', async () => {
    f ??= await insertFixtures(fx.call);
    const ok = await create(fx.call, 'positions', { ...base(), published: true, ...jobAd() });
    expect(ok).toMatchObject({ published: true, contract: 'cdi', salaryMin: 42000, salaryMax: 52000, publishedOn: '2022-05-02', closesOn: '2022-07-31' });
    const bad = await fx.call('POST', '/api/positions', { ...base(), ...jobAd({ salaryMin: 60000, salaryMax: 50000, publishedOn: '2025-03-01', closesOn: '2025-02-01' }) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ salaryMax: 'Le salaire maximal est inférieur au salaire minimal', closesOn: 'La clôture précède la publication' });
    const zero = await fx.call('POST', '/api/positions', { ...base(), ...jobAd({ salaryMin: 0, salaryMax: 'beaucoup', contract: 'interim' }) });
    expect(zero.status).toBe(400);
    expect(zero.body.errors).toEqual({ salaryMin: 'Le salaire doit être supérieur à 0', salaryMax: 'Montant attendu', contract: 'Valeur non reconnue' });
    // Too long texts.
    const long = await fx.call('POST', '/api/positions', { ...base(), ...jobAd({ description: 'x'.repeat(8001), requirements: 'y'.repeat(4001) }) });
    expect(long.body.errors).toEqual({ description: '8000 caractères au plus', requirements: '4000 caractères au plus' });
  });

  it('publishes with one PUT once the ad is complete; refuses a frozen position and says what is missing', async () => {
    f ??= await insertFixtures(fx.call);
    const draft = await create(fx.call, 'positions', base());
    const missing = await fx.call('PUT', `/api/positions/${draft.id}`, { published: true, version: draft.version });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.errors).sort()).toEqual(['closesOn', 'contract', 'description', 'plannedStartOn', 'publishedOn', 'requirements', 'salaryMax', 'salaryMin']);
    const filled = await fx.call('PUT', `/api/positions/${draft.id}`, { ...jobAd(), version: draft.version });
    expect(filled.status, JSON.stringify(filled.body)).toBe(200);
    const published = await fx.call('PUT', `/api/positions/${draft.id}`, { published: true, version: filled.body.version });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.published).toBe(true);

    // A frozen position is not published…
    const frozen = await create(fx.call, 'positions', { ...base(), status: 'gele', ...jobAd() });
    const refused = await fx.call('PUT', `/api/positions/${frozen.id}`, { published: true, version: frozen.version });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({ status: PUBLISH_CLOSED_POSITION });
    expect(refused.body.message).toBe('Seul un poste ouvert peut être publié : ce poste est « gelé »');
    expect((await fx.call('GET', `/api/positions/${frozen.id}`)).body).toMatchObject({ published: false, version: frozen.version });
    // …but a published one may be frozen (its page then says the offer is closed), and edited after.
    const freeze = await fx.call('PUT', `/api/positions/${draft.id}`, { status: 'gele', version: published.body.version });
    expect(freeze.status, JSON.stringify(freeze.body)).toBe(200);
    const edit = await fx.call('PUT', `/api/positions/${draft.id}`, { fte: 0.8, version: freeze.body.version });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    // Emptying a field of a published ad is refused.
    const emptied = await fx.call('PUT', `/api/positions/${draft.id}`, { description: '', version: edit.body.version });
    expect(emptied.status).toBe(400);
    expect(emptied.body.errors).toEqual({ description: AD_FIELD_REQUIRED });
  });

  it('keeps the published fixtures valid (the filled one stays published: its ad is complete)', async () => {
    f ??= await insertFixtures(fx.call);
    const scv = await fx.call('GET', `/api/positions/${f.positions.scvMedecin.id}`);
    expect(scv.body).toMatchObject({ status: 'pourvu', published: true, contract: 'cdi' });
    const edit = await fx.call('PUT', `/api/positions/${scv.body.id}`, { title: 'Médecin généraliste (pourvu)', version: scv.body.version });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
  });
});
