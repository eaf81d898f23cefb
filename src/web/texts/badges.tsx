import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProvisionState, TextStance } from '../../core/texts/vocabulary.ts';

const STATE_COLORS: Record<ProvisionState, string> = {
  open: 'gray',
  agreed_ad_referendum: 'yellow',
  agreed: 'green',
};

export function ProvisionStateBadge({ state }: { state: ProvisionState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={STATE_COLORS[state]} autoContrast>
      {t(`vocab.provisionState.${state}`)}
    </Badge>
  );
}

export function AdoptedBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color="blue">
      {t('texts.adopted')}
    </Badge>
  );
}

const STANCE_COLORS: Record<TextStance, string> = {
  agree: 'green',
  agree_ad_referendum: 'yellow',
  object: 'red',
  reserve: 'orange',
};
export function TextStanceBadge({ stance }: { stance: TextStance }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={STANCE_COLORS[stance]}>
      {t(`vocab.textStance.${stance}`)}
    </Badge>
  );
}
