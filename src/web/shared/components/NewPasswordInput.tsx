import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Password } from '../../../core/platform/auth-schemas.ts';

/** The server's own rule for a new password, so the form asks what the server will check. */
const MIN_PASSWORD = Password.minLength ?? 0;

export const longEnough = (password: string) => password.length >= MIN_PASSWORD;

/** A password being chosen: says it is too short once the form was sent with it. */
export function NewPasswordInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Whether the form was sent: only then is a short password pointed out. */
  touched: boolean;
  autoComplete?: 'new-password' | 'current-password';
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={props.label}
      type="password"
      autoComplete={props.autoComplete ?? 'new-password'}
      required
      minLength={MIN_PASSWORD}
      dir="ltr"
      value={props.value}
      error={props.touched && !longEnough(props.value) ? t('common.passwordTooShort') : null}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}
