import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage } from '../../i18n/index.ts';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const active = i18n.resolvedLanguage ?? currentLanguage();
  return (
    <Group gap={2} wrap="nowrap" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((lng) => (
        <Button
          key={lng}
          size="compact-sm"
          variant={active === lng ? 'light' : 'subtle'}
          color={active === lng ? 'blue' : 'gray'}
          aria-pressed={active === lng}
          lang={lng}
          onClick={() => void setLanguage(lng)}
        >
          {t(`lang.${lng}`)}
        </Button>
      ))}
    </Group>
  );
}
