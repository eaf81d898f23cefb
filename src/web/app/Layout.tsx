import { Anchor, AppShell, Button, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useMe, useSignOut } from '../platform/auth-api.ts';
import { LanguageSwitcher } from '../shared/components/LanguageSwitcher.tsx';

function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!me.data) return null;
  return (
    <Group component="nav" aria-label={t('app.mainNav')} gap="md">
      <Anchor component={NavLink} to="/" end>
        {t('app.home')}
      </Anchor>
      <Anchor component={NavLink} to="/account">
        {t('app.account')}
      </Anchor>
      <Button
        variant="outline"
        size="compact-sm"
        loading={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/') })}
      >
        {t('app.signOut')}
      </Button>
    </Group>
  );
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: { base: 96, sm: 60 } }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="wrap" gap="xs" py={6}>
            <Anchor component={Link} to="/" fw={700} size="xl" underline="never">
              {t('app.name')}
            </Anchor>
            <Group gap="lg" wrap="wrap">
              <MainNav />
              <LanguageSwitcher />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="xl">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
