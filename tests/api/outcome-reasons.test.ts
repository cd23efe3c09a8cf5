import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { FunnelStats } from '../../src/domain/stats';
import { describeEachDatabase, type ApiFixture } from '../support/database';
import { create, insertFixtures, type Fixtures } from './fixtures';

/**
 * Outcome reasons (issue 16, point 6), on PGlite and PostgreSQL: a refusal and a withdrawal each take a
 * reason of their own list (400 on `outcomeReason` without one, or with one of the other list, and
 * nothing written); another stage carries none (the server clears it); the reason is kept by later
 * writes and the stage history still records the move; the funnel breaks the outcomes down by reason and
 * profession, the same numbers as SQL counts them.
 */

let f: Fixtures;
let n = 0;

async function get(fx: ApiFixture, id: number) {
  const res = await fx.call('GET', `/api/applications/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Record<string, any>;
}

async function application(fx: ApiFixture, positionId: number, profession = 'medecin') {
  n += 1;
  const c = await create(fx.call, 'candidates', { firstName: 'Essai', lastName: `Motif ${n}`, email: `motif${n}@example.org`, profession, source: 'site', consentUntil: '2028-01-31' });
  return create(fx.call, 'applications', { candidateId: c.id, positionId, stage: 'entretien', appliedOn: '2024-03-01', stageOn: '2024-03-10' });
}

describeEachDatabase(
  'outcome reasons',
  (fx) => {
    it('refuses a refusal or a withdrawal without a reason, or with one of the other list, on outcomeReason, and writes nothing', async () => {
      const a = await application(fx, f.positions.scvSageFemme.id, 'sage_femme');
      const cases: [Record<string, unknown>, string][] = [
        [{ stage: 'refusee' }, 'Indiquez le motif du refus'],
        [{ stage: 'refusee', outcomeReason: '' }, 'Indiquez le motif du refus'],
        [{ stage: 'refusee', outcomeReason: 'remuneration' }, 'Ce motif n’est pas un motif de refus'],
        [{ stage: 'retiree' }, 'Indiquez le motif du retrait'],
        [{ stage: 'retiree', outcomeReason: 'profil' }, 'Ce motif n’est pas un motif de retrait'],
        [{ stage: 'retiree', outcomeReason: 'nimporte' }, 'Valeur non reconnue'],
      ];
      for (const [change, message] of cases) {
        const res = await fx.call('PUT', `/api/applications/${a.id}`, { ...a, ...change });
        expect(res.status, JSON.stringify(change)).toBe(400);
        expect(res.body.errors).toEqual({ outcomeReason: message });
        expect(await get(fx, a.id)).toEqual(a);
      }
      // On create too.
      const c = await create(fx.call, 'candidates', { firstName: 'Essai', lastName: 'Motif direct', email: 'motif-direct@example.org', profession: 'medecin', source: 'site', consentUntil: '2028-01-31' });
      const direct = await fx.call('POST', '/api/applications', { candidateId: c.id, positionId: f.positions.scvSageFemme.id, stage: 'refusee', appliedOn: '2024-03-01' });
      expect(direct.status).toBe(400);
      expect(direct.body.errors).toEqual({ outcomeReason: 'Indiquez le motif du refus' });
      const long = await fx.call('PUT', `/api/applications/${a.id}`, { ...a, stage: 'refusee', outcomeReason: 'profil', outcomeNote: 'x'.repeat(1001) });
      expect(long.status).toBe(400);
      expect(long.body.errors).toEqual({ outcomeNote: '1000 caractères au plus' });
    });

    it('keeps the reason and its note, records the move in the stage history, and clears them on a move back', async () => {
      const a = await application(fx, f.positions.scvSageFemme.id, 'sage_femme');
      const refused = await fx.call('PUT', `/api/applications/${a.id}`, { ...a, stage: 'refusee', stageOn: '2024-03-20', outcomeReason: 'profil', outcomeNote: 'Pas d’expérience en suivi gynécologique.' });
      expect(refused.status, JSON.stringify(refused.body)).toBe(200);
      expect(refused.body).toMatchObject({ stage: 'refusee', outcomeReason: 'profil', outcomeNote: 'Pas d’expérience en suivi gynécologique.' });
      expect(refused.body.stageHistory.at(-1)).toEqual({ stage: 'refusee', on: '2024-03-20' });
      // A later write (the date corrected) keeps the reason.
      const corrected = await fx.call('PUT', `/api/applications/${a.id}`, { version: refused.body.version, stageOn: '2024-03-21' });
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
      expect(corrected.body).toMatchObject({ outcomeReason: 'profil', stageOn: '2024-03-21' });
      expect(corrected.body.stageHistory.at(-1)).toEqual({ stage: 'refusee', on: '2024-03-21' });
      // Refusal → withdrawal: the refusal's reason does not do.
      const withdrawnWrong = await fx.call('PUT', `/api/applications/${a.id}`, { ...corrected.body, stage: 'retiree' });
      expect(withdrawnWrong.status).toBe(400);
      expect(withdrawnWrong.body.errors).toEqual({ outcomeReason: 'Ce motif n’est pas un motif de retrait' });
      // Back to an interview: the reason and the note go.
      const back = await fx.call('PUT', `/api/applications/${a.id}`, { ...corrected.body, stage: 'entretien' });
      expect(back.status, JSON.stringify(back.body)).toBe(200);
      expect(back.body).toMatchObject({ stage: 'entretien', outcomeReason: null, outcomeNote: null });
      expect(back.body.stageHistory.map((e: { stage: string }) => e.stage)).toEqual(['recue', 'entretien', 'refusee', 'entretien']);
      // A reason sent on a stage that is no outcome is not kept either.
      const stray = await fx.call('PUT', `/api/applications/${a.id}`, { ...back.body, outcomeReason: 'profil', outcomeNote: 'texte' });
      expect(stray.status).toBe(200);
      expect(stray.body).toMatchObject({ outcomeReason: null, outcomeNote: null });
      const withdrawn = await fx.call('PUT', `/api/applications/${a.id}`, { ...stray.body, stage: 'retiree', outcomeReason: 'localisation' });
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
      expect(withdrawn.body).toMatchObject({ stage: 'retiree', outcomeReason: 'localisation', outcomeNote: null });
    });

    it('refuses a reason of the wrong list in the database too (CHECK)', async () => {
      const a = await application(fx, f.positions.scvSageFemme.id, 'sage_femme');
      await expect(fx.database.db.execute(sql`update applications set outcome_reason = 'profil' where id = ${a.id}`)).rejects.toThrow();
      await fx.database.db.execute(sql`update applications set stage = 'retiree', outcome_reason = 'autre_offre' where id = ${a.id}`);
      await expect(fx.database.db.execute(sql`update applications set stage = 'refusee' where id = ${a.id}`)).rejects.toThrow();
    });

    it('breaks the funnel’s refusals and withdrawals down by reason and profession, as SQL counts them', async () => {
      const outcomes: [number, string, string, string][] = [
        [f.positions.scvSageFemme.id, 'sage_femme', 'refusee', 'profil'],
        [f.positions.scvSageFemme.id, 'sage_femme', 'refusee', 'profil'],
        [f.positions.scvSageFemme.id, 'sage_femme', 'refusee', 'poste_pourvu'],
        [f.positions.scvSageFemme.id, 'sage_femme', 'retiree', 'autre_offre'],
        [f.positions.lacauneMedecin.id, 'medecin', 'refusee', 'injoignable'],
        [f.positions.lacauneMedecin.id, 'medecin', 'retiree', 'autre'],
        [f.positions.lacauneMedecin.id, 'medecin', 'retiree', 'remuneration'],
      ];
      for (const [positionId, profession, stage, outcomeReason] of outcomes) {
        const a = await application(fx, positionId, profession);
        const res = await fx.call('PUT', `/api/applications/${a.id}`, { ...a, stage, outcomeReason });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
      for (const period of ['', '?year=2024', '?year=2023']) {
        const res = await fx.call('GET', `/api/stats/funnel${period}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        const body = res.body as FunnelStats;
        const year = period ? Number(period.slice(6)) : null;
        const counted = (await fx.database.db.execute(sql`
          select a.stage as outcome, a.outcome_reason as reason, p.profession, count(*)::int as count
          from applications a join positions p on p.id = a.position_id
          where a.stage in ('refusee', 'retiree') and (${year}::int is null or extract(year from a.applied_on) = ${year}::int)
          group by 1, 2, 3`)) as unknown as { rows: { outcome: string; reason: string | null; profession: string; count: number }[] };
        const key = (r: { outcome: string; reason: string | null; profession: string }) => `${r.outcome}/${r.reason}/${r.profession}`;
        const expected = Object.fromEntries(counted.rows.map((r) => [key(r), Number(r.count)]));
        expect(Object.fromEntries(body.outcomeReasons.map((r) => [key(r), r.count])), period).toEqual(expected);
        expect(body.outcomeReasons.filter((r) => r.outcome === 'refusee').reduce((s, r) => s + r.count, 0)).toBe(body.outcomes.refused);
        expect(body.outcomeReasons.filter((r) => r.outcome === 'retiree').reduce((s, r) => s + r.count, 0)).toBe(body.outcomes.withdrawn);
      }
      const all = (await fx.call('GET', '/api/stats/funnel')).body as FunnelStats;
      expect(all.outcomeReasons).toEqual(
        expect.arrayContaining([
          { outcome: 'refusee', reason: 'profil', profession: 'sage_femme', count: 2 },
          { outcome: 'retiree', reason: 'remuneration', profession: 'medecin', count: 1 },
        ]),
      );
      // Refusals first, each list in its order.
      expect(all.outcomeReasons.findIndex((r) => r.outcome === 'retiree')).toBeGreaterThan(all.outcomeReasons.findLastIndex((r) => r.outcome === 'refusee'));
    });
  },
  async (fx) => {
    f = await insertFixtures(fx.call);
  },
);
