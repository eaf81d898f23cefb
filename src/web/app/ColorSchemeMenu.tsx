import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MoonIcon, SunIcon, SystemSchemeIcon } from './icons.tsx';

const SCHEMES: readonly { value: MantineColorScheme; icon: () => ReactNode }[] = [
  { value: 'auto', icon: SystemSchemeIcon },
  { value: 'light', icon: SunIcon },
  { value: 'dark', icon: MoonIcon },
];

const LABEL_KEYS = {
  auto: 'app.themeAuto',
  light: 'app.themeLight',
  dark: 'app.themeDark',
} as const;

/**
 * The theme as menu items: as the system (the default), light or dark. Mantine remembers the
 * choice in local storage (App.tsx), so it holds on the next visit.
 */
export function ColorSchemeItems() {
  const { t } = useTranslation();
  const labelId = useId();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <>
      <Menu.Label id={labelId}>{t('app.theme')}</Menu.Label>
      <div role="group" aria-labelledby={labelId}>
        <Menu.RadioGroup
          value={colorScheme}
          onChange={(value) => setColorScheme(value as MantineColorScheme)}
        >
          {SCHEMES.map(({ value, icon: Icon }) => (
            <Menu.RadioItem key={value} value={value} rightSection={<Icon />} closeMenuOnClick>
              {t(LABEL_KEYS[value])}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </div>
    </>
  );
}

/** Wide screens: an icon button in the header opens the theme choice. */
export function ColorSchemeMenu() {
  const { t } = useTranslation();
  const { colorScheme } = useMantineColorScheme();
  const Current = SCHEMES.find((s) => s.value === colorScheme)?.icon ?? SystemSchemeIcon;
  return (
    <Menu position="bottom-end" width={200} hideDetached={false}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('app.theme')}
          title={t('app.theme')}
        >
          <Current />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <ColorSchemeItems />
      </Menu.Dropdown>
    </Menu>
  );
}
