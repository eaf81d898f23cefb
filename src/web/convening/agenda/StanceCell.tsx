import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, ParticipantView } from '../../shared/api/types.ts';
import { StanceBadge } from '../../shared/components/StatusBadge.tsx';

interface Props {
  item: AgendaItemView;
  party: ParticipantView;
  editable: boolean;
  onEdit: () => void;
}

export function StanceCell({ item, party, editable, onEdit }: Props) {
  const { t } = useTranslation();
  const stance = item.stances.find((s) => s.participantId === party.id);
  return (
    <Stack gap={4} align="flex-start">
      {stance === undefined ? (
        <Text size="sm" fs="italic">
          {t('agenda.noStance')}
        </Text>
      ) : (
        <>
          <StanceBadge stance={stance.stance} />
          {stance.comment !== '' && (
            <Text size="sm" dir="auto">
              {stance.comment}
            </Text>
          )}
        </>
      )}
      {editable && (
        <Button
          size="compact-xs"
          variant="light"
          onClick={onEdit}
          title={t('agenda.stanceFor', { party: party.actor.name, item: item.title })}
        >
          {t('agenda.setStance')}
        </Button>
      )}
    </Stack>
  );
}
