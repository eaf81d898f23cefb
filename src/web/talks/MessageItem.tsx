import { Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelayPermission } from '../../core/vocabulary.ts';
import type { MessageView, RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName } from '../convening/index.ts';
import { excerpt } from './model.ts';
import { dateLocale, formatInstant } from '../shared/lib/time.ts';

const formatClock = (iso: string, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));
import { UserText } from '../shared/components/UserText.tsx';
import { senderLabel } from './names.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { NarrowPermissionMenu } from './NarrowPermissionMenu.tsx';
import { RelayPermissionBadge } from './RelayPermissionBadge.tsx';
import classes from './MessageItem.module.css';

export interface SourceInfo {
  seq: number;
  line: string;
}

export interface MessageItemProps {
  round: RoundView;
  message: MessageView;
  /** Other messages of the channel, for reply and correction references. */
  byId: Map<string, MessageView>;
  correctedBy?: MessageView | undefined;
  /** For mediators: where a relay's source message sits, when it is held. */
  source?: SourceInfo | null | undefined;
  relayed?: boolean;
  /** Continues its sender's run: the sender is not named again. */
  continues?: boolean;
  /** The viewer's own message, drawn on the other side as messengers do. */
  own?: boolean;
  onReply?: (m: MessageView) => void;
  onCorrect?: (m: MessageView) => void;
  /** For the sender and its head: narrow the relay permission before it is relayed. */
  narrowing?: { pending: boolean; onNarrow: (m: MessageView, to: RelayPermission) => void };
}

export function MessageItem({
  round,
  message: m,
  byId,
  correctedBy,
  source,
  relayed,
  continues = false,
  own = false,
  onReply,
  onCorrect,
  narrowing,
}: MessageItemProps) {
  const { t } = useTranslation();
  const headingId = `message-${m.id}`;
  const tint = own
    ? 'var(--mantine-primary-color-light)'
    : m.from.kind === 'mediators'
      ? 'var(--mantine-color-blue-light)'
      : undefined;

  return (
    <Paper
      withBorder={!own}
      px="sm"
      py={6}
      mt={continues ? 0 : 6}
      radius="lg"
      component="article"
      className={classes.message}
      aria-labelledby={headingId}
      bg={tint}
      maw="min(85%, 46rem)"
      style={{ alignSelf: own ? 'flex-end' : 'flex-start' }}
    >
      <Stack gap={2}>
        <MessageMeta
          round={round}
          message={m}
          headingId={headingId}
          relayed={relayed}
          showSender={!continues}
        />
        <MessageReferences
          round={round}
          message={m}
          byId={byId}
          correctedBy={correctedBy}
          source={source}
        />
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {m.body}
        </Text>
        <AttachmentList files={m.attachments} />
        {narrowing && m.relayed && (
          <Text size="xs" c="dimmed">
            {t('talks.permission.fixed')}
          </Text>
        )}
        {(onReply || onCorrect || narrowing) && (
          <MessageActions
            message={m}
            onReply={onReply}
            onCorrect={onCorrect}
            narrowing={narrowing}
          />
        )}
      </Stack>
    </Paper>
  );
}

interface MetaProps {
  round: RoundView;
  message: MessageView;
  headingId: string;
  relayed: boolean | undefined;
  showSender: boolean;
}

/** Who sent the message, its type and relay state, when, and its place in the channel. */
function MessageMeta({ round, message: m, headingId, relayed, showSender }: MetaProps) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  // A continued run still names its sender to screen readers, which read each message alone.
  return (
    <Group gap="xs" wrap="wrap">
      {showSender ? (
        <Text fw={600} size="sm" id={headingId}>
          <UserText>{senderLabel(t, round, m)}</UserText>
        </Text>
      ) : (
        <VisuallyHidden id={headingId}>{senderLabel(t, round, m)}</VisuallyHidden>
      )}
      {m.type !== 'statement' && (
        <Badge variant="outline" color="gray" size="xs">
          {t(`vocab.messageType.${m.type}`)}
        </Badge>
      )}
      {m.relayPermission !== null && <RelayPermissionBadge permission={m.relayPermission} />}
      {(relayed || m.relayed) && (
        <Badge variant="light" color="teal" size="sm">
          {t('talks.relayed')}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        {/* The day is on the separator above; the full date and the number stay one hover away. */}
        <time
          dateTime={m.createdAt}
          title={`${formatInstant(m.createdAt, locale, round.timeZone)} · ${t('talks.seq', { seq: m.seq })}`}
        >
          {formatClock(m.createdAt, locale, round.timeZone)}
        </time>
        <VisuallyHidden> · {t('talks.seq', { seq: m.seq })}</VisuallyHidden>
      </Text>
    </Group>
  );
}

type ReferencesProps = Pick<
  MessageItemProps,
  'round' | 'message' | 'byId' | 'correctedBy' | 'source'
>;

/** What the message answers, corrects or relays, and who is named as its source. */
function MessageReferences({ round, message: m, byId, correctedBy, source }: ReferencesProps) {
  const { t } = useTranslation();
  const replyTo = m.replyToId === null ? undefined : byId.get(m.replyToId);
  const corrects = m.correctionOfId === null ? undefined : byId.get(m.correctionOfId);
  return (
    <>
      {m.replyToId !== null && (
        <Text size="xs" c="dimmed">
          {replyTo
            ? t('talks.replyTo', { seq: replyTo.seq, excerpt: isolate(excerpt(replyTo.body)) })
            : t('talks.replyToUnknown')}
        </Text>
      )}
      {m.correctionOfId !== null && (
        <Text size="xs" c="orange.9">
          {corrects
            ? t('talks.correctionOf', { seq: corrects.seq })
            : t('talks.correctionOfUnknown')}
        </Text>
      )}
      {correctedBy && (
        <Text size="xs" c="orange.9">
          {t('talks.correctedBy', { seq: correctedBy.seq })}
        </Text>
      )}
      {m.relay !== null && m.relay.sourceMessageId !== null && (
        <Text size="xs" c="dimmed">
          {source
            ? t('talks.relayOf', { seq: source.seq, line: isolate(source.line) })
            : t('talks.relayOfUnknown')}
        </Text>
      )}
      {m.relay !== null && m.relay.attributedTo !== null && (
        <Text size="xs">
          {t('talks.attributedTo', {
            name: isolate(participantName(round, m.relay.attributedTo)),
          })}
        </Text>
      )}
    </>
  );
}

type ActionsProps = Pick<MessageItemProps, 'message' | 'onReply' | 'onCorrect' | 'narrowing'>;

function MessageActions({ message: m, onReply, onCorrect, narrowing }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" className={classes.actions}>
      {narrowing && (
        <NarrowPermissionMenu
          message={m}
          pending={narrowing.pending}
          onNarrow={(to) => narrowing.onNarrow(m, to)}
        />
      )}
      {onReply && (
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={t('talks.replyLabel', { seq: m.seq })}
          onClick={() => onReply(m)}
        >
          {t('talks.reply')}
        </Button>
      )}
      {onCorrect && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="orange"
          aria-label={t('talks.correctLabel', { seq: m.seq })}
          onClick={() => onCorrect(m)}
        >
          {t('talks.correct')}
        </Button>
      )}
    </Group>
  );
}
