import { Button, Menu } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MeView } from '../shared/api/types.ts';
import { LANGUAGES, currentLanguage, setLanguage, type Language } from '../i18n/index.ts';
import { ColorSchemeItems } from './ColorSchemeMenu.tsx';
import { useSignOutAndLeave } from './header-hooks.ts';
import { MenuIcon } from './icons.tsx';
import { SignedInAs } from './SignedInAs.tsx';

function LanguageItems() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const active = i18n.resolvedLanguage ?? currentLanguage();
  return (
    <>
      <Menu.Label id={labelId}>{t('app.language')}</Menu.Label>
      <div role="group" aria-labelledby={labelId}>
        <Menu.RadioGroup value={active} onChange={(lng) => void setLanguage(lng as Language)}>
          {LANGUAGES.map((lng) => (
            <Menu.RadioItem key={lng} value={lng} lang={lng} closeMenuOnClick>
              {t(`lang.${lng}`)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </div>
    </>
  );
}

function AccountItems({ me }: { me: MeView }) {
  const { t } = useTranslation();
  const { signOut } = useSignOutAndLeave();
  return (
    <>
      <SignedInAs name={me.user.displayName} className="parley-menu-signed-in" />
      <Menu.Item component={Link} to="/">
        {t('app.home')}
      </Menu.Item>
      <Menu.Item component={Link} to="/account">
        {t('app.account')}
      </Menu.Item>
      <Menu.Item onClick={signOut}>{t('app.signOut')}</Menu.Item>
      <Menu.Divider />
    </>
  );
}

/**
 * Narrow screens: one menu holds who is signed in, the pages, the language, the theme and
 * signing out, so the header stays one row at any width.
 */
export function HeaderMenu({ me }: { me: MeView | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={260} zIndex={300} hideDetached={false}>
      <Menu.Target>
        <Button variant="subtle" color="gray" leftSection={<MenuIcon />} px="xs">
          {t('app.menu')}
        </Button>
      </Menu.Target>
      {/* As tall as the screen allows: with more languages the menu scrolls rather than runs off. */}
      <Menu.Dropdown
        mah="calc(100dvh - var(--parley-header-height) - 16px)"
        style={{ overflowY: 'auto' }}
      >
        {me && <AccountItems me={me} />}
        <LanguageItems />
        <Menu.Divider />
        <ColorSchemeItems />
      </Menu.Dropdown>
    </Menu>
  );
}
