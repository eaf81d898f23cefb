import { NativeSelect, Textarea } from '@mantine/core';
import { useState, type ComponentType, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';
import { useSubmission } from './form-state.ts';
import { FormFrame, TargetModal } from './FormModal.tsx';

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

interface ModalProps<T, S extends string> {
  /** Whose stance on what: the modal is open while it is set. */
  target: T | null;
  onClose: () => void;
  title: (target: T) => ReactNode;
  /** Which target the form is for: the form starts afresh for another one. */
  keyOf: (target: T) => string;
  options: Props<S>['options'];
  labels: Props<S>['labels'];
  /** The stance the target has taken so far. */
  initial: (target: T) => Props<S>['initial'];
  /** Sends the stance, e.g. with a mutation's `mutateAsync`; the modal closes once it is saved. */
  onSave: (target: T, stance: S, comment: string) => Promise<unknown>;
  /** How a refusal is shown; ErrorAlert unless told. */
  ErrorView?: ComponentType<{ error: unknown }>;
}

/** The stance form in a modal, fresh for each target; a refusal keeps it open. */
export function StanceFormModal<T, S extends string>({
  target,
  onClose,
  title,
  keyOf,
  ...form
}: ModalProps<T, S>) {
  return (
    <TargetModal target={target} onClose={onClose} title={title} size="lg">
      {(current) => (
        <StanceModalBody key={keyOf(current)} target={current} onClose={onClose} {...form} />
      )}
    </TargetModal>
  );
}

type BodyProps<T, S extends string> = Omit<ModalProps<T, S>, 'target' | 'title' | 'keyOf'> & {
  target: T;
};

function StanceModalBody<T, S extends string>({
  target,
  onClose,
  initial,
  onSave,
  ErrorView = ErrorAlert,
  ...form
}: BodyProps<T, S>) {
  const submission = useSubmission<unknown>();
  return (
    <StanceForm<S>
      {...form}
      initial={initial(target)}
      pending={submission.pending}
      error={submission.failure !== null && <ErrorView error={submission.failure.error} />}
      onSave={(stance, comment) => submission.send(onSave(target, stance, comment), onClose)}
      onCancel={onClose}
    />
  );
}
