import { AppShell, Button, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useMe } from '../platform/auth-api.ts';
import type { MeView } from '../shared/api/types.ts';
import { LanguageSwitcher } from '../shared/components/LanguageSwitcher.tsx';
import { ColorSchemeMenu } from './ColorSchemeMenu.tsx';
import { useSignOutAndLeave } from './header-hooks.ts';
import { HeaderMenu } from './HeaderMenu.tsx';
import { Logo } from './Logo.tsx';
import { SignedInAs } from './SignedInAs.tsx';
import { HEADER_HEIGHT } from './theme.ts';

/** Where the header holds everything in one row; below it, the menu does (HeaderMenu). */
const WIDE = 'md';

function MainNav() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('app.mainNav')} gap={4} wrap="nowrap" visibleFrom={WIDE}>
      <NavLink to="/" end className="parley-nav-link">
        {t('app.home')}
      </NavLink>
      <NavLink to="/account" className="parley-nav-link">
        {t('app.account')}
      </NavLink>
    </Group>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const { pending, signOut } = useSignOutAndLeave();
  return (
    <Button variant="default" size="compact-sm" loading={pending} onClick={signOut}>
      {t('app.signOut')}
    </Button>
  );
}

function WideControls({ me }: { me: MeView | null | undefined }) {
  return (
    <Group gap="sm" wrap="nowrap" visibleFrom={WIDE} miw={0}>
      {me && <SignedInAs name={me.user.displayName} className="parley-signed-in" />}
      <LanguageSwitcher />
      <ColorSchemeMenu />
      {me && <SignOutButton />}
    </Group>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding={{ base: 'sm', xs: 'md', md: 'lg' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className="parley-header">
        <Container size="xl" h="100%" px={{ base: 'sm', xs: 'md' }}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="lg" wrap="nowrap">
              <Link to="/" className="parley-brand">
                <Logo />
              </Link>
              {me && <MainNav />}
            </Group>
            <WideControls me={me} />
            <Group hiddenFrom={WIDE}>
              <HeaderMenu me={me} />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
