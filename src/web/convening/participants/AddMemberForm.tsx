import {
  Button,
  Code,
  CopyButton,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type MemberRole } from '../../../core/vocabulary.ts';
import { useCreateMemberInvite } from '../api.ts';
import { dateLocale, formatInstant } from '../../shared/lib/time.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';

export function AddMemberForm({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const invite = useCreateMemberInvite();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<MemberRole>('member');

  if (!open) {
    return (
      <div>
        <Button size="compact-sm" variant="light" onClick={() => setOpen(true)}>
          {t('participants.addMember.open')}
        </Button>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate({ participantId, body: { email, displayName, role } });
  };
  // The path is relative to this server; the head sends the full address by their own means.
  const link = invite.data ? new URL(invite.data.path, window.location.origin).toString() : null;

  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('participants.addMember.title')}
        </Text>
        {invite.isError && <ErrorAlert error={invite.error} />}
        <TextInput
          size="sm"
          label={t('participants.addMember.email')}
          type="email"
          required
          dir="ltr"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <TextInput
          size="sm"
          label={t('participants.addMember.displayName')}
          required
          dir="auto"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
        />
        <NativeSelect
          size="sm"
          label={t('participants.addMember.role')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as MemberRole)}
          data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`vocab.role.${r}`) }))}
        />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={invite.isPending}>
            {t('participants.addMember.submit')}
          </Button>
          <Button size="sm" variant="subtle" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
        {link !== null && invite.data && (
          <Stack gap={4} role="status">
            <Text size="sm">
              {t('participants.addMember.link', {
                date: formatInstant(invite.data.expiresAt, dateLocale(i18n.resolvedLanguage)),
              })}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code
                aria-label={t('participants.addMember.linkLabel')}
                dir="ltr"
                style={{ wordBreak: 'break-all' }}
              >
                {link}
              </Code>
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button size="compact-sm" variant="light" onClick={copy}>
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
      </Stack>
    </form>
  );
}
