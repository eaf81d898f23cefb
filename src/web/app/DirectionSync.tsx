import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, directionOf } from '../i18n/index.ts';

/** Keeps Mantine's direction (and so its RTL styles) in step with the chosen language. */
export function DirectionSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const language = i18n.resolvedLanguage;
  useEffect(() => {
    setDirection(directionOf(currentLanguage()));
  }, [language, setDirection]);
  return null;
}
