import { NativeSelect, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SESSION_FORMATS, type SessionFormat } from '../../../core/vocabulary.ts';
import { useChangeFormat } from '../api.ts';
import type { RoundView, SessionView } from '../../shared/api/types.ts';
import { needsListedParticipants } from '../round.ts';
import { FormModal } from '../../shared/components/FormModal.tsx';
import { ParticipantPicker } from './ParticipantPicker.tsx';
import { isolate } from '../../shared/lib/bidi.ts';

interface Props {
  round: RoundView;
  session: SessionView | null;
  onClose: () => void;
}

const otherFormats = (session: SessionView) => SESSION_FORMATS.filter((f) => f !== session.format);

export function ChangeFormatModal({ round, session, onClose }: Props) {
  const { t } = useTranslation();
  const change = useChangeFormat(round.id);
  return (
    <FormModal
      target={session}
      onClose={onClose}
      size="lg"
      title={(s) => t('sessions.changeFormat.title', { title: isolate(s.title) })}
      initial={(s) => ({
        format: otherFormats(s)[0] ?? ('plenary' as SessionFormat),
        reason: '',
        participantIds: s.participantIds,
      })}
      submitLabel={t('sessions.changeFormat.submit')}
      canSubmit={({ reason }) => reason.trim() !== ''}
      onSubmit={({ format, reason, participantIds }, { id }) =>
        change.mutateAsync({
          id,
          body: { format, reason, ...(needsListedParticipants(format) ? { participantIds } : {}) },
        })
      }
    >
      {({ format, reason, participantIds }, set, s) => (
        <>
          <NativeSelect
            label={t('sessions.changeFormat.format')}
            value={format}
            onChange={(e) => set('format', e.currentTarget.value as SessionFormat)}
            data={otherFormats(s).map((f) => ({ value: f, label: t(`vocab.format.${f}`) }))}
            data-autofocus
          />
          <Textarea
            label={t('sessions.changeFormat.reason')}
            required
            dir="auto"
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => set('reason', e.currentTarget.value)}
          />
          {needsListedParticipants(format) && (
            <ParticipantPicker
              round={round}
              label={t('sessions.changeFormat.participants')}
              value={participantIds}
              onChange={(ids) => set('participantIds', ids)}
            />
          )}
        </>
      )}
    </FormModal>
  );
}
