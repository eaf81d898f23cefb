import { NativeSelect, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { FormFrame } from './FormModal.tsx';

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
  const [stance, setStance] = useState<S>(initial.stance);
  const [comment, setComment] = useState(initial.comment);

  return (
    <FormFrame
      onSubmit={() => onSave(stance, comment)}
      error={error}
      pending={pending}
      submitLabel={labels.save}
      onCancel={onCancel}
    >
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
    </FormFrame>
  );
}
