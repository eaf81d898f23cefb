import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_STANCES, type TextStance } from '../../../../core/texts/vocabulary.ts';
import { useSetTextStance, type DocumentViewData, type ProvisionData } from '../../../api/texts.ts';
import { isolate } from '../../../lib/bidi.ts';
import { participantName } from '../../../lib/texts.ts';
import { MutationError } from './MutationError.tsx';

export interface TextStanceTarget {
  provision: ProvisionData;
  name: string;
  party: string;
}

interface Props {
  doc: DocumentViewData;
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
        <StanceForm
          key={`${target.provision.id}-${target.party}`}
          doc={doc}
          target={target}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function StanceForm({
  doc,
  target,
  onDone,
}: {
  doc: DocumentViewData;
  target: TextStanceTarget;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const setStance = useSetTextStance(doc);
  const current = doc.stances.find(
    (s) => s.provisionId === target.provision.id && s.participantId === target.party,
  );
  const [stance, setValue] = useState<TextStance>(current?.stance ?? 'agree');
  const [comment, setComment] = useState(current?.comment ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStance.mutate(
      { provisionId: target.provision.id, participantId: target.party, stance, comment },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {setStance.isError && <MutationError error={setStance.error} />}
        <NativeSelect
          label={t('texts.stances.stance')}
          value={stance}
          onChange={(e) => setValue(e.currentTarget.value as TextStance)}
          data={TEXT_STANCES.map((s) => ({ value: s, label: t(`vocab.textStance.${s}`) }))}
          data-autofocus
        />
        <Textarea
          label={t('texts.stances.comment')}
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
            {t('texts.stances.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
