import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar.ts';
import { en } from './en.ts';

export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'parley.language';
const RTL: ReadonlySet<Language> = new Set<Language>(['ar']);

export const directionOf = (lng: Language): 'ltr' | 'rtl' => (RTL.has(lng) ? 'rtl' : 'ltr');

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'en';
  } catch {
    // Storage can be disabled (private mode, policies): fall back to English.
    return 'en';
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'en';
}

function applyToText(lng: Language): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
}

export async function setLanguage(lng: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered, but still switched for this page.
  }
  await i18next.changeLanguage(lng);
  applyToText(lng);
}

export function initI18n(): typeof i18next {
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ar: { translation: ar } },
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // React already escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToText(lng);
  return i18next;
}
