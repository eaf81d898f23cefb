import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<S extends string> {
  options: readonly { value: S; label: string }[];
  initial: { stance: S; comment: string };
  labels: { stance: string; comment: string; save: string };
  pending: boolean;
  /** The failed save's message, if any. */
  error: ReactNode;
  onSave: (stance: S, comment: string) => void;
  onCancel: () => void;
}

/** A stance with a comment: the one form behind agenda stances and text provision stances. */
export function StanceForm<S extends string>({
  options,
  initial,
  labels,
  pending,
  error,
  onSave,
  onCancel,
}: Props<S>) {
  const { t } = useTranslation();
  const [stance, setStance] = useState<S>(initial.stance);
  const [comment, setComment] = useState(initial.comment);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(stance, comment);
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {error}
        <NativeSelect
          label={labels.stance}
          value={stance}
          onChange={(e) => setStance(e.currentTarget.value as S)}
          data={options.map((o) => ({ value: o.value, label: o.label }))}
          data-autofocus
        />
        <Textarea
          label={labels.comment}
          dir="auto"
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {labels.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
