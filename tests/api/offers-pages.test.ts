import { expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar';
import { describeEachDatabase } from '../support/database';
import { onlineOffer, page, textOf, today } from '../support/offers';
import { insertFixtures, type Fixtures } from './fixtures';

/**
 * GET /offres and /offres/<id>: no sign-in, server-rendered French HTML, what is online today only,
 * filters and pages, 404 / 410, escaping, JSON-LD, headers — on PGlite and PostgreSQL.
 */
describeEachDatabase('public offers pages', (fx) => {
  let f: Fixtures;
  const ids: Record<string, number> = {};
  const setup = async () => {
    if (f) return;
    f = await insertFixtures(fx.call);
    ids.lacaune = (await onlineOffer(fx, f.centres.lacaune.id, { title: 'Médecin généraliste — Lacaune', salaryMin: 42000, salaryMax: 52000 })).id;
    ids.scvNurse = (await onlineOffer(fx, f.centres.scv.id, { profession: 'infirmier', title: 'Infirmier·e — Sainte-Croix', contract: 'cdd', fte: 0.8, salaryMin: 30000, salaryMax: 34000 })).id;
    ids.future = (await onlineOffer(fx, f.centres.scv.id, { title: 'Pas encore en ligne', publishedOn: addDays(today, 2) })).id;
    ids.unpublished = (await onlineOffer(fx, f.centres.scv.id, { title: 'Brouillon', published: false })).id;
    ids.past = (await onlineOffer(fx, f.centres.saintGilles.id, { title: 'Campagne finie', publishedOn: addDays(today, -60), closesOn: addDays(today, -1) })).id;
    ids.evil = (await onlineOffer(fx, f.centres.saintGilles.id, { title: 'Sage-femme <script>alert(1)</script>', profession: 'sage_femme', description: 'Texte </script><script>alert(2)</script> & « guillemets »' })).id;
    const frozen = await onlineOffer(fx, f.centres.saintGilles.id, { title: 'Gelé depuis' });
    const put = await fx.call('PUT', `/api/positions/${frozen.id}`, { status: 'gele', version: frozen.version });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    ids.frozen = frozen.id;
  };

  it('lists the offers online today, newest first, without sign-in, in French', async () => {
    await setup();
    const p = await page(fx, '/offres');
    expect(p.status).toBe(200);
    expect(p.headers.get('content-type')).toMatch(/^text\/html/);
    expect(p.headers.get('cache-control')).toBe('public, max-age=300');
    expect(p.doc.documentElement.getAttribute('lang')).toBe('fr');
    const titles = [...p.doc.querySelectorAll('ul.offers h2')].map((h) => textOf(h));
    expect(titles.sort()).toEqual(['Infirmier·e — Sainte-Croix', 'Médecin généraliste — Lacaune', 'Sage-femme <script>alert(1)</script>'].sort());
    const lacaune = [...p.doc.querySelectorAll('ul.offers li')].find((li) => textOf(li.querySelector('h2')) === 'Médecin généraliste — Lacaune')!;
    expect(textOf(lacaune)).toContain('Centre de santé de Lacaune');
    expect(textOf(lacaune)).toContain('Lacaune (Tarn, 81)');
    expect(textOf(lacaune)).toContain('Médecin généraliste');
    expect(textOf(lacaune)).toContain('CDI');
    expect(lacaune.querySelector('a')!.getAttribute('href')).toBe(`/offres/${ids.lacaune}`);
    expect(textOf(p.doc.querySelector('.count'))).toBe('3 offres en ligne');
    // Landmarks, skip link, labelled filters.
    expect(p.doc.querySelector('a.skip')!.getAttribute('href')).toBe('#contenu');
    expect(p.doc.querySelector('main#contenu')).not.toBeNull();
    expect(p.doc.querySelector('label[for=departement]')).not.toBeNull();
    expect(p.doc.querySelector('label[for=profession]')).not.toBeNull();
    expect(p.doc.querySelector('form.filters')!.getAttribute('method')).toBe('get');
    // No script on the page; a CSP that runs none.
    expect(p.doc.querySelectorAll('script').length).toBe(0);
    expect(p.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(p.headers.get('content-security-policy')).not.toMatch(/script-src/);
    expect(p.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('escapes what an ad says', async () => {
    await setup();
    const list = await page(fx, '/offres');
    expect(list.text).not.toContain('<script>alert(1)');
    expect(list.text).toContain('Sage-femme &lt;script&gt;alert(1)&lt;/script&gt;');
    const offer = await page(fx, `/offres/${ids.evil}`);
    expect(offer.status).toBe(200);
    expect(offer.text).not.toMatch(/<script>alert/);
    expect(offer.doc.querySelectorAll('script').length).toBe(1); // the JSON-LD block only
    expect(textOf(offer.doc.querySelector('h1'))).toBe('Sage-femme <script>alert(1)</script>');
    expect(textOf(offer.doc.querySelector('.text'))).toContain('Texte </script><script>alert(2)</script> & « guillemets »');
    const jsonLd = JSON.parse(offer.doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.title).toBe('Sage-femme <script>alert(1)</script>');
  });

  it('filters by department and profession with a plain GET form, and keeps the choice selected', async () => {
    await setup();
    const tarn = await page(fx, '/offres?departement=81');
    expect([...tarn.doc.querySelectorAll('ul.offers h2')].map(textOf)).toEqual(['Médecin généraliste — Lacaune']);
    expect(tarn.doc.querySelector('#departement option[value="81"]')!.hasAttribute('selected')).toBe(true);
    expect(textOf(tarn.doc.querySelector('.count'))).toBe('1 offre pour ces critères');
    const nurses = await page(fx, '/offres?profession=infirmier');
    expect([...nurses.doc.querySelectorAll('ul.offers h2')].map(textOf)).toEqual(['Infirmier·e — Sainte-Croix']);
    const none = await page(fx, '/offres?departement=48&profession=secretaire');
    expect(none.status).toBe(200);
    expect(none.doc.querySelectorAll('ul.offers').length).toBe(0);
    expect(textOf(none.doc.querySelector('.empty'))).toContain('Aucune offre ne correspond à ces critères pour le moment.');
    // Unknown values are ignored, never a 500.
    const odd = await page(fx, '/offres?departement=%3Cx%3E&profession=pilote&page=-3');
    expect(odd.status).toBe(200);
    expect(odd.doc.querySelectorAll('ul.offers li').length).toBe(3);
  });

  it('pages by 20, the links keeping the filters', async () => {
    await setup();
    for (let k = 0; k < 20; k++) await onlineOffer(fx, f.centres.cabannes.id, { title: `Secrétaire ${String(k).padStart(2, '0')}`, profession: 'secretaire', publishedOn: addDays(today, -20) });
    const first = await page(fx, '/offres?profession=secretaire');
    expect(first.doc.querySelectorAll('ul.offers li').length).toBe(20);
    expect(textOf(first.doc.querySelector('.count'))).toBe('20 offres pour ces critères');
    const all = await page(fx, '/offres');
    expect(textOf(all.doc.querySelector('.count'))).toBe('23 offres en ligne — page 1 sur 2');
    const next = all.doc.querySelector('nav.pages a[rel=next]')!;
    expect(next.getAttribute('href')).toBe('/offres?page=2');
    const second = await page(fx, '/offres?page=2');
    expect(second.doc.querySelectorAll('ul.offers li').length).toBe(3);
    expect(second.doc.querySelector('nav.pages [aria-current=page]')!.textContent).toBe('2');
    const beyond = await page(fx, '/offres?page=9');
    expect(textOf(beyond.doc.querySelector('.empty'))).toContain('Cette page ne contient aucune offre.');
    expect(textOf(beyond.doc.querySelector('.count'))).toContain('23 offres');
    const filtered = await page(fx, '/offres?departement=09');
    expect(filtered.doc.querySelector('nav.pages a[rel=next]')!.getAttribute('href')).toBe('/offres?departement=09&page=2');
  });

  it('shows an offer: the ad, salary, FTE, dates, the centre’s services and the map of its department', async () => {
    await setup();
    const p = await page(fx, `/offres/${ids.scvNurse}`);
    expect(p.status).toBe(200);
    expect(textOf(p.doc.querySelector('h1'))).toBe('Infirmier·e — Sainte-Croix');
    const facts = textOf(p.doc.querySelector('.facts'));
    expect(facts).toContain('Salaire 30 000 € – 34 000 € brut par an');
    expect(p.text).toContain('30\u00a0000\u00a0€ – 34\u00a0000\u00a0€ brut par an');
    expect(facts).toContain('Temps de travail 0,8 ETP (temps partiel)');
    expect(facts).toContain('Contrat CDD');
    const [y, m, d] = addDays(today, 60).split('-');
    expect(facts).toContain(`Prise de poste à partir du ${d}/${m}/${y}`);
    const [cy, cm, cd] = addDays(today, 30).split('-');
    expect(facts).toContain(`Candidatures jusqu’au ${cd}/${cm}/${cy}`);
    expect([...p.doc.querySelectorAll('aside li')].map(textOf)).toEqual(['Soins programmés', 'Soins non programmés', 'Visites à domicile']);
    const map = p.doc.querySelector('figure.map svg')!;
    expect(map.getAttribute('role')).toBe('img');
    expect(map.querySelectorAll('path').length).toBe(13);
    expect(textOf(map.querySelector('path.here title'))).toBe('Ariège');
    expect(textOf(map.querySelector('title'))).toBe('Carte de l’Occitanie, département de l’offre mis en évidence : Ariège (09)');
    expect(p.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('describes the offer in schema.org JobPosting JSON-LD', async () => {
    await setup();
    const p = await page(fx, `/offres/${ids.lacaune}`);
    const data = JSON.parse(p.doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Médecin généraliste — Lacaune',
      datePosted: addDays(today, -3),
      validThrough: expect.stringMatching(new RegExp(`^${addDays(today, 30)}T23:59:59\\+0[12]:00$`)),
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'GIP Ma santé, Ma Région' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Lacaune', addressRegion: 'Occitanie', addressCountry: 'FR' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 42000, maxValue: 52000, unitText: 'YEAR' } },
      identifier: { '@type': 'PropertyValue', value: String(ids.lacaune) },
      url: `http://localhost/offres/${ids.lacaune}`,
    });
    expect(data.description).toContain('Exercice salarié en centre de santé');
    expect(data.description).toContain('Profil recherché');
  });

  it('answers 404 for an unknown, unpublished or not yet published offer, 410 for a closed one, in French', async () => {
    await setup();
    for (const path of ['/offres/999999', '/offres/abc', `/offres/${ids.unpublished}`, `/offres/${ids.future}`, '/offres/1/inconnu']) {
      const p = await page(fx, path);
      expect(p.status, path).toBe(404);
      expect(textOf(p.doc.querySelector('h1')), path).toBe('Offre introuvable');
      expect(p.doc.documentElement.getAttribute('lang')).toBe('fr');
    }
    for (const id of [ids.past, ids.frozen, f.positions.scvMedecin.id, f.positions.lacauneMedecin.id]) {
      const p = await page(fx, `/offres/${id}`);
      expect(p.status, String(id)).toBe(410);
      expect(textOf(p.doc.querySelector('h1'))).toBe('Cette offre est close');
    }
    // Neither is listed.
    const list = await page(fx, '/offres');
    for (const title of ['Pas encore en ligne', 'Brouillon', 'Campagne finie', 'Gelé depuis']) expect(list.text).not.toContain(title);
  });

  it('sends /offres/ to /offres', async () => {
    const res = await fx.app.request('/offres/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/offres');
  });

  it('serves its stylesheet', async () => {
    const res = await fx.app.request('/offres/offres.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await res.text()).toContain(':focus-visible');
  });
});
