import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelayPermission } from '../../core/vocabulary.ts';

/** One colour per permission, the same on badges and on the send button. */
export const PERMISSION_COLORS: Record<RelayPermission, string | undefined> = {
  mediator_only: undefined,
  may_relay: 'blue',
  may_relay_attributed: 'violet',
};

export function RelayPermissionBadge({ permission }: { permission: RelayPermission }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={PERMISSION_COLORS[permission] ?? 'gray'} size="sm">
      {t(`vocab.relayPermission.${permission}`)}
    </Badge>
  );
}
