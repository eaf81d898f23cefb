import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { archiveIsOpen } from '../../core/archives/index.ts';
import type { RoundView } from '../shared/api/types.ts';
import { dateLocale, formatDay } from '../shared/lib/time.ts';
import { UserText } from '../shared/components/UserText.tsx';

/** For a delegation's head: its archive of the round, once the round is over. */
export function ArchiveLinks({ round, now = new Date() }: { round: RoundView; now?: Date }) {
  const { t, i18n } = useTranslation();
  if (!round.viewer.actions.includes('round.archive') || round.viewer.headOf.length === 0)
    return null;
  const over = archiveIsOpen(round, now);
  if (!over)
    return (
      <Text size="sm" c="dimmed">
        {t('round.archive.later', {
          date: formatDay(round.endsOn, dateLocale(i18n.resolvedLanguage)),
        })}
      </Text>
    );
  const heads = round.viewer.headOf.map((id) => ({
    id,
    name: round.participants.find((p) => p.id === id)?.actor.name ?? '',
  }));
  return (
    <Alert variant="light" title={t('round.archive.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('round.archive.what')}</Text>
        <Group gap="xs">
          {heads.map((h) => (
            <Button
              key={h.id}
              component="a"
              variant="light"
              download
              href={`/api/rounds/${encodeURIComponent(round.id)}/archive${
                heads.length > 1 ? `?participantId=${encodeURIComponent(h.id)}` : ''
              }`}
            >
              {heads.length > 1 ? (
                <>
                  {t('round.archive.downloadFor')} <UserText>{h.name}</UserText>
                </>
              ) : (
                t('round.archive.download')
              )}
            </Button>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('round.archive.check')} <Code dir="ltr">parley verify --archive FILE</Code>
        </Text>
      </Stack>
    </Alert>
  );
}
