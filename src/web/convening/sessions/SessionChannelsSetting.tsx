import { Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSetRoundSettings } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';

/** The conveners' rule for the round: whether a session's channel closes when the session ends. */
export function SessionChannelsSetting({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const save = useSetRoundSettings(round.id);
  return (
    <Stack gap="xs" maw={640}>
      <Switch
        label={t('sessions.closeAtEnd')}
        description={t('sessions.closeAtEndHint')}
        checked={round.settings.sessionChannelsCloseAtEnd}
        disabled={save.isPending}
        onChange={(e) => save.mutate({ sessionChannelsCloseAtEnd: e.currentTarget.checked })}
      />
      {save.isError && <ErrorAlert error={save.error} />}
    </Stack>
  );
}
