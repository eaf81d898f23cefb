import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DomainError, ERROR_CODES } from '../../core/errors.ts';
import type { Refusal } from './use-desk.ts';

/** The refusals the desk explains in its own words; others in the app's words for their code. */
const EXPLAINED = [
  'proposal_conflict',
  'empty_wording',
  'empty_bracket',
  'invalid_structure',
  'nested_bracket',
  'not_found',
  'already_exists',
] as const;
type Explained = (typeof EXPLAINED)[number];
const explained = (code: string): code is Explained =>
  (EXPLAINED as readonly string[]).includes(code);

/** Why the core refused the last change tried here (the draft stays as it was). */
export function DeskRefusal({ refusal }: { refusal: Refusal | null }) {
  const { t } = useTranslation();
  if (refusal === null) return null;
  const code = refusal.error instanceof DomainError ? refusal.error.code : 'unknown';
  return (
    <Alert color="orange" variant="light" role="alert" p="xs">
      {explained(code)
        ? t(`texts.desk.refusals.${code}`)
        : (ERROR_CODES as readonly string[]).includes(code)
          ? t(`errors.${code}`)
          : t('errors.unknown')}
    </Alert>
  );
}
