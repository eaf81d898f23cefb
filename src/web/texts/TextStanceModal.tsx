import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEXT_STANCES, type TextStance } from '../../core/texts/vocabulary.ts';
import { useSetTextStance, type TextViewData, type ProvisionData } from './api.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName } from './model.ts';
import { StanceForm } from '../shared/components/StanceForm.tsx';
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
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="lg"
      title={
        target === null
          ? ''
          : t('texts.stances.setFor', {
              party: isolate(participantName(doc, target.party)),
              provision: target.name,
            })
      }
    >
      {target !== null && (
        <ProvisionStanceForm
          key={`${target.provision.id}-${target.party}`}
          doc={doc}
          target={target}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function ProvisionStanceForm({
  doc,
  target,
  onDone,
}: {
  doc: TextViewData;
  target: TextStanceTarget;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const setStance = useSetTextStance(doc);
  const current = doc.stances.find(
    (s) => s.provisionId === target.provision.id && s.participantId === target.party,
  );
  return (
    <StanceForm<TextStance>
      options={TEXT_STANCES.map((s) => ({ value: s, label: t(`vocab.textStance.${s}`) }))}
      initial={{ stance: current?.stance ?? 'agree', comment: current?.comment ?? '' }}
      labels={{
        stance: t('texts.stances.stance'),
        comment: t('texts.stances.comment'),
        save: t('texts.stances.save'),
      }}
      pending={setStance.isPending}
      error={setStance.isError && <MutationError error={setStance.error} />}
      onSave={(stance, comment) =>
        setStance.mutate(
          { provisionId: target.provision.id, participantId: target.party, stance, comment },
          { onSuccess: onDone },
        )
      }
      onCancel={onDone}
    />
  );
}
