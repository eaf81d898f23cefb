import { useTranslation } from 'react-i18next';
import { TEXT_STANCES, type TextStance } from '../../core/texts/vocabulary.ts';
import { useSetTextStance, type TextViewData, type ProvisionData } from './api.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName } from './model.ts';
import { StanceFormModal } from '../shared/components/StanceForm.tsx';
import { MutationError } from './MutationError.tsx';

export interface TextStanceTarget {
  provision: ProvisionData;
  name: string;
  party: string;
}

interface Props {
  doc: TextViewData;
  target: TextStanceTarget | null;
  onClose: () => void;
}

export function TextStanceModal({ doc, target, onClose }: Props) {
  const { t } = useTranslation();
  const setStance = useSetTextStance(doc);
  return (
    <StanceFormModal<TextStanceTarget, TextStance>
      target={target}
      onClose={onClose}
      title={({ party, name }) =>
        t('texts.stances.setFor', { party: isolate(participantName(doc, party)), provision: name })
      }
      keyOf={({ provision, party }) => `${provision.id}-${party}`}
      options={TEXT_STANCES.map((s) => ({ value: s, label: t(`vocab.textStance.${s}`) }))}
      labels={{
        stance: t('texts.stances.stance'),
        comment: t('texts.stances.comment'),
        save: t('texts.stances.save'),
      }}
      initial={({ provision, party }) => {
        const current = doc.stances.find(
          (s) => s.provisionId === provision.id && s.participantId === party,
        );
        return { stance: current?.stance ?? 'agree', comment: current?.comment ?? '' };
      }}
      onSave={({ provision, party }, stance, comment) =>
        setStance.mutateAsync({ provisionId: provision.id, participantId: party, stance, comment })
      }
      ErrorView={MutationError}
    />
  );
}
