import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatters } from '../../src/app/dashboard/format';
import { outcomeReasons, professions, stages } from '../../src/domain/enums';
import type { FunnelStats } from '../../src/domain/stats';
import { TEST_ADMIN } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

/**
 * Outcome reasons in the app (issue 16, point 6), over the seeded demonstration: the funnel's breakdown
 * of refusals and withdrawals by reason and profession (a table, its CSV and a sentence), its numbers
 * those SQL counts; the application form asks a refusal's reason, from the refusal list only.
 */
const DEMO_PASSWORD = 'maillage-demo';
const fmt = formatters('fr');
const server = useAppServer({ seed: true });
const TITLE = 'Motifs des refus et des retraits';

afterEach(() => vi.restoreAllMocks());

async function rows(sqlText: ReturnType<typeof sql>) {
  const result = await server.database.db.execute(sqlText);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows;
}
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('the funnel’s reasons', () => {
  it('shows the refusals and withdrawals by reason and profession as a table, the counts SQL gives, with a sentence', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const funnel = (await server.api('GET', '/api/stats/funnel?year=all')).body as FunnelStats;
    const counted = await rows(sql`
      select a.stage, a.outcome_reason as reason, p.profession, count(*)::int as n
      from applications a join positions p on p.id = a.position_id
      where a.stage in ('refusee', 'retiree') group by 1, 2, 3`);
    expect(counted.length).toBeGreaterThan(3);
    const byKey = (stage: unknown, reason: unknown, profession: unknown) => `${String(stage)}/${String(reason)}/${String(profession)}`;
    expect(Object.fromEntries(funnel.outcomeReasons.map((r) => [byKey(r.outcome, r.reason, r.profession), r.count]))).toEqual(
      Object.fromEntries(counted.map((r) => [byKey(r.stage, r.reason, r.profession), Number(r.n)])),
    );

    renderApp('/');
    const section = await screen.findByRole('region', { name: TITLE });
    const table = await within(section).findByRole('table', { name: TITLE });
    const body = within(table).getAllByRole('row').slice(1);
    expect(body).toHaveLength(funnel.outcomeReasons.length);
    const first = funnel.outcomeReasons[0];
    expect(first.outcome).toBe('refusee');
    expect([...body[0].querySelectorAll('th, td')].map((c) => c.textContent)).toEqual([
      stages.label(first.outcome),
      outcomeReasons.label(first.reason as never),
      professions.label(first.profession),
      fmt.number(first.count),
      fmt.percent(first.count / funnel.outcomes.refused),
    ]);

    // The sentence: each outcome's most frequent reason, all professions together.
    const top = (outcome: string) => {
      const sums = new Map<string, number>();
      for (const r of funnel.outcomeReasons) if (r.outcome === outcome) sums.set(r.reason!, (sums.get(r.reason!) ?? 0) + r.count);
      return [...sums].reduce((a, b) => (b[1] > a[1] ? b : a));
    };
    const [refusal, refusals] = top('refusee');
    const [withdrawal, withdrawals] = top('retiree');
    const summary = within(section).getByTestId('chart-summary');
    expect(plain(summary.textContent!)).toBe(
      plain(
        `Premier motif de refus : ${outcomeReasons.label(refusal as never)} (${fmt.number(refusals)} sur ${fmt.number(funnel.outcomes.refused)}). ` +
          `Premier motif de retrait : ${outcomeReasons.label(withdrawal as never)} (${fmt.number(withdrawals)} sur ${fmt.number(funnel.outcomes.withdrawn)}).`,
      ),
    );
  });

  it('exports the breakdown as a French CSV file', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const funnel = (await server.api('GET', '/api/stats/funnel?year=all')).body as FunnelStats;
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderApp('/');
    const section = await screen.findByRole('region', { name: TITLE });
    await userEvent.click(await within(section).findByRole('button', { name: `Exporter en CSV : ${TITLE}` }));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0].arrayBuffer());
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Issue;Motif;Profession;Candidatures;Part de l’issue');
    expect(lines.slice(1, -1).map((l) => l.split(';').slice(0, 4).join(';'))).toEqual(
      funnel.outcomeReasons.map((r) => [stages.label(r.outcome), outcomeReasons.label(r.reason as never), professions.label(r.profession), r.count].join(';')),
    );
  });
});

describe('the application form', () => {
  it('asks a refusal’s reason from the refusal list, and saves it', async () => {
    await server.signIn(TEST_ADMIN);
    const [open] = await rows(sql`select id from applications where stage = 'entretien' order by id limit 1`);
    const id = Number(open.id);
    const user = userEvent.setup();
    renderApp(`/applications/${id}`);
    const stage = await screen.findByRole('combobox', { name: /^Étape/ });
    await waitFor(() => expect(stage).toHaveTextContent('Entretien'));
    expect(screen.queryByRole('combobox', { name: /^Motif/ })).toBeNull();
    await user.click(stage);
    await user.click(await screen.findByRole('option', { name: 'Refusée' }));
    const reason = await screen.findByRole('combobox', { name: /^Motif/ });
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Indiquez le motif du refus')).toBeInTheDocument();
    expect(server.requests.filter((r) => r.method === 'PUT')).toEqual([]);

    await user.click(reason);
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent).filter(Boolean)).toEqual(
      expect.arrayContaining(['Profil ne correspondant pas', 'Poste pourvu', 'Candidat·e injoignable', 'Autre']),
    );
    expect(within(listbox).queryByRole('option', { name: 'Rémunération' })).toBeNull();
    await user.click(within(listbox).getByRole('option', { name: 'Candidat·e injoignable' }));
    await user.type(screen.getByRole('textbox', { name: /^Précisions sur le motif/ }), 'Trois relances sans réponse.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(server.requests.some((r) => r.method === 'PUT')).toBe(true));
    await waitFor(async () =>
      expect((await server.api('GET', `/api/applications/${id}`)).body).toMatchObject({ stage: 'refusee', outcomeReason: 'injoignable', outcomeNote: 'Trois relances sans réponse.' }),
    );
  });

  it('shows the reason and its note on the application’s page', async () => {
    await server.signIn(TEST_ADMIN);
    const [refused] = await rows(sql`select id, outcome_reason from applications where stage = 'refusee' and outcome_note is not null order by id limit 1`);
    renderApp(`/applications/${String(refused.id)}/show`);
    expect(await screen.findByText(outcomeReasons.label(refused.outcome_reason as never))).toBeInTheDocument();
    expect(screen.getByText('Précisions sur le motif')).toBeInTheDocument();
  });
});
