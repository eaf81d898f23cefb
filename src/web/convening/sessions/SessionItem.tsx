import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sessionPhase, type SessionPhase } from '../../../core/convening/sessions.ts';
import type { RoundView, SessionView } from '../../shared/api/types.ts';
import { may, participantName } from '../round.ts';
import { isolate } from '../../shared/lib/bidi.ts';
import { dateLocale, formatRange, zoneLabel } from '../../shared/lib/time.ts';
import { UserText } from '../../shared/components/UserText.tsx';
import { AttendanceList } from './AttendanceList.tsx';
import { FormatHistory } from './FormatHistory.tsx';

interface Props {
  round: RoundView;
  session: SessionView;
  /** The time the page shows, in milliseconds: what the session's phase is read against. */
  now: number;
  onChangeFormat: (session: SessionView) => void;
}

const PHASE_BADGES: Record<SessionPhase, { variant: string; color: string }> = {
  scheduled: { variant: 'outline', color: 'blue' },
  in_progress: { variant: 'filled', color: 'teal' },
  ended: { variant: 'light', color: 'gray' },
};

export function SessionItem({ round, session: s, now, onChangeFormat }: Props) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  const { start, end } = formatRange(s.startsAt, s.endsAt, locale, round.timeZone);
  const zone = `${round.timeZone}, ${zoneLabel(round.timeZone, locale, s.startsAt)}`;
  const headingId = `session-${s.id}`;
  const phase = sessionPhase(s, now);

  return (
    <Stack gap={6} component="article" aria-labelledby={headingId}>
      <Group gap="xs">
        <Title order={3} size="h4" id={headingId}>
          <UserText>{s.title}</UserText>
        </Title>
        <Badge variant="filled" color="indigo">
          {t(`vocab.format.${s.format}`)}
        </Badge>
        <Badge {...PHASE_BADGES[phase]}>{t(`sessions.phase.${phase}`)}</Badge>
      </Group>
      <Text size="sm">
        <time dateTime={s.startsAt}>{start}</time> – <time dateTime={s.endsAt}>{end}</time>{' '}
        <Text span size="sm" fs="italic">
          ({t('sessions.zone', { zone })})
        </Text>
      </Text>
      {s.room !== '' && <Text size="sm">{t('sessions.room', { room: isolate(s.room) })}</Text>}
      <Text size="sm" fw={600}>
        {t('sessions.participants')}
      </Text>
      {s.participantIds.length === 0 ? (
        <Text size="sm">{t('sessions.allSeated')}</Text>
      ) : (
        <List size="sm">
          {s.participantIds.map((id) => (
            <List.Item key={id}>
              <UserText>{participantName(round, id)}</UserText>
            </List.Item>
          ))}
        </List>
      )}
      {phase === 'scheduled' && may(round, 'session.changeFormat') && (
        <div>
          <Button size="compact-sm" variant="light" onClick={() => onChangeFormat(s)}>
            {t('sessions.changeFormat.open')}
          </Button>
        </div>
      )}
      {s.formatChanges.length > 0 && <FormatHistory session={s} timeZone={round.timeZone} />}
      <AttendanceList round={round} session={s} phase={phase} />
    </Stack>
  );
}
