import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGENDA_STANCES, type AgendaStance } from '../../../core/vocabulary.ts';
import { useSetStance } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { StanceForm } from '../../shared/components/StanceForm.tsx';
import type { StanceTarget } from './AgendaSection.tsx';
import { isolate } from '../../shared/lib/bidi.ts';

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
        <AgendaStanceForm
          key={`${target.item.id}-${target.party.id}`}
          round={round}
          target={target}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function AgendaStanceForm({
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
  return (
    <StanceForm<AgendaStance>
      options={AGENDA_STANCES.map((s) => ({ value: s, label: t(`vocab.stance.${s}`) }))}
      initial={{ stance: current?.stance ?? 'accept', comment: current?.comment ?? '' }}
      labels={{ stance: t('agenda.stance'), comment: t('agenda.comment'), save: t('agenda.save') }}
      pending={setStance.isPending}
      error={setStance.isError && <ErrorAlert error={setStance.error} />}
      onSave={(stance, comment) =>
        setStance.mutate(
          { id: target.item.id, body: { participantId: target.party.id, stance, comment } },
          { onSuccess: onDone },
        )
      }
      onCancel={onDone}
    />
  );
}
