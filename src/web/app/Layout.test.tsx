import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { aMe } from '../testing/factories.ts';
import { apiError, ok, stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { Layout } from './Layout.tsx';

// The header: who is signed in, and the menu that holds the pages, the language, the theme and
// signing out on narrow screens. Mantine's breakpoint classes apply, so the width matters.
interface HappyDomWindow {
  happyDOM: { setViewport(viewport: { width: number; height: number }): void };
}
const setWidth = (width: number) =>
  (window as unknown as HappyDomWindow).happyDOM.setViewport({ width, height: 740 });

afterEach(() => setWidth(1024));

async function setup({
  signedIn = true,
  language = 'en',
  width = 360,
}: { signedIn?: boolean; language?: 'en' | 'ar'; width?: number } = {}) {
  setWidth(width);
  const api = stubApi([
    {
      method: 'GET',
      path: '/api/auth/me',
      reply: signedIn ? ok(aMe()) : apiError(401, 'unauthenticated'),
    },
    { method: 'POST', path: '/api/auth/sign-out', reply: ok({ ok: true }) },
  ]);
  const rendered = await renderWithProviders(
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<p>Home</p>} />
      </Route>
    </Routes>,
    { language },
  );
  const header = screen.getByRole('banner');
  const openMenu = async () => {
    await rendered.user.click(within(header).getByRole('button', { name: 'Menu' }));
    return screen.findByRole('menu');
  };
  return { api, header, openMenu, ...rendered };
}

describe('Layout: the header', () => {
  it('says who is signed in on a wide screen, the name in its own direction', async () => {
    const { header } = await setup({ width: 1280 });
    const line = await within(header).findByText(/^Signed in as/);
    expect(line.textContent).toBe('Signed in as Leila Haddad');
    expect(within(line).getByText('Leila Haddad').getAttribute('dir')).toBe('auto');
  });

  it('in Arabic too, beside the languages, the theme and signing out', async () => {
    const { header } = await setup({ language: 'ar', width: 1280 });
    expect((await within(header).findByText(/^تم تسجيل الدخول باسم/)).textContent).toBe(
      'تم تسجيل الدخول باسم Leila Haddad',
    );
    const buttons = within(header)
      .getAllByRole('button')
      .map((b) => b.textContent || b.getAttribute('aria-label'));
    expect(buttons).toEqual(['English', 'العربية', 'المظهر', 'تسجيل الخروج']);
  });

  it('the menu names who is signed in, the pages, the language and the theme', async () => {
    const { header, openMenu } = await setup();
    await within(header).findByText(/^Signed in as/);
    const menu = await openMenu();
    expect(within(menu).getByText(/^Signed in as/).textContent).toBe('Signed in as Leila Haddad');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Processes', 'Account', 'Sign out']);
    const checked = (name: string) =>
      within(menu).getByRole('menuitemradio', { name }).getAttribute('aria-checked');
    expect(within(menu).getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(checked('English')).toBe('true');
    expect(checked('العربية')).toBe('false');
    // One theme is chosen (the app starts from the system's; the test providers from light).
    const theme = within(menu).getByRole('group', { name: 'Theme' });
    const themes = within(theme).getAllByRole('menuitemradio');
    expect(themes.map((i) => i.textContent)).toEqual(['As the system', 'Light', 'Dark']);
    expect(themes.filter((i) => i.getAttribute('aria-checked') === 'true')).toHaveLength(1);
  });

  it('switches the language from the menu', async () => {
    const { user, header, openMenu } = await setup();
    await within(header).findByText(/^Signed in as/);
    const menu = await openMenu();
    await user.click(within(menu).getByRole('menuitemradio', { name: 'العربية' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('ar'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(within(header).getByRole('button', { name: 'القائمة' })).toBeTruthy();
  });

  it('picks a dark theme from the menu', async () => {
    const { user, header, openMenu } = await setup();
    await within(header).findByText(/^Signed in as/);
    await user.click(within(await openMenu()).getByRole('menuitemradio', { name: 'Dark' }));
    await waitFor(() =>
      expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark'),
    );
    const menu = await openMenu();
    expect(
      within(menu).getByRole('menuitemradio', { name: 'Dark' }).getAttribute('aria-checked'),
    ).toBe('true');
    await user.click(within(menu).getByRole('menuitemradio', { name: 'As the system' }));
  });

  it('signs out from the menu', async () => {
    const { user, api, header, openMenu } = await setup();
    await within(header).findByText(/^Signed in as/);
    await user.click(within(await openMenu()).getByRole('menuitem', { name: 'Sign out' }));
    await waitFor(() =>
      expect(api.requests.some((r) => r.method === 'POST' && r.path === '/api/auth/sign-out')).toBe(
        true,
      ),
    );
  });

  it('signed out: no name, no pages, still the language and the theme', async () => {
    const { api, header, openMenu } = await setup({ signedIn: false });
    await waitFor(() => expect(api.requests.length).toBeGreaterThan(0));
    expect(within(header).queryByText(/^Signed in as/)).toBeNull();
    expect(within(header).queryByRole('navigation')).toBeNull();
    const menu = await openMenu();
    expect(within(menu).queryAllByRole('menuitem')).toEqual([]);
    expect(
      within(menu)
        .getAllByRole('menuitemradio')
        .map((i) => i.textContent),
    ).toEqual(['English', 'العربية', 'As the system', 'Light', 'Dark']);
  });
});
