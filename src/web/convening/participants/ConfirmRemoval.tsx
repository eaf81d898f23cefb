import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../shared/api/types.ts';
import { FormModal } from '../../shared/components/FormModal.tsx';
import { isolate } from '../../shared/lib/bidi.ts';

interface Props {
  /** The member the head asked to remove; the dialog is open while it is set. */
  member: MemberView | null;
  onClose: () => void;
  onRemove: (member: MemberView) => Promise<unknown>;
}

/** The step between a click and a removal: who loses what, and that it can be undone for a minute. */
export function ConfirmRemoval({ member, onClose, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      target={member}
      onClose={onClose}
      title={(m) => t('participants.removeConfirm.title', { name: isolate(m.displayName) })}
      initial={() => ({})}
      submitLabel={t('participants.removeConfirm.submit')}
      submitColor="red"
      onSubmit={(_values, m) => onRemove(m)}
    >
      {(_values, _set, m) => (
        <Text size="sm">
          {t('participants.removeConfirm.body', { name: isolate(m.displayName) })}
        </Text>
      )}
    </FormModal>
  );
}
