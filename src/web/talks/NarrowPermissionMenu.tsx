import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RELAY_PERMISSIONS, type RelayPermission } from '../../core/vocabulary.ts';
import { PERMISSION_BREADTH } from '../../core/talks/messages.ts';
import type { MessageView } from '../shared/api/types.ts';

/** The permissions narrower than a message's own: what its sender may still take back. */
const narrowerThan = (permission: RelayPermission): RelayPermission[] =>
  RELAY_PERMISSIONS.filter((p) => PERMISSION_BREADTH[p] < PERMISSION_BREADTH[permission]);

interface Props {
  message: MessageView;
  pending: boolean;
  onNarrow: (to: RelayPermission) => void;
}

/** Until the mediators relay it, the sender may narrow what they may pass on; never widen it. */
export function NarrowPermissionMenu({ message, pending, onNarrow }: Props) {
  const { t } = useTranslation();
  const options = message.relayPermission ? narrowerThan(message.relayPermission) : [];
  if (message.relayed || options.length === 0) return null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          loading={pending}
          aria-label={t('talks.permission.narrow.label', { seq: message.seq })}
        >
          {t('talks.permission.narrow.open')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {options.map((p) => (
          <Menu.Item key={p} onClick={() => onNarrow(p)}>
            {t('talks.permission.narrow.to', { permission: t(`vocab.relayPermission.${p}`) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
