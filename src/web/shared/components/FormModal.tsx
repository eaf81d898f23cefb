import { Button, Group, Modal, Stack, type MantineColor, type ModalProps } from '@mantine/core';
import {
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

interface FrameProps {
  onSubmit: () => void;
  /** A failed submit's message, shown above the fields. */
  error: ReactNode;
  pending: boolean;
  submitLabel: string;
  submitColor?: MantineColor;
  submitDisabled?: boolean;
  onCancel: () => void;
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
  children,
}: FrameProps) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit}>
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

/** Sets one field of the form's values. */
type SetField<V> = <K extends keyof V>(key: K, value: V[K]) => void;

interface FormModalProps<T, V, R> {
  /** What the form acts on: the modal is open while it is set, its form fresh each time it opens. */
  target: T | null;
  onClose: () => void;
  title: ReactNode | ((target: T) => ReactNode);
  size?: ModalProps['size'];
  /** The fields' values as the modal opens. */
  initial: (target: T) => V;
  /** The fields, controlled by the values. */
  children: (values: V, set: SetField<V>, target: T) => ReactNode;
  submitLabel: string;
  submitColor?: MantineColor;
  /** Whether the values may be sent yet; the submit button is disabled while not. */
  canSubmit?: (values: V) => boolean;
  /** Sends the values, e.g. with a mutation's `mutateAsync`; a rejection is shown, the modal stays open. */
  onSubmit: (values: V, target: T) => Promise<R>;
  /** What follows a successful submit; closing the modal unless told otherwise. */
  onSuccess?: (result: R) => void;
  /** How a refusal is shown; ErrorAlert unless told. */
  ErrorView?: ComponentType<{ error: unknown }>;
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
  const heading = typeof title === 'function' ? (target === null ? '' : title(target)) : title;
  return (
    <Modal opened={target !== null} onClose={onClose} title={heading} size={size}>
      {target !== null && <FormModalBody target={target} onClose={onClose} {...form} />}
    </Modal>
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
  onSubmit,
  onSuccess = onClose,
  ErrorView = ErrorAlert,
}: BodyProps<T, V, R>) {
  const [values, setValues] = useState(() => initial(target));
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  // A reply that comes once the modal has closed no longer concerns it.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  const set: SetField<V> = (key, value) => setValues((v) => ({ ...v, [key]: value }));
  const submit = () => {
    setPending(true);
    setFailure(null);
    onSubmit(values, target).then(
      (result) => {
        if (!open.current) return;
        setPending(false);
        onSuccess(result);
      },
      (error: unknown) => {
        if (!open.current) return;
        setPending(false);
        setFailure({ error });
      },
    );
  };

  return (
    <FormFrame
      onSubmit={submit}
      error={failure !== null && <ErrorView error={failure.error} />}
      pending={pending}
      submitLabel={submitLabel}
      submitColor={submitColor}
      submitDisabled={canSubmit !== undefined && !canSubmit(values)}
      onCancel={onClose}
    >
      {children(values, set, target)}
    </FormFrame>
  );
}
