import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ADMIN } from '../support/accounts';
import { renderApp } from '../support/app-render';
import { useAppServer } from '../support/app-server';

/**
 * The AppBar's actions (issue 13, point 14): the account button is named in French after the user it
 * shows, and on a 390 px phone, where the language, theme and refresh buttons do not fit, they are in
 * the account menu with « Mon compte » and « Se déconnecter ». The real layout at 390 px is checked in
 * Chromium (tests/e2e/responsive.e2e.ts); happy-dom answers the media queries from its viewport.
 */
const server = useAppServer();

const happyDOM = (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM;
afterEach(async () => {
  happyDOM.setViewport({ width: 1024, height: 768 });
  await server.signIn(TEST_ADMIN);
});

describe('on a desktop', () => {
  it('names the account button in French, after the user it shows', async () => {
    const user = userEvent.setup();
    renderApp('/members');
    const button = await screen.findByRole('button', { name: 'admin — mon compte' });
    expect(button).toHaveTextContent('admin');
    expect(screen.queryByRole('button', { name: /Profil/ })).toBeNull();
    // The language, theme and refresh buttons stay in the bar.
    expect(screen.getByRole('button', { name: 'Thème clair/sombre' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actualiser' })).toBeInTheDocument();
    await user.click(button);
    const menu = await screen.findByRole('menu', { name: 'admin — mon compte' });
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Mon compte', 'Se déconnecter']);
  });
});

describe('on a 390 px phone', () => {
  it('has the language, theme, refresh, « Mon compte » and « Se déconnecter » in the account menu', async () => {
    happyDOM.setViewport({ width: 390, height: 844 });
    const user = userEvent.setup();
    renderApp('/members');
    const button = await screen.findByRole('button', { name: 'admin — mon compte' });
    expect(screen.queryByRole('button', { name: 'Thème clair/sombre' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Actualiser' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Français' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Profil/ })).toBeNull();

    await user.click(button);
    const menu = await screen.findByRole('menu', { name: 'admin — mon compte' });
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Mon compte',
      'Français',
      'English',
      'Thème sombre',
      'Actualiser',
      'Se déconnecter',
    ]);
    expect(within(menu).getByRole('menuitem', { name: 'English' })).toHaveAttribute('lang', 'en');

    await user.click(within(menu).getByRole('menuitem', { name: 'Thème sombre' }));
    await user.click(screen.getByRole('button', { name: 'admin — mon compte' }));
    expect(await screen.findByRole('menuitem', { name: 'Thème clair' })).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'English' }));
    const english = await screen.findByRole('button', { name: 'admin — my account' });
    expect(document.documentElement.lang).toBe('en');

    await user.click(english);
    await user.click(await screen.findByRole('menuitem', { name: 'My account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'admin — my account' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByLabelText(/Adresse électronique|E-mail address/)).toBeInTheDocument());
  });
});
