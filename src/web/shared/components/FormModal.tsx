import { Button, Group, Modal, Stack, type MantineColor, type ModalProps } from '@mantine/core';
import { useState, type ComponentType, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';
import { useFormValues, useSubmission, type SetField } from './form-state.ts';
import { hasProblems, type Problems } from '../lib/validation.ts';

interface FrameProps {
  onSubmit: () => void;
  /** A failed submit's message, shown above the fields. */
  error: ReactNode;
  pending: boolean;
  submitLabel: string;
  submitColor?: MantineColor;
  submitDisabled?: boolean;
  onCancel: () => void;
  /** Whether the app checks the fields itself (its messages, not the browser's). */
  noValidate?: boolean;
  children: ReactNode;
}

/** The form inside a modal: the refusal, the fields, then Cancel and the submit button. */
export function FormFrame({
  onSubmit,
  error,
  pending,
  submitLabel,
  submitColor,
  submitDisabled,
  onCancel,
  noValidate,
  children,
}: FrameProps) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate={noValidate}>
      <Stack gap="sm">
        {error}
        {children}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={submitColor} loading={pending} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface FormModalProps<T, V, R> {
  /** What the form acts on: the modal is open while it is set, its form fresh each time it opens. */
  target: T | null;
  onClose: () => void;
  title: ReactNode | ((target: T) => ReactNode);
  size?: ModalProps['size'];
  /** The fields' values as the modal opens. */
  initial: (target: T) => V;
  /** The fields, controlled by the values; what is wrong with them once the form was sent. */
  children: (values: V, set: SetField<V>, target: T, errors: Problems<V>) => ReactNode;
  submitLabel: string;
  submitColor?: MantineColor;
  /** Whether the values may be sent yet; the submit button is disabled while not. */
  canSubmit?: (values: V) => boolean;
  /** What is wrong with the values, field by field; while anything is, a submit sends nothing. */
  validate?: (values: V) => Problems<V>;
  /** Sends the values, e.g. with a mutation's `mutateAsync`; a rejection is shown, the modal stays open. */
  onSubmit: (values: V, target: T) => Promise<R>;
  /** What follows a successful submit; closing the modal unless told otherwise. */
  onSuccess?: (result: R) => void;
  /** How a refusal is shown; ErrorAlert unless told. */
  ErrorView?: ComponentType<{ error: unknown }>;
}

interface TargetModalProps<T> {
  target: T | null;
  onClose: () => void;
  title: ReactNode | ((target: T) => ReactNode);
  size?: ModalProps['size'];
  /** The modal's content for the target, rendered only while the modal is open. */
  children: (target: T) => ReactNode;
}

/** A modal about one target: open while the target is set, titled after it. */
export function TargetModal<T>({ target, onClose, title, size, children }: TargetModalProps<T>) {
  const heading = typeof title === 'function' ? (target === null ? '' : title(target)) : title;
  return (
    <Modal opened={target !== null} onClose={onClose} title={heading} size={size}>
      {target !== null && children(target)}
    </Modal>
  );
}

/**
 * A form in a modal: it owns the values, the submit with its pending state and refusal, Cancel,
 * and starting afresh on every opening; the caller gives the fields and what to send.
 */
export function FormModal<T, V, R>({
  target,
  onClose,
  title,
  size,
  ...form
}: FormModalProps<T, V, R>) {
  return (
    <TargetModal target={target} onClose={onClose} title={title} size={size}>
      {(current) => <FormModalBody target={current} onClose={onClose} {...form} />}
    </TargetModal>
  );
}

type BodyProps<T, V, R> = Omit<FormModalProps<T, V, R>, 'target' | 'title' | 'size'> & {
  target: T;
};

function FormModalBody<T, V, R>({
  target,
  onClose,
  initial,
  children,
  submitLabel,
  submitColor,
  canSubmit,
  validate,
  onSubmit,
  onSuccess = onClose,
  ErrorView = ErrorAlert,
}: BodyProps<T, V, R>) {
  const { values, set } = useFormValues(() => initial(target));
  const submission = useSubmission<R>();
  const [checked, setChecked] = useState(false);
  const problems = validate?.(values) ?? {};
  const send = () => {
    setChecked(true);
    if (!hasProblems(problems)) submission.send(onSubmit(values, target), onSuccess);
  };
  return (
    <FormFrame
      onSubmit={send}
      noValidate={validate !== undefined}
      error={submission.failure !== null && <ErrorView error={submission.failure.error} />}
      pending={submission.pending}
      submitLabel={submitLabel}
      submitColor={submitColor}
      submitDisabled={canSubmit !== undefined && !canSubmit(values)}
      onCancel={onClose}
    >
      {children(values, set, target, checked ? problems : {})}
    </FormFrame>
  );
}
