import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore, TestMemoryRouter } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { rangeLabel } from '../../src/app/forms/filters';
import { createI18nProvider } from '../../src/app/i18n';
import { fr } from '../../src/app/i18n/fr';
import { resources } from '../../src/domain/resources';
import { renderApp } from '../support/app-render';
import { TEST_ADMIN } from '../support/accounts';
import { useAppServer } from '../support/app-server';
import { seedRecruitment } from './recruitment-fixtures';

/**
 * Words as a reader sees them (issue 13, points 11 and 18): no plural entry shown whole
 * (« Centre de santé |||| Centres de santé »), range filters that do not repeat their preposition, the
 * right password hint, no French left in the English screens, months by their names, French spacing.
 */
let ids: Record<string, number> = {};
const server = useAppServer({
  async prepare(s) {
    ids = await seedRecruitment(s);
    const activity = await s.api('POST', '/api/activities', {
      centreId: ids.scv, month: '2025-03', scheduled: 412, unscheduled: 120, homeVisits: 30, outOfHoursShifts: 4, newReferringPatients: 51,
    });
    if (activity.status !== 201) throw new Error(JSON.stringify(activity.body));
    ids.activity = activity.body.id;
  },
});

function renderInEnglish(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <TestMemoryRouter initialEntries={[path]}>
      <App store={memoryStore({ locale: 'en' })} queryClient={queryClient} />
    </TestMemoryRouter>,
  );
}

const RAW = /\|\|\|\||(?<![@\w.])(?:resources|maillage|ra)\.[a-z_]+\.[a-z_]/;

describe('plural entries (point 11)', () => {
  it('names a centre’s first tab « Centre de santé », not the whole plural entry', async () => {
    renderApp(`/centres/${ids.scv}/show`);
    expect(await screen.findByRole('tab', { name: 'Centre de santé' })).toBeInTheDocument();
    await screen.findByText('Sainte-Croix-Volvestre (09257)');
    expect(document.body.textContent).not.toMatch(RAW);
  });

  it('gives the singular of a plural entry asked for without smart_count', () => {
    const i18n = createI18nProvider();
    expect(i18n.translate('resources.centres.name')).toBe('Centre de santé');
    expect(i18n.translate('resources.centres.name', { smart_count: 2 })).toBe('Centres de santé');
  });
});

describe('range filters (point 18)', () => {
  it('labels the candidates’ « Conservation jusqu’au » bounds without « jusqu’au jusqu’au »', async () => {
    const user = userEvent.setup();
    renderApp('/candidates');
    await screen.findByText('lea.martin@exemple.fr');
    await user.click(screen.getByRole('button', { name: 'Ajouter un filtre' }));
    const items = (await screen.findAllByRole('menuitemcheckbox')).map((item) => item.textContent?.trim());
    expect(items).toContain('Conservation à partir du');
    expect(items).toContain('Conservation jusqu’au');
    expect(items).toContain('Créé à partir du');
    expect(items.join(' | ')).not.toMatch(/jusqu’au jusqu’au|le à partir|le jusqu/);
  });

  it('labels every range filter of every resource without repeating its preposition, in French and in English', async () => {
    const i18n = createI18nProvider();
    const translate = (key: string, options?: object) => i18n.translate(key, options);
    const labels = (lang: string) =>
      resources.flatMap((r) =>
        Object.entries(r.fields)
          .filter(([, spec]) => spec.filter === 'range')
          .flatMap(([field, spec]) =>
            (spec.kind === 'integer' || spec.kind === 'number' ? (['min', 'max'] as const) : (['from', 'to'] as const)).map(
              (template) => `${lang} ${r.name}.${field}: ${rangeLabel(translate, template, r.name, field)}`,
            ),
          ),
      );
    const french = labels('fr');
    await i18n.changeLocale('en');
    const english = labels('en');
    const wrong = [...french, ...english].filter((label) =>
      /\b(\S+) \1\b|\b(le|du|au|jusqu’au) (à partir|jusqu)|\b(on|until|from) (from|until)\b/i.test(label.split(': ')[1]),
    );
    expect(wrong).toEqual([]);
    expect(french).toContain('fr candidates.consentUntil: Conservation jusqu’au');
    expect(french).toContain('fr applications.appliedOn: Reçue à partir du');
    expect(english).toContain('en candidates.consentUntil: Kept until');
  });
});

describe('hints (point 18)', () => {
  it('does not tell to leave the required password of a new account empty', async () => {
    renderApp('/users/create');
    const password = await screen.findByLabelText(/^Mot de passe/);
    expect(password).toHaveAccessibleDescription(/12 caractères au moins/);
    expect(password).not.toHaveAccessibleDescription(/Laisser vide/);
  });

  it('still says « Laisser vide pour ne pas le changer » when editing an account', async () => {
    const { body } = await server.api('GET', '/api/users');
    renderApp(`/users/${body[0].id}`);
    expect(await screen.findByLabelText(/^Nouveau mot de passe/)).toHaveAccessibleDescription(/Laisser vide pour ne pas le changer/);
  });

  it('gives the FINESS and SIREN hints in English in the English screens', async () => {
    const centre = renderInEnglish('/centres/create');
    expect(await screen.findByText('9 characters, check key included')).toBeInTheDocument();
    expect(screen.queryByText(/caractères/)).toBeNull();
    centre.unmount();
    renderInEnglish('/members/create');
    expect(await screen.findByText('9 digits')).toBeInTheDocument();
    expect(screen.queryByText(/chiffres/)).toBeNull();
  });
});

describe('English leftovers (point 18)', () => {
  it('names a record without a name of its own in English: « Application no. 12 »', async () => {
    renderInEnglish(`/applications/${ids.martinScv}/show`);
    expect(await screen.findByRole('heading', { level: 1, name: `Application no. ${ids.martinScv}` })).toBeInTheDocument();
  });
});

describe('months (point 18)', () => {
  it('names the months of the activity in French: « mars 2025 » in the list, the form and its title', async () => {
    const list = renderApp('/activities');
    const row = (await screen.findByText('mars 2025')).closest('tr')!;
    expect(within(row).getByText('412')).toBeInTheDocument();
    list.unmount();

    renderApp(`/activities/${ids.activity}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Modifier l’activité de mars 2025' })).toBeInTheDocument();
    // Not the browser's <input type="month"> (« March 2025 » in an English browser), a choice by name.
    const month = await screen.findByRole('combobox', { name: /^Mois/ });
    expect(month).toHaveValue('mars 2025');
    expect(month).not.toHaveAttribute('type', 'month');
  });

  it('names them in English in the English screens', async () => {
    renderInEnglish('/activities');
    expect(await screen.findByText('March 2025')).toBeInTheDocument();
    expect(screen.queryByText('mars 2025')).toBeNull();
  });

  it('finds a month typed « 03/2025 » or by its name, and saves it as 2025-03', async () => {
    const user = userEvent.setup();
    renderApp('/activities/create');
    const month = await screen.findByRole('combobox', { name: /^Mois/ });
    await user.type(month, '03/2025');
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['mars 2025']);
    await user.clear(month);
    await user.type(month, 'févr');
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toContain('février 2025');
    expect(options.every((o) => o?.startsWith('février'))).toBe(true);
  });
});

describe('French typography (point 18)', () => {
  /** Every string of the French catalogue, with its key; the dashboards' words are not set yet (fr.ts). */
  const strings = (node: unknown, key = ''): [string, string][] =>
    typeof node === 'string'
      ? [[key, node]]
      : Object.entries(node as object).flatMap(([k, v]) => (key === 'maillage' && k === 'dashboard' ? [] : strings(v, key ? `${key}.${k}` : k)));

  it('puts a non-breaking space before « : », « ; », « ? », « ! » and inside « guillemets » in every French message', () => {
    const wrong = strings(fr).filter(([, text]) => /(^|[^\u00a0\u202f])[:;?!](\s|$)|«[^\u00a0]|[^\u00a0]»/.test(text.replace(/\s+$/, '')));
    expect(wrong).toEqual([]);
    expect((fr.maillage as { errors: { network: string } }).errors.network).toBe('Le serveur ne répond pas\u00a0: vérifiez la connexion, puis réessayez.');
    expect((fr.ra.message as Record<string, string>).are_you_sure).toBe('Êtes-vous sûr\u202f?');
  });

  it('shows the sign-in page’s words with those spaces', async () => {
    await server.signOut();
    try {
      renderApp('/login');
      const list = await screen.findByText(/Comptes de démonstration/);
      expect(list.textContent).toContain('(mot de passe «\u00a0maillage-demo\u00a0»)\u00a0:');
    } finally {
      await server.signIn(TEST_ADMIN);
    }
  });
});
