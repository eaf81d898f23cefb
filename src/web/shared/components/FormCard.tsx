import { Button, Card, Group, Stack, Title, type TitleOrder } from '@mantine/core';
import { useId, useState, type ComponentType, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';
import { useFormValues, useSubmission, type FormFields } from './form-state.ts';
import { hasProblems, type Problems } from '../lib/validation.ts';
import { Success } from './Success.tsx';

interface FormCardProps<V, R> {
  title: ReactNode;
  /** The heading's level; 3 unless told. */
  order?: TitleOrder;
  /** Whether the card is a region (a section) named by its heading. */
  region?: boolean;
  maw?: number;
  /** Between the heading and the refusal: a hint, a problem found before sending. */
  intro?: ReactNode;
  /** The fields' values as the form starts. */
  initial: () => V;
  /** The fields, controlled by the values: set one, or bind a text field to one; `errors` once sent. */
  children: (form: FormFields<V> & { errors: Problems<V> }) => ReactNode;
  submitLabel: ReactNode;
  /** Whether the values may be sent yet; the submit button is disabled while not. */
  canSubmit?: (values: V) => boolean;
  /**
   * What is wrong with the values, field by field: while anything is, a submit sends nothing and
   * the problems are shown under their fields (from the first submit on, as the user fixes them).
   */
  validate?: (values: V) => Problems<V>;
  /**
   * Sends the values, e.g. with a mutation's `mutateAsync`, or returns nothing to send nothing
   * (the last outcome then stays shown). A rejection is shown above the fields, which keep their values.
   */
  onSubmit: (values: V, form: HTMLFormElement) => Promise<R> | undefined;
  /** The fields that start afresh after a successful submit. */
  reset?: readonly (keyof V)[];
  /** The message after a successful submit, until the next one is sent. */
  success?: (result: R) => ReactNode;
  onSuccess?: (result: R) => void;
  /** When given, a Cancel button stands beside the submit. */
  onCancel?: () => void;
  /** How a refusal is shown; ErrorAlert unless told. */
  ErrorView?: ComponentType<{ error: unknown }>;
}

/**
 * An inline form in a card under its heading: it owns the values, the submit with its pending
 * state, refusal and success message, and the reset after success; the caller gives the fields
 * and what to send.
 */
export function FormCard<V, R>({
  title,
  order = 3,
  region = false,
  maw,
  intro,
  initial,
  children,
  submitLabel,
  canSubmit,
  validate,
  onSubmit,
  reset = [],
  success,
  onSuccess,
  onCancel,
  ErrorView = ErrorAlert,
}: FormCardProps<V, R>) {
  const { t } = useTranslation();
  const titleId = useId();
  const { reset: restart, ...fields } = useFormValues(initial);
  const { values } = fields;
  const submission = useSubmission<R>();
  const ready = canSubmit === undefined || canSubmit(values);
  const [checked, setChecked] = useState(false);
  const problems = validate?.(values) ?? {};

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setChecked(true);
    if (hasProblems(problems)) return;
    const sending = ready ? onSubmit(values, e.currentTarget) : undefined;
    if (sending === undefined) return;
    submission.send(sending, (result) => {
      restart(reset);
      // The fields that start afresh are not wrong yet: nobody has sent them.
      setChecked(false);
      onSuccess?.(result);
    });
  };

  const button = (
    <Button type="submit" loading={submission.pending} disabled={!ready}>
      {submitLabel}
    </Button>
  );
  const labelledBy = region ? titleId : undefined;
  return (
    <Card withBorder maw={maw} component={region ? 'section' : 'div'} aria-labelledby={labelledBy}>
      <form onSubmit={submit} noValidate={validate !== undefined}>
        <Stack gap="sm">
          <Title order={order} id={labelledBy}>
            {title}
          </Title>
          {intro}
          {submission.failure !== null && <ErrorView error={submission.failure.error} />}
          {submission.done !== null && success !== undefined && (
            <Success>{success(submission.done.result)}</Success>
          )}
          {children({ ...fields, errors: checked ? problems : {} })}
          {onCancel === undefined ? (
            button
          ) : (
            <Group>
              {button}
              <Button variant="subtle" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
