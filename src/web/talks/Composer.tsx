import {
  Alert,
  Button,
  CloseButton,
  Input,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_TYPES, type MessageType, type RelayPermission } from '../../core/vocabulary.ts';
import { isRetryable, uploadAttachment, usePostMessage, type UploadedFile } from './api.ts';
import type { ChannelView, MessageView, PostMessageInput } from '../shared/api/types.ts';
import { excerpt, newIdempotencyKey } from './model.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { PERMISSION_COLORS } from './RelayPermissionBadge.tsx';
import { RelayPermissionField } from './RelayPermissionField.tsx';

export type ComposerContext = { mode: 'reply' | 'correct'; message: MessageView } | null;

interface Props {
  channel: ChannelView;
  ownLine: boolean;
  context: ComposerContext;
  onClearContext: () => void;
  /** Set by the parent when "Correct" starts from the original text. */
  initialBody?: string;
}

export function Composer({ channel, ownLine, context, onClearContext, initialBody = '' }: Props) {
  const { t } = useTranslation();
  const post = usePostMessage(channel.id);
  const [type, setType] = useState<MessageType>('statement');
  const [body, setBody] = useState(initialBody);
  // Never kept from one message to the next, nor across a reload or another channel (invariant 7).
  const [permission, setPermission] = useState<RelayPermission>('mediator_only');
  const fileInputId = useId();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);

  const attach = async (picked: File[]) => {
    setUploadError(null);
    setUploading(true);
    try {
      for (const file of picked) {
        const uploaded = await uploadAttachment(channel.id, file);
        setFiles((current) => [...current, uploaded]);
      }
    } catch (error) {
      setUploadError(error);
    } finally {
      setUploading(false);
    }
  };
  // The key of the last attempt, kept while the same message is sent again (never a duplicate).
  const attempt = useRef<{ key: string; fingerprint: string } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim() === '' || post.isPending) return;
    const payload: Omit<PostMessageInput, 'idempotencyKey'> = { type, body };
    if (context?.mode === 'reply') payload.replyToId = context.message.id;
    if (context?.mode === 'correct') payload.correctionOfId = context.message.id;
    if (ownLine) payload.relayPermission = permission;
    if (files.length > 0) payload.attachmentIds = files.map((f) => f.id);
    const fingerprint = JSON.stringify(payload);
    if (attempt.current?.fingerprint !== fingerprint) {
      attempt.current = { key: newIdempotencyKey(), fingerprint };
    }
    post.mutate(
      { ...payload, idempotencyKey: attempt.current.key },
      {
        onSuccess: () => {
          attempt.current = null;
          setBody('');
          setFiles([]);
          setPermission('mediator_only');
          onClearContext();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label={t('talks.composer.title')}>
      <Stack gap="sm">
        {context && (
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
              <Button size="compact-xs" variant="subtle" onClick={onClearContext}>
                {context.mode === 'reply'
                  ? t('talks.composer.cancelReply')
                  : t('talks.composer.cancelCorrection')}
              </Button>
            </Group>
          </Alert>
        )}
        {post.isError && (
          <Stack gap={4}>
            <ErrorAlert error={post.error} />
            {isRetryable(post.error) && <Text size="sm">{t('talks.composer.kept')}</Text>}
          </Stack>
        )}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('talks.composer.type')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as MessageType)}
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
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
          }}
        />
        <Input.Wrapper
          label={t('talks.composer.attach')}
          description={uploading ? t('talks.composer.uploading') : t('talks.composer.attachHint')}
          labelProps={{ htmlFor: fileInputId }}
        >
          <input
            id={fileInputId}
            type="file"
            multiple
            disabled={uploading || files.length >= 5}
            onChange={(e) => {
              const picked = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              void attach(picked);
            }}
          />
        </Input.Wrapper>
        {uploadError !== null && <ErrorAlert error={uploadError} />}
        {files.length > 0 && (
          <Group gap="xs">
            {files.map((f) => (
              <Group key={f.id} gap={4} wrap="nowrap">
                <Text size="sm" dir="auto">
                  {f.filename}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('talks.composer.removeFile', { name: f.filename })}
                  onClick={() => setFiles((current) => current.filter((x) => x.id !== f.id))}
                />
              </Group>
            ))}
          </Group>
        )}
        {ownLine && <RelayPermissionField value={permission} onChange={setPermission} />}
        <Group>
          <Button
            type="submit"
            loading={post.isPending}
            disabled={body.trim() === ''}
            color={ownLine ? PERMISSION_COLORS[permission] : undefined}
          >
            {post.isError && isRetryable(post.error)
              ? t('talks.composer.retry')
              : ownLine && permission !== 'mediator_only'
                ? t('talks.composer.sendWith', {
                    permission: t(`vocab.relayPermission.${permission}`),
                  })
                : t('talks.composer.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
