import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLiveState } from '../shared/api/live.ts';

const COLORS = {
  idle: 'gray',
  connecting: 'gray',
  connected: 'teal',
  reconnecting: 'orange',
  offline: 'red',
} as const;

/** Whether new messages arrive by themselves right now. */
export function LiveStatus() {
  const { t } = useTranslation();
  const state = useLiveState();
  return (
    <Badge variant="light" color={COLORS[state]} role="status" aria-live="polite">
      {t(`talks.live.${state}`)}
    </Badge>
  );
}
