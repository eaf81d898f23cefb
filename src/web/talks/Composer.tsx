import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
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
import { AttachButton, AttachmentPreviews, useAttachments } from './ComposerAttachments.tsx';
import { clearDraft, readDraft, writeDraft } from '../shared/lib/drafts.ts';

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
  const { post, permission, attachments } = draft;
  const [dragging, setDragging] = useState(false);
  const attachDropped = (files: File[]) => {
    if (files.length > 0) void attachments.attach(files);
  };

  return (
    <Paper
      component="form"
      withBorder
      radius="lg"
      p="xs"
      onSubmit={draft.submit}
      aria-label={t('talks.composer.title')}
      style={{
        flexShrink: 0,
        outline: dragging ? '2px dashed var(--mantine-primary-color-filled)' : undefined,
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        attachDropped([...e.dataTransfer.files]);
      }}
    >
      <Stack gap={6}>
        {context && <ComposerContextNotice context={context} onClear={onClearContext} />}
        {post.isError && <ComposerError error={post.error} />}
        {dragging && (
          <Text size="sm" c="dimmed" ta="center">
            {t('talks.composer.dropHere')}
          </Text>
        )}
        <AttachmentPreviews attachments={attachments} />
        <Group gap={6} wrap="nowrap" align="flex-end">
          <NativeSelect
            aria-label={t('talks.composer.type')}
            size="xs"
            variant="filled"
            w={128}
            style={{ flexShrink: 0 }}
            value={draft.type}
            onChange={(e) => draft.setType(e.currentTarget.value as MessageType)}
            data={MESSAGE_TYPES.map((k) => ({ value: k, label: t(`vocab.messageType.${k}`) }))}
          />
          <Textarea
            aria-label={t('talks.composer.body')}
            placeholder={t('talks.composer.placeholder')}
            required
            dir="auto"
            autosize
            minRows={1}
            maxRows={8}
            style={{ flex: 1 }}
            value={draft.body}
            onChange={(e) => draft.setBody(e.currentTarget.value)}
            onPaste={(e) => attachDropped([...e.clipboardData.files])}
            onKeyDown={(e) => composerKeys(e, draft.submit, context ? onClearContext : undefined)}
          />
          <AttachButton attachments={attachments} />
          <ComposerSendButton
            post={post}
            disabled={draft.body.trim() === '' || attachments.uploading}
            permission={ownLine ? permission : null}
          />
        </Group>
        {ownLine && <RelayPermissionField value={permission} onChange={draft.setPermission} />}
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {t('talks.composer.enterHint')}
        </Text>
      </Stack>
    </Paper>
  );
}

const coarsePointer = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

/**
 * Enter sends and Shift+Enter breaks the line, as in common messengers; on a touch keyboard Enter
 * is a new line (the Send button is under the thumb). Ctrl/Cmd+Enter always sends; Esc drops a
 * reply or correction.
 */
function composerKeys(
  e: KeyboardEvent<HTMLTextAreaElement>,
  submit: (e: FormEvent) => void,
  cancelContext: (() => void) | undefined,
) {
  if (e.key === 'Escape' && cancelContext) {
    e.preventDefault();
    cancelContext();
    return;
  }
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  if (e.ctrlKey || e.metaKey || (!e.shiftKey && !coarsePointer())) {
    e.preventDefault();
    submit(e);
  }
}

/** The message being written, its attachments and relay permission, and sending it. */
function useComposerDraft({ channel, ownLine, context, onClearContext, initialBody }: Props) {
  const post = usePostMessage(channel.id);
  const [type, setType] = useState<MessageType>('statement');
  // A correction starts from the original; otherwise from what was left unsent before a reload.
  const [body, setBodyState] = useState(() => initialBody || readDraft(channel.id));
  const setBody = (text: string) => {
    setBodyState(text);
    if (context?.mode !== 'correct') writeDraft(channel.id, text);
  };
  // Never kept from one message to the next, nor across a reload or another channel (invariant 7).
  const [permission, setPermission] = useState<RelayPermission>('mediator_only');
  const attachments = useAttachments(channel.id);
  const attempt = useAttemptKey();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A file still uploading would be left out of the message: wait for it.
    if (body.trim() === '' || post.isPending || attachments.uploading) return;
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
          clearDraft(channel.id);
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
