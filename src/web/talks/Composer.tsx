import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_TYPES, type MessageType, type RelayPermission } from '../../core/vocabulary.ts';
import { isRetryable, usePostMessage } from './api.ts';
import type { ChannelView, MessageView, PostMessageInput } from '../shared/api/types.ts';
import { excerpt } from './model.ts';
import { useAttemptKey } from './attempt-key.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { PERMISSION_COLORS } from './RelayPermissionBadge.tsx';
import { RelayPermissionField } from './RelayPermissionField.tsx';
import { AttachmentPicker, useAttachments } from './ComposerAttachments.tsx';

export type ComposerContext = { mode: 'reply' | 'correct'; message: MessageView } | null;

interface Props {
  channel: ChannelView;
  ownLine: boolean;
  context: ComposerContext;
  onClearContext: () => void;
  /** Set by the parent when "Correct" starts from the original text. */
  initialBody?: string;
}

type PostMessage = ReturnType<typeof usePostMessage>;

export function Composer({ channel, ownLine, context, onClearContext, initialBody = '' }: Props) {
  const { t } = useTranslation();
  const draft = useComposerDraft({ channel, ownLine, context, onClearContext, initialBody });
  const { post, permission } = draft;

  return (
    <form onSubmit={draft.submit} aria-label={t('talks.composer.title')}>
      <Stack gap="sm">
        {context && <ComposerContextNotice context={context} onClear={onClearContext} />}
        {post.isError && <ComposerError error={post.error} />}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('talks.composer.type')}
            value={draft.type}
            onChange={(e) => draft.setType(e.currentTarget.value as MessageType)}
            data={MESSAGE_TYPES.map((k) => ({ value: k, label: t(`vocab.messageType.${k}`) }))}
          />
        </Group>
        <Textarea
          label={t('talks.composer.body')}
          required
          dir="auto"
          autosize
          minRows={2}
          maxRows={10}
          value={draft.body}
          onChange={(e) => draft.setBody(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) draft.submit(e);
          }}
        />
        <AttachmentPicker attachments={draft.attachments} />
        {ownLine && <RelayPermissionField value={permission} onChange={draft.setPermission} />}
        <ComposerSendButton
          post={post}
          disabled={draft.body.trim() === ''}
          permission={ownLine ? permission : null}
        />
      </Stack>
    </form>
  );
}

/** The message being written, its attachments and relay permission, and sending it. */
function useComposerDraft({ channel, ownLine, context, onClearContext, initialBody }: Props) {
  const post = usePostMessage(channel.id);
  const [type, setType] = useState<MessageType>('statement');
  const [body, setBody] = useState(initialBody ?? '');
  // Never kept from one message to the next, nor across a reload or another channel (invariant 7).
  const [permission, setPermission] = useState<RelayPermission>('mediator_only');
  const attachments = useAttachments(channel.id);
  const attempt = useAttemptKey();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim() === '' || post.isPending) return;
    const payload: Omit<PostMessageInput, 'idempotencyKey'> = { type, body };
    if (context?.mode === 'reply') payload.replyToId = context.message.id;
    if (context?.mode === 'correct') payload.correctionOfId = context.message.id;
    if (ownLine) payload.relayPermission = permission;
    if (attachments.files.length > 0) payload.attachmentIds = attachments.files.map((f) => f.id);
    const idempotencyKey = attempt.keyFor(JSON.stringify(payload));
    post.mutate(
      { ...payload, idempotencyKey },
      {
        onSuccess: () => {
          attempt.clear();
          setBody('');
          attachments.clear();
          setPermission('mediator_only');
          onClearContext();
        },
      },
    );
  };

  return { post, type, setType, body, setBody, permission, setPermission, attachments, submit };
}

interface ContextNoticeProps {
  context: NonNullable<ComposerContext>;
  onClear: () => void;
}

/** Which message the draft replies to or corrects, with a way out. */
function ComposerContextNotice({ context, onClear }: ContextNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color={context.mode === 'correct' ? 'orange' : 'blue'} p="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {context.mode === 'reply'
            ? t('talks.composer.replying', {
                seq: context.message.seq,
                excerpt: isolate(excerpt(context.message.body)),
              })
            : t('talks.composer.correcting', { seq: context.message.seq })}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onClear}>
          {context.mode === 'reply'
            ? t('talks.composer.cancelReply')
            : t('talks.composer.cancelCorrection')}
        </Button>
      </Group>
    </Alert>
  );
}

function ComposerError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <ErrorAlert error={error} />
      {isRetryable(error) && <Text size="sm">{t('talks.composer.kept')}</Text>}
    </Stack>
  );
}

interface SendButtonProps {
  post: PostMessage;
  disabled: boolean;
  /** The relay permission chosen on one's own line; null elsewhere. */
  permission: RelayPermission | null;
}

function ComposerSendButton({ post, disabled, permission }: SendButtonProps) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button
        type="submit"
        loading={post.isPending}
        disabled={disabled}
        color={permission !== null ? PERMISSION_COLORS[permission] : undefined}
      >
        {post.isError && isRetryable(post.error)
          ? t('talks.composer.retry')
          : permission !== null && permission !== 'mediator_only'
            ? t('talks.composer.sendWith', {
                permission: t(`vocab.relayPermission.${permission}`),
              })
            : t('talks.composer.send')}
      </Button>
    </Group>
  );
}
