import { useTranslation } from 'react-i18next';
import { AGENDA_STANCES, type AgendaStance } from '../../../core/vocabulary.ts';
import { useSetStance } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { StanceFormModal } from '../../shared/components/StanceForm.tsx';
import type { StanceTarget } from './AgendaSection.tsx';
import { isolate } from '../../shared/lib/bidi.ts';

interface Props {
  round: RoundView;
  target: StanceTarget | null;
  onClose: () => void;
}

export function StanceModal({ round, target, onClose }: Props) {
  const { t } = useTranslation();
  const setStance = useSetStance(round.id);
  return (
    <StanceFormModal<StanceTarget, AgendaStance>
      target={target}
      onClose={onClose}
      title={({ party, item }) =>
        t('agenda.stanceFor', { party: isolate(party.actor.name), item: isolate(item.title) })
      }
      keyOf={({ item, party }) => `${item.id}-${party.id}`}
      options={AGENDA_STANCES.map((s) => ({ value: s, label: t(`vocab.stance.${s}`) }))}
      labels={{ stance: t('agenda.stance'), comment: t('agenda.comment'), save: t('agenda.save') }}
      initial={({ item, party }) => {
        const current = item.stances.find((s) => s.participantId === party.id);
        return { stance: current?.stance ?? 'accept', comment: current?.comment ?? '' };
      }}
      onSave={({ item, party }, stance, comment) =>
        setStance.mutateAsync({ id: item.id, body: { participantId: party.id, stance, comment } })
      }
    />
  );
}
