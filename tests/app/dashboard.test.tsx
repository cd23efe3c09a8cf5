import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sql } from 'drizzle-orm';
import { cloneElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatters } from '../../src/app/dashboard/format';
import { parisLocalToIso } from '../../src/domain/datetime';
import type { CentresByYearStats, DepartmentStats, FunnelStats, HrStats, OverviewStats, UpcomingInterviewsStats } from '../../src/domain/stats';
import { formatInstant } from '../../src/app/resources/interviews/format';
import { DEMO_TODAY } from '../../src/server/seed/demo';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

/**
 * The dashboards over the seeded demonstration data, through msw and the real server app: the figures
 * shown are the API's (scoped by role), the charts can be read as tables and exported, the map names
 * its 13 departments. happy-dom has no layout: recharts' ResponsiveContainer gets a fixed size.
 */
vi.mock('recharts', async (importOriginal) => {
  const original = await importOriginal<typeof import('recharts')>();
  return {
    ...original,
    ResponsiveContainer: ({ children }: { children: ReactElement<{ width?: number; height?: number }> }) => (
      <div style={{ width: 800, height: 300 }}>{cloneElement(children, { width: 800, height: 300 })}</div>
    ),
  };
});

const DEMO_PASSWORD = 'maillage-demo';
const fmt = formatters('fr');
const server = useAppServer({ seed: true });

afterEach(() => vi.restoreAllMocks());

const get = async <T,>(path: string): Promise<T> => {
  const { status, body } = await server.api('GET', path);
  expect(status, path).toBe(200);
  return body as T;
};

/** The headline figure of the KPI card headed `title`. */
async function kpi(title: string | RegExp) {
  const card = await screen.findByRole('region', { name: title });
  return within(card).getByTestId('kpi-value').textContent ?? '';
}

/** Figures are grouped with no-break spaces; toHaveTextContent compares with plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ');

const card = (title: string | RegExp) => screen.findByRole('region', { name: title });

async function rows(sqlText: ReturnType<typeof sql>) {
  const result = await server.database.db.execute(sqlText);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows;
}

describe('regional dashboard (region)', () => {
  it('shows the true headline figures, with the counting rule and a link to the targets', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const overview = await get<OverviewStats>('/api/stats/overview?year=all');
    expect(overview.scope.kind).toBe('all');

    // Counted by hand in SQL: clinicians on CDI in post on the API's « as of » day.
    const asOf = overview.period.asOf;
    const [byHand] = await rows(sql`
      select count(distinct coalesce(rpps, id::text))::int as n from hires
      where profession in ('medecin', 'infirmier', 'sage_femme') and contract = 'cdi'
        and start_on <= ${asOf} and (end_on is null or end_on >= ${asOf})`);
    expect(overview.professionals.inPost).toBe(Number(byHand.n));
    const [members] = await rows(sql`select count(*)::int as n from members where status = 'actif'`);

    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeInTheDocument();
    expect(await kpi('Professionnels en poste')).toBe(`${fmt.number(overview.professionals.inPost)}/ ${fmt.number(overview.professionals.target)}`);
    expect(await kpi(`Recrutements en ${overview.hires.year}`)).toBe(`${fmt.number(overview.hires.count)}/ ${fmt.number(overview.hires.target)}`);
    expect(await kpi('Centres ouverts')).toBe(`${fmt.number(overview.centres.open)}/ ${fmt.number(overview.centres.targetToDate)}`);
    expect(await kpi('Membres')).toBe(fmt.number(overview.members.total));
    expect(overview.members.total).toBe(Number(members.n));
    expect(await kpi('Postes ouverts')).toBe(fmt.number(overview.positions.open));
    for (const { college, count } of overview.members.byCollege)
      expect(within(await card('Membres')).getByText(`Collège ${college} : ${fmt.number(count)}`)).toBeInTheDocument();
    const doctors = overview.professionals.byProfession.find((p) => p.profession === 'medecin')!;
    expect(within(await card('Professionnels en poste')).getByText(`Médecin généraliste : ${fmt.number(doctors.countedInPost)}`)).toBeInTheDocument();

    expect(screen.getByTestId('counting-rule')).toHaveTextContent('Médecin généraliste, Infirmier·e et Sage-femme, sous contrat CDI');
    expect(screen.getByRole('link', { name: 'Modifier les objectifs' })).toHaveAttribute('href', '/targets');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows the funnel with its conversion rates and median time to hire', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const funnel = await get<FunnelStats>('/api/stats/funnel?year=all');
    expect(funnel.applications).toBeGreaterThan(0);
    renderApp('/');
    const section = await card('Entonnoir de recrutement');
    const summary = await within(section).findByTestId('chart-summary');
    expect(summary).toHaveTextContent(plain(`${fmt.number(funnel.applications)} candidatures reçues, ${fmt.number(funnel.outcomes.accepted)} acceptées`));
    expect(summary).toHaveTextContent(`${fmt.number(funnel.timeToHire.medianDaysToAcceptance, 1)} jours`);

    await userEvent.click(await within(section).findByRole('button', { name: 'Afficher le tableau : Entonnoir de recrutement' }));
    const table = within(section).getByRole('table', { name: 'Entonnoir de recrutement' });
    const interview = within(table).getByRole('rowheader', { name: 'Entretien' }).closest('tr')!;
    const step = funnel.steps.find((s) => s.stage === 'entretien')!;
    expect(within(interview).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      fmt.number(step.reached),
      fmt.percent(step.fromPrevious),
      fmt.percent(step.fromFirst),
    ]);
  });

  it('says in French that the server failed when a statistics endpoint answers 500 without a message', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.includes('/api/stats/funnel')) return Promise.resolve(new Response('', { status: 500 }));
      return realFetch(input, init);
    });
    renderApp('/');
    const section = await card('Entonnoir de recrutement');
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Chiffres indisponibles : Le serveur a rencontré une erreur. Réessayez dans un instant.',
    );
    // The other cards are unaffected.
    expect(await within(await card('Centres ouverts par année')).findByTestId('chart-summary')).toBeInTheDocument();
  });

  it('shows a chart’s data as a table on request, and back', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const { years } = await get<CentresByYearStats>('/api/stats/centres-by-year?year=all');
    renderApp('/');
    const section = await card('Centres ouverts par année');
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    const toggle = await within(section).findByRole('button', { name: 'Afficher le tableau : Centres ouverts par année' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    const table = within(section).getByRole('table', { name: 'Centres ouverts par année' });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(years.length);
    const y2023 = years.find((y) => y.year === 2023)!;
    expect(within(bodyRows[1]).getAllByRole('cell').map((c) => c.textContent)).toEqual(
      [y2023.opened, y2023.closed, y2023.openAtEnd, y2023.target, y2023.cumulativeTarget].map((n) => fmt.number(n)),
    );
    await userEvent.click(within(section).getByRole('button', { name: 'Afficher le graphique : Centres ouverts par année' }));
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    expect(within(section).getByRole('img', { name: /^Centres ouverts par année\. / })).toBeInTheDocument();
  });

  it('exports a chart’s data as a French CSV file', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const { years } = await get<CentresByYearStats>('/api/stats/centres-by-year?year=all');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderApp('/');
    const section = await card('Centres ouverts par année');
    await userEvent.click(await within(section).findByRole('button', { name: 'Exporter en CSV : Centres ouverts par année' }));
    expect(clicks).toEqual(['centres-ouverts-par-annee.csv']);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0].arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Année;Ouverts;Fermés;Ouverts en fin d’année;Objectif;Objectif cumulé');
    expect(lines.slice(1, -1)).toEqual(years.map((y) => [y.year, y.opened, y.closed, y.openAtEnd, y.target, y.cumulativeTarget].join(';')));
  });

  it('draws the 13 departments as named buttons; picking one shows its figures and links to its centres', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const { departments } = await get<DepartmentStats>('/api/stats/departments?year=all');
    renderApp('/');
    const section = await card('Carte des départements d’Occitanie');
    const map = await within(section).findByRole('group', { name: 'Carte des départements d’Occitanie' });
    const buttons = within(map).getAllByRole('button');
    expect(buttons).toHaveLength(13);
    const expected = departments.slice(0, 13).map((d) => `${d.name} : ${d.centres} centre${d.centres > 1 ? 's' : ''}`);
    expect(buttons.map((b) => b.getAttribute('aria-label')).sort()).toEqual(expected.sort());
    const ariege = departments.find((d) => d.code === '09')!;
    const button = within(map).getByRole('button', { name: `Ariège : ${ariege.centres} centre${ariege.centres > 1 ? 's' : ''}` });
    expect(button).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(within(section).getByTestId('department-selected')).toHaveTextContent(`Département choisi : Ariège`);
    expect(within(section).getByTestId('department-selected')).toHaveTextContent(plain(`population ${fmt.number(ariege.population)}`));
    expect(within(section).getByRole('link', { name: 'Voir les centres : Ariège' })).toHaveAttribute(
      'href',
      `/centres?filter=${encodeURIComponent('{"departmentCode":"09"}')}`,
    );
    expect(within(section).getByText('Fond de carte : MapSVG (CC BY 4.0)')).toBeInTheDocument();

    // Another indicator: professionals per 100,000 inhabitants.
    await userEvent.click(within(section).getByRole('combobox', { name: 'Indicateur' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Professionnels pour 100 000 habitants' }));
    await waitFor(() =>
      expect(within(map).getByRole('button', { name: /^Ariège : / })).toHaveAttribute(
        'aria-label',
        `Ariège : ${fmt.number(ariege.professionalsPer100k, 1)} professionnels pour 100 000 habitants`,
      ),
    );
  });

  it('clicking a department filters every card on it, says so, and clears back to the region', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const ariege = await get<OverviewStats>('/api/stats/overview?year=all&department=09');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const urls = () => fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input));
    renderApp('/');
    const section = await card('Carte des départements d’Occitanie');
    const map = await within(section).findByRole('group', { name: 'Carte des départements d’Occitanie' });
    await userEvent.click(within(map).getByRole('button', { name: /^Ariège : / }));

    await waitFor(() => expect(urls().some((u) => u.includes('/api/stats/overview?year=all&department=09'))).toBe(true));
    expect(urls().some((u) => u.includes('/api/stats/activity?year=all&department=09'))).toBe(true);
    expect(urls().every((u) => !u.includes('/api/stats/departments') || !u.includes('department='))).toBe(true);
    const note = await screen.findByTestId('department-filter');
    expect(note).toHaveTextContent('Filtré : Ariège');
    expect(within(note).getByRole('link', { name: 'Voir les centres : Ariège' })).toHaveAttribute(
      'href',
      `/centres?filter=${encodeURIComponent('{"departmentCode":"09"}')}`,
    );
    expect(screen.getByRole('combobox', { name: 'Département' })).toHaveTextContent('Ariège (09)');
    // The department's own figures, titled with its name and not compared with the regional targets.
    expect(screen.getByTestId('dashboard-subtitle')).toHaveTextContent('Ariège : les centres et les professionnels du département');
    expect(screen.getByText(/il n’existe pas encore d’objectif par département/)).toBeInTheDocument();
    await waitFor(async () => expect(await kpi('Centres ouverts')).toBe(fmt.number(ariege.centres.open)));
    expect(await kpi('Professionnels en poste')).toBe(fmt.number(ariege.professionals.inPost));
    const centres = await card('Centres ouverts par année');
    await waitFor(() => expect(within(centres).getByTestId('chart-legend')).toHaveTextContent(/^OuvertsOuverts en fin d’année$/));

    await userEvent.click(within(note).getByRole('button', { name: 'Retirer le filtre' }));
    await waitFor(() => expect(screen.queryByTestId('department-filter')).not.toBeInTheDocument());
    expect(screen.getByRole('combobox', { name: 'Département' })).toHaveTextContent('Toute la région');
    expect(screen.getByTestId('dashboard-subtitle')).toHaveTextContent('Vue régionale : tous les membres et tous les centres');
    await waitFor(async () => expect(await kpi('Centres ouverts')).toMatch(/\/ \d/));
    // The regional plan is in the legend, with a swatch drawn as its bars are (a red dashed outline).
    const legend = within(await card('Centres ouverts par année')).getByTestId('chart-legend');
    await waitFor(() => expect(legend).toHaveTextContent(/^OuvertsObjectifOuverts en fin d’année$/));
    expect(legend.querySelectorAll('li')[1].querySelector('rect')).toHaveAttribute('stroke', '#c9191e');
  });

  it('follows the period selector', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const overview2024 = await get<OverviewStats>('/api/stats/overview?year=2024');
    renderApp('/');
    await card('Professionnels en poste');
    await userEvent.click(screen.getByRole('combobox', { name: 'Période' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Année 2024' }));
    expect(await kpi('Recrutements en 2024')).toBe(`${fmt.number(overview2024.hires.count)}/ ${fmt.number(overview2024.hires.target)}`);
    expect(await kpi('Centres ouverts')).toBe(`${fmt.number(overview2024.centres.open)}/ ${fmt.number(overview2024.centres.targetToDate)}`);
    expect(await screen.findByText('Chiffres au 31/12/2024')).toBeInTheDocument();
  });
});

describe('member dashboard (member)', () => {
  it('shows only the centres its member backs, without targets nor funnel', async () => {
    await server.signIn('region@maillage.demo', DEMO_PASSWORD);
    const regional = await get<OverviewStats>('/api/stats/overview?year=all');
    await server.signIn('haute-ariege@maillage.demo', DEMO_PASSWORD);
    const overview = await get<OverviewStats>('/api/stats/overview?year=all');
    const { departments } = await get<DepartmentStats>('/api/stats/departments?year=all');
    expect(overview.scope.kind).toBe('member');
    expect(overview.centres.open).toBeGreaterThan(0);
    expect(overview.centres.open).toBeLessThan(regional.centres.open);

    // By hand: the open centres its member backs.
    const memberId = (overview.scope as { memberId: number }).memberId;
    const [byHand] = await rows(sql`
      select count(*)::int as n from centres c join centre_members cm on cm.centre_id = c.id
      where cm.member_id = ${memberId} and c.opened_on <= ${overview.period.asOf}
        and (c.closed_on is null or c.closed_on > ${overview.period.asOf})`);
    expect(overview.centres.open).toBe(Number(byHand.n));

    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeInTheDocument();
    expect(await kpi('Centres ouverts')).toBe(fmt.number(overview.centres.open));
    expect(await kpi('Professionnels en poste')).toBe(fmt.number(overview.professionals.inPost));
    expect(screen.getByText(/Les objectifs .* sont régionaux/)).toBeInTheDocument();

    const section = await card('Carte des départements d’Occitanie');
    const map = await within(section).findByRole('group', { name: 'Carte des départements d’Occitanie' });
    const labels = within(map).getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(labels).toHaveLength(13);
    const withCentres = departments.filter((d) => d.centres > 0);
    expect(withCentres.reduce((s, d) => s + d.centres, 0)).toBe(overview.centres.open);
    for (const d of departments.slice(0, 13))
      expect(labels).toContain(`${d.name} : ${d.centres} centre${d.centres > 1 ? 's' : ''}`);
    expect(labels.filter((l) => !/ : 0 centre$/.test(l!))).toHaveLength(withCentres.length);
    // Singular for its one department (« 1 département sur 13 a… », not « 1 départements… ont »).
    expect(withCentres).toHaveLength(1);
    expect(within(section).getByText(/; 1 département sur 13 a au moins un centre ouvert\.$/)).toBeInTheDocument();

    await screen.findByRole('region', { name: 'Activité des centres par mois' });
    expect(screen.queryByRole('region', { name: 'Entonnoir de recrutement' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Modifier les objectifs' })).not.toBeInTheDocument();
    expect(server.requests.some((r) => r.url.pathname === '/api/stats/funnel')).toBe(false);
    expect(server.requests.filter((r) => r.url.pathname.startsWith('/api/stats/')).length).toBeGreaterThan(0);
  });
});

describe('HR dashboard (hr)', () => {
  it('shows the pipeline by stage, open positions by age and the next 90 days', async () => {
    await server.signIn('rh@maillage.demo', DEMO_PASSWORD);
    const hr = await get<HrStats>('/api/stats/hr');
    renderApp('/');
    const section = await card('Candidatures par étape');
    const inProgress = hr.pipeline.filter((s) => ['recue', 'preselection', 'entretien', 'offre'].includes(s.stage)).reduce((s, r) => s + r.count, 0);
    expect(await within(section).findByTestId('chart-summary')).toHaveTextContent(plain(`${fmt.number(inProgress)} candidatures en cours`));
    await userEvent.click(await within(section).findByRole('button', { name: 'Afficher le tableau : Candidatures par étape' }));
    const table = within(section).getByRole('table', { name: 'Candidatures par étape' });
    for (const stage of hr.pipeline) {
      const label = { recue: 'Reçue', preselection: 'Présélection', entretien: 'Entretien', offre: 'Offre', acceptee: 'Acceptée', refusee: 'Refusée', retiree: 'Retirée' }[stage.stage];
      const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(fmt.number(stage.count));
    }
    expect(await kpi('Postes ouverts')).toBe(fmt.number(hr.openPositions.total));
    expect(await kpi('Arrivées prévues')).toBe(fmt.number(hr.starts.total));
    expect(await kpi('Fins de contrat prévues')).toBe(fmt.number(hr.contractEnds.total));
    const starts = await card('Arrivées dans les 90 prochains jours');
    expect(within(starts).getAllByRole('row')).toHaveLength(hr.starts.items.length + 1);
    for (const item of hr.starts.items) expect(within(starts).getByText(`${item.firstName} ${item.lastName}`)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Professionnels en poste' })).not.toBeInTheDocument();
  });

  it('lists the demonstration’s planned interviews on the card and on the board, on the demonstration’s today', async () => {
    // The demonstration is dated: its « next 14 days » are those after DEMO_TODAY (only Date is faked).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(parisLocalToIso(DEMO_TODAY, '08:30')));
    try {
      await server.signIn('rh@maillage.demo', DEMO_PASSWORD);
      const upcoming = await get<UpcomingInterviewsStats>('/api/stats/interviews');
      const planned = await get<{ id: number }[]>(`/api/interviews?filter=${encodeURIComponent(JSON.stringify({ status: 'prevu' }))}&range=[0,99]`);
      expect(upcoming.total).toBe(planned.length);
      expect(upcoming.total).toBeGreaterThanOrEqual(5);
      renderApp('/');
      const section = await card('Entretiens des 14 prochains jours');
      for (const i of upcoming.items) {
        expect(await within(section).findByRole('link', { name: formatInstant(i.startsAt, 'fr') })).toHaveAttribute('href', `/interviews/${i.id}`);
        expect(within(section).getByText(`${i.candidateName} — ${i.positionLabel} — ${i.location}`)).toBeInTheDocument();
      }
      renderApp('/applications/board');
      const first = upcoming.items[0];
      const article = await screen.findByRole('article', { name: first.candidateName });
      expect(await within(article).findByText(`Entretien le ${formatInstant(first.startsAt, 'fr')}`)).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
