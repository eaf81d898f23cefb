import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelayPermission } from '../../core/vocabulary.ts';
import type { MessageView, RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName } from '../convening/index.ts';
import { excerpt } from './model.ts';
import { dateLocale, formatInstant } from '../shared/lib/time.ts';
import { UserText } from '../shared/components/UserText.tsx';
import { senderLabel } from './names.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { NarrowPermissionMenu } from './NarrowPermissionMenu.tsx';
import { RelayPermissionBadge } from './RelayPermissionBadge.tsx';

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
  onReply,
  onCorrect,
  narrowing,
}: MessageItemProps) {
  const { t } = useTranslation();
  const headingId = `message-${m.id}`;

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-labelledby={headingId}
      bg={m.from.kind === 'mediators' ? 'var(--mantine-color-blue-light)' : undefined}
    >
      <Stack gap={4}>
        <MessageMeta round={round} message={m} headingId={headingId} relayed={relayed} />
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
}

/** Who sent the message, its type and relay state, when, and its place in the channel. */
function MessageMeta({ round, message: m, headingId, relayed }: MetaProps) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Text fw={600} size="sm" id={headingId}>
        <UserText>{senderLabel(t, round, m)}</UserText>
      </Text>
      <Badge variant="outline" color="gray" size="sm">
        {t(`vocab.messageType.${m.type}`)}
      </Badge>
      {m.relayPermission !== null && <RelayPermissionBadge permission={m.relayPermission} />}
      {(relayed || m.relayed) && (
        <Badge variant="light" color="teal" size="sm">
          {t('talks.relayed')}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        <time dateTime={m.createdAt}>
          {formatInstant(m.createdAt, dateLocale(i18n.resolvedLanguage), round.timeZone)}
        </time>{' '}
        · {t('talks.seq', { seq: m.seq })}
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
    <Group gap="xs">
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
