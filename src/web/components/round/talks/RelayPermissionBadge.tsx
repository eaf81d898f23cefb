import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelayPermission } from '../../../../core/vocabulary.ts';

const COLORS: Record<RelayPermission, string> = {
  mediator_only: 'gray',
  may_relay: 'blue',
  may_relay_attributed: 'violet',
};

export function RelayPermissionBadge({ permission }: { permission: RelayPermission }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[permission]} size="sm">
      {t(`vocab.relayPermission.${permission}`)}
    </Badge>
  );
}
