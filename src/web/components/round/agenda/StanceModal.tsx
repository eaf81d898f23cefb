import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_STANCES, type AgendaStance } from '../../../../core/vocabulary.ts';
import { useSetStance } from '../../../api/rounds.ts';
import type { RoundView } from '../../../api/types.ts';
import { ErrorAlert } from '../../common/ErrorAlert.tsx';
import type { StanceTarget } from './AgendaSection.tsx';
import { isolate } from '../../../lib/bidi.ts';

interface Props {
  round: RoundView;
  target: StanceTarget | null;
  onClose: () => void;
}

export function StanceModal({ round, target, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="lg"
      title={
        target === null
          ? ''
          : t('agenda.stanceFor', {
              party: isolate(target.party.actor.name),
              item: isolate(target.item.title),
            })
      }
    >
      {target !== null && (
        <StanceForm
          key={`${target.item.id}-${target.party.id}`}
          round={round}
          target={target}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function StanceForm({
  round,
  target,
  onDone,
}: {
  round: RoundView;
  target: StanceTarget;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const setStance = useSetStance(round.id);
  const current = target.item.stances.find((s) => s.participantId === target.party.id);
  const [stance, setValue] = useState<AgendaStance>(current?.stance ?? 'accept');
  const [comment, setComment] = useState(current?.comment ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStance.mutate(
      { id: target.item.id, body: { participantId: target.party.id, stance, comment } },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {setStance.isError && <ErrorAlert error={setStance.error} />}
        <NativeSelect
          label={t('agenda.stance')}
          value={stance}
          onChange={(e) => setValue(e.currentTarget.value as AgendaStance)}
          data={AGENDA_STANCES.map((s) => ({ value: s, label: t(`vocab.stance.${s}`) }))}
          data-autofocus
        />
        <Textarea
          label={t('agenda.comment')}
          dir="auto"
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={setStance.isPending}>
            {t('agenda.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
