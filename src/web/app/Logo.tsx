import { useTranslation } from 'react-i18next';

/**
 * Parley's mark: two parties, and the common ground between them. The same drawing as
 * public/favicon.svg, in the theme's accent.
 */
function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-blue-filled)" />
      <g fill="none" stroke="#fff" strokeWidth="2">
        <circle cx="12.5" cy="16" r="7.5" />
        <circle cx="19.5" cy="16" r="7.5" />
      </g>
      <path d="M16 9.37a7.5 7.5 0 0 1 0 13.26a7.5 7.5 0 0 1 0-13.26Z" fill="#fff" />
    </svg>
  );
}

/** The mark and the name, as the header shows them. */
export function Logo() {
  const { t } = useTranslation();
  return (
    <>
      <LogoMark />
      <span>{t('app.name')}</span>
    </>
  );
}
