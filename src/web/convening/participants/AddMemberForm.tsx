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
import {
  emailProblem,
  hasProblems,
  requiredProblem,
  type Problems,
} from '../../shared/lib/validation.ts';

type MemberInviteCreated = NonNullable<ReturnType<typeof useCreateMemberInvite>['data']>;

/** What the head of a delegation fills in to invite a member; kept while the form is closed. */
function useMemberFields() {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<MemberRole>('member');
  return { email, setEmail, displayName, setDisplayName, role, setRole };
}

export function AddMemberForm({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const invite = useCreateMemberInvite();
  const [open, setOpen] = useState(false);
  const fields = useMemberFields();
  const [checked, setChecked] = useState(false);
  const problems = {
    email: emailProblem(t, fields.email),
    displayName: requiredProblem(t, fields.displayName),
  };

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
    setChecked(true);
    if (hasProblems(problems)) return;
    const { email, displayName, role } = fields;
    invite.mutate({ participantId, body: { email, displayName, role } });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('participants.addMember.title')}
        </Text>
        {invite.isError && <ErrorAlert error={invite.error} />}
        <MemberFields fields={fields} errors={checked ? problems : {}} />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={invite.isPending}>
            {t('participants.addMember.submit')}
          </Button>
          <Button size="sm" variant="subtle" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
        {invite.data && <InviteLink invite={invite.data} />}
      </Stack>
    </form>
  );
}

function MemberFields({
  fields,
  errors,
}: {
  fields: ReturnType<typeof useMemberFields>;
  errors: Problems<{ email: string; displayName: string }>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        size="sm"
        label={t('participants.addMember.email')}
        type="email"
        required
        dir="ltr"
        error={errors.email}
        value={fields.email}
        onChange={(e) => fields.setEmail(e.currentTarget.value)}
      />
      <TextInput
        size="sm"
        label={t('participants.addMember.displayName')}
        required
        dir="auto"
        error={errors.displayName}
        value={fields.displayName}
        onChange={(e) => fields.setDisplayName(e.currentTarget.value)}
      />
      <NativeSelect
        size="sm"
        label={t('participants.addMember.role')}
        value={fields.role}
        onChange={(e) => fields.setRole(e.currentTarget.value as MemberRole)}
        data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`vocab.role.${r}`) }))}
      />
    </>
  );
}

/** The invitation link made, until when it works, and a button to copy it. */
function InviteLink({ invite }: { invite: MemberInviteCreated }) {
  const { t, i18n } = useTranslation();
  // The path is relative to this server; the head sends the full address by their own means.
  const link = new URL(invite.path, window.location.origin).toString();
  return (
    <Stack gap={4} role="status">
      <Text size="sm">
        {t('participants.addMember.link', {
          date: formatInstant(invite.expiresAt, dateLocale(i18n.resolvedLanguage)),
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
  );
}
