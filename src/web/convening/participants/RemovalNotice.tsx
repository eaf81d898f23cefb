import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RESTORE_WINDOW_MS } from '../../../core/convening/members.ts';
import { useRestoreMember } from '../api.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { isolate } from '../../shared/lib/bidi.ts';

export interface Removal {
  memberId: string;
  name: string;
}

interface Props {
  roundId: string;
  removal: Removal;
  /** The notice is done: its minute ran out, or the member is back. */
  onClose: () => void;
}

/**
 * Says a member was removed and offers to take it back for as long as the server allows; the
 * server's clock decides, so an undo at the very end of the minute may still be refused.
 */
export function RemovalNotice({ roundId, removal, onClose }: Props) {
  const { t } = useTranslation();
  const restore = useRestoreMember(roundId);
  useEffect(() => {
    const timer = setTimeout(onClose, RESTORE_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [removal, onClose]);
  return (
    <Alert color="gray" variant="light" role="status" p="xs">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm">{t('participants.removed', { name: isolate(removal.name) })}</Text>
        <Button
          size="compact-sm"
          variant="filled"
          aria-label={t('participants.undoLabel', { name: removal.name })}
          loading={restore.isPending}
          onClick={() => restore.mutate(removal.memberId, { onSuccess: onClose })}
        >
          {t('common.undo')}
        </Button>
      </Group>
      {restore.isError && <ErrorAlert error={restore.error} />}
    </Alert>
  );
}
