import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRespondInvitation, useWithdrawInvitation } from '../api.ts';
import type { InvitationView, RoundView } from '../../shared/api/types.ts';
import { errorMessage } from '../../shared/lib/errors.ts';
import { may } from '../round.ts';
import { dateLocale, formatInstant } from '../../shared/lib/time.ts';
import { InvitationStatusBadge } from '../../shared/components/StatusBadge.tsx';
import { UserText } from '../../shared/components/UserText.tsx';

interface Props {
  round: RoundView;
  invitation: InvitationView;
  onDecline: (invitation: InvitationView) => void;
}

export function InvitationRow({ round, invitation: inv, onDecline }: Props) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        <UserText>{inv.actor.name}</UserText>
      </Table.Th>
      <Table.Td data-label={t('invitations.capacity')}>
        {t(`vocab.capacity.${inv.capacity}`)}
      </Table.Td>
      <Table.Td data-label={t('invitations.level')}>
        {t(`vocab.level.${inv.representationLevel}`)}
      </Table.Td>
      <Table.Td data-label={t('invitations.status')}>
        <InvitationStatusBadge status={inv.status} />
      </Table.Td>
      <Table.Td data-label={t('invitations.reason')}>
        {inv.reason !== null && <InvitationReason invitation={inv} reason={inv.reason} />}
      </Table.Td>
      <Table.Td data-label={t('invitations.dates')}>
        <InvitationDates invitation={inv} timeZone={round.timeZone} />
      </Table.Td>
      <Table.Td>
        <InvitationActions round={round} invitation={inv} onDecline={onDecline} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Why the invitee declined, and whether the other participants see why. */
function InvitationReason({
  invitation: inv,
  reason,
}: {
  invitation: InvitationView;
  reason: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" dir="auto">
        {reason}
      </Text>
      {inv.reasonPublic !== null && (
        <Badge size="xs" variant="outline" color={inv.reasonPublic ? 'blue' : 'gray'}>
          {inv.reasonPublic ? t('invitations.reasonPublic') : t('invitations.reasonPrivate')}
        </Badge>
      )}
    </Stack>
  );
}

/** In the round's time zone, as every date of a round is shown. */
function InvitationDates({
  invitation: inv,
  timeZone,
}: {
  invitation: InvitationView;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  return (
    <Stack gap={2} style={{ whiteSpace: 'nowrap' }}>
      <Text size="sm">
        {t('invitations.invited', { date: formatInstant(inv.createdAt, locale, timeZone) })}
      </Text>
      {inv.respondedAt !== null && (
        <Text size="sm">
          {t('invitations.responded', { date: formatInstant(inv.respondedAt, locale, timeZone) })}
        </Text>
      )}
    </Stack>
  );
}

/** Accept or decline for the invitee, withdraw for the conveners, and what went wrong. */
function InvitationActions({ round, invitation: inv, onDecline }: Props) {
  const { t } = useTranslation();
  const respond = useRespondInvitation(round.id);
  const withdraw = useWithdrawInvitation(round.id);
  const failure = respond.error ?? withdraw.error;
  const canWithdraw = inv.status === 'pending' && may(round, 'invitation.withdraw');
  // Nothing at all, so that the cell is empty and a phone's card leaves it out.
  if (!inv.canRespond && !canWithdraw && failure === null) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {inv.canRespond && (
          <>
            <Button
              size="compact-sm"
              color="green"
              loading={respond.isPending}
              onClick={() => respond.mutate({ id: inv.id, body: { response: 'accept' } })}
            >
              {t('invitations.accept')}
            </Button>
            <Button size="compact-sm" color="red" variant="outline" onClick={() => onDecline(inv)}>
              {t('invitations.decline')}
            </Button>
          </>
        )}
        {canWithdraw && (
          <Button
            size="compact-sm"
            variant="outline"
            color="gray"
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate(inv.id)}
          >
            {t('invitations.withdraw')}
          </Button>
        )}
      </Group>
      {failure !== null && (
        <Text size="sm" c="red.9" role="alert">
          {errorMessage(t, failure)}
        </Text>
      )}
    </Stack>
  );
}
