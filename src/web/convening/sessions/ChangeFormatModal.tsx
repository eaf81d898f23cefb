import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_FORMATS, type SessionFormat } from '../../../core/vocabulary.ts';
import { useChangeFormat } from '../api.ts';
import type { RoundView, SessionView } from '../../shared/api/types.ts';
import { needsListedParticipants } from '../round.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { ParticipantPicker } from './ParticipantPicker.tsx';
import { isolate } from '../../shared/lib/bidi.ts';

interface Props {
  round: RoundView;
  session: SessionView | null;
  onClose: () => void;
}

export function ChangeFormatModal({ round, session, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={session !== null}
      onClose={onClose}
      size="lg"
      title={
        session === null ? '' : t('sessions.changeFormat.title', { title: isolate(session.title) })
      }
    >
      {session !== null && (
        <ChangeFormatForm key={session.id} round={round} session={session} onDone={onClose} />
      )}
    </Modal>
  );
}

function ChangeFormatForm({
  round,
  session,
  onDone,
}: {
  round: RoundView;
  session: SessionView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeFormat(round.id);
  const others = SESSION_FORMATS.filter((f) => f !== session.format);
  const [format, setFormat] = useState<SessionFormat>(others[0] ?? 'plenary');
  const [reason, setReason] = useState('');
  const [participantIds, setParticipantIds] = useState<string[]>(session.participantIds);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(
      {
        id: session.id,
        body: { format, reason, ...(needsListedParticipants(format) ? { participantIds } : {}) },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {change.isError && <ErrorAlert error={change.error} />}
        <NativeSelect
          label={t('sessions.changeFormat.format')}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as SessionFormat)}
          data={others.map((f) => ({ value: f, label: t(`vocab.format.${f}`) }))}
          data-autofocus
        />
        <Textarea
          label={t('sessions.changeFormat.reason')}
          required
          dir="auto"
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {needsListedParticipants(format) && (
          <ParticipantPicker
            round={round}
            label={t('sessions.changeFormat.participants')}
            value={participantIds}
            onChange={setParticipantIds}
          />
        )}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending} disabled={reason.trim() === ''}>
            {t('sessions.changeFormat.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
