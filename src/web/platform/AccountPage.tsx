import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSignIns, useMe, useEndSignIn } from './auth-api.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { isolate } from '../shared/lib/bidi.ts';
import { dateLocale, formatInstant } from '../shared/lib/time.ts';

type User = NonNullable<ReturnType<typeof useMe>['data']>['user'];
type SignIn = NonNullable<ReturnType<typeof useSignIns>['data']>['signIns'][number];
type EndSignIn = ReturnType<typeof useEndSignIn>;

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const sessions = useSignIns();
  const revoke = useEndSignIn();
  const user = me.data?.user;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('account.title')}</Title>
      {user && <SignedInAs user={user} />}
      <section aria-labelledby="sessions-title">
        <Title order={2} id="sessions-title" mb="sm">
          {t('account.signIns')}
        </Title>
        {revoke.isError && <ErrorAlert error={revoke.error} />}
        <QueryView query={sessions}>
          {(data) =>
            data.signIns.length === 0 ? (
              <EmptyText>{t('account.noSignIns')}</EmptyText>
            ) : (
              <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
                {data.signIns.map((s) => (
                  <SignInCard key={s.id} signIn={s} revoke={revoke} />
                ))}
              </Stack>
            )
          }
        </QueryView>
      </section>
      <ChangePasswordForm />
    </Stack>
  );
}

function SignedInAs({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Text>
        {t('account.signedInAs', {
          name: isolate(user.displayName),
          email: isolate(user.email),
        })}
      </Text>
      {user.isOperator && (
        <Badge variant="filled" color="grape">
          {t('account.operator')}
        </Badge>
      )}
    </Group>
  );
}

/** "Firefox on Ubuntu", as the server named the user agent; the raw string stays in the tooltip. */
function agentName(t: TFunction, s: SignIn): string {
  const browser = s.browser === null ? null : isolate(s.browser);
  const system = s.system === null ? null : isolate(s.system);
  if (browser !== null && system !== null) return t('account.agent', { browser, system });
  if (browser !== null) return browser;
  if (system !== null) return t('account.agentOn', { system });
  return t('account.unknownAgent');
}

/** One sign-in of the account: the browser, when, and a way to end it unless it is this one. */
function SignInCard({ signIn: s, revoke }: { signIn: SignIn; revoke: EndSignIn }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} title={s.userAgent ?? undefined}>
              {agentName(t, s)}
            </Text>
            {s.current && (
              <Badge variant="filled" color="teal">
                {t('account.current')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {t('account.created', { date: formatInstant(s.createdAt, locale) })}
          </Text>
          <Text size="sm">
            {t('account.lastSeen', { date: formatInstant(s.lastSeenAt, locale) })}
          </Text>
        </Stack>
        {!s.current && (
          <Button
            variant="outline"
            color="red"
            aria-label={t('account.revokeLabel', { date: formatInstant(s.createdAt, locale) })}
            loading={revoke.isPending && revoke.variables === s.id}
            onClick={() => revoke.mutate(s.id)}
          >
            {t('account.revoke')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
