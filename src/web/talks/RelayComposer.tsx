import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { relayRules } from '../../core/talks/messages.ts';
import { MESSAGE_TYPES, type MessageType } from '../../core/vocabulary.ts';
import { isRetryable, useRelay } from './api.ts';
import type { RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName } from '../convening/index.ts';
import {
  excerpt,
  isPartyWords,
  isRelayable,
  newIdempotencyKey,
  type LineMessages,
} from './model.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { Success } from '../shared/components/Success.tsx';
import { channelLabel } from './names.ts';

interface Props {
  round: RoundView;
  lines: LineMessages[];
  sourceId: string | null;
  onSourceChange: (id: string | null) => void;
}

export function RelayComposer({ round, lines, sourceId, onSourceChange }: Props) {
  const { t } = useTranslation();
  const relay = useRelay();
  const [targetId, setTargetId] = useState('');
  const [type, setType] = useState<MessageType>('information');
  const [body, setBody] = useState('');
  const [attribute, setAttribute] = useState(false);
  const [done, setDone] = useState(false);
  const attempt = useRef<{ key: string; fingerprint: string } | null>(null);

  const candidates = lines.flatMap((l) =>
    l.messages
      .filter((m) => isPartyWords(l.channel, m) && isRelayable(m))
      .map((message) => ({ line: l.channel, message })),
  );
  const source = candidates.find((c) => c.message.id === sourceId) ?? null;
  const targets = lines.filter((l) => source !== null && l.channel.id !== source.line.id);
  const rules = relayRules(source?.message.relayPermission ?? null);
  const target = targets.find((l) => l.channel.id === targetId) ?? targets[0];

  // A new source resets what depended on the old one.
  useEffect(() => {
    setAttribute(false);
    setTargetId('');
    if (sourceId !== null) setDone(false);
  }, [sourceId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!source || !target || body.trim() === '') return;
    const payload = {
      sourceMessageId: source.message.id,
      type,
      body,
      attribute: attribute && rules.attributed,
    };
    const fingerprint = JSON.stringify([target.channel.id, payload]);
    if (attempt.current?.fingerprint !== fingerprint) {
      attempt.current = { key: newIdempotencyKey(), fingerprint };
    }
    relay.mutate(
      { targetId: target.channel.id, body: { ...payload, idempotencyKey: attempt.current.key } },
      {
        onSuccess: () => {
          attempt.current = null;
          setBody('');
          setAttribute(false);
          setDone(true);
          onSourceChange(null);
        },
      },
    );
  };

  const sourceParty = source ? participantName(round, source.line.ownerParticipantId ?? '') : '';

  return (
    <form onSubmit={submit} aria-labelledby="relay-composer">
      <Stack gap="sm">
        <Title order={4} id="relay-composer">
          {t('talks.relay.composer')}
        </Title>
        {done && <Success>{t('talks.relay.sent')}</Success>}
        {relay.isError && <ErrorAlert error={relay.error} />}
        {relay.isError && isRetryable(relay.error) && (
          <Text size="sm">{t('talks.composer.kept')}</Text>
        )}
        <NativeSelect
          label={t('talks.relay.source')}
          value={sourceId ?? ''}
          onChange={(e) =>
            onSourceChange(e.currentTarget.value === '' ? null : e.currentTarget.value)
          }
          data={[
            { value: '', label: t('common.choose') },
            ...candidates.map(({ line, message }) => ({
              value: message.id,
              label: t('talks.relay.candidate', {
                line: isolate(channelLabel(t, round, line)),
                seq: message.seq,
                excerpt: isolate(excerpt(message.body)),
              }),
            })),
          ]}
        />
        {source && (
          <>
            <NativeSelect
              label={t('talks.relay.target')}
              value={target?.channel.id ?? ''}
              onChange={(e) => setTargetId(e.currentTarget.value)}
              data={targets.map((l) => ({
                value: l.channel.id,
                label: channelLabel(t, round, l.channel),
              }))}
            />
            <Alert variant="light" color="indigo" title={t('talks.relay.rules')} role="note">
              <List size="sm" spacing={2}>
                <List.Item>
                  {t(`vocab.relayPermission.${source.message.relayPermission ?? 'mediator_only'}`)}
                  {': '}
                  {t(
                    `talks.permission.explain.${source.message.relayPermission ?? 'mediator_only'}`,
                  )}
                </List.Item>
                <List.Item>
                  {rules.verbatim ? t('talks.relay.verbatimYes') : t('talks.relay.verbatimNo')}
                </List.Item>
                <List.Item>
                  {rules.attributed
                    ? t('talks.relay.attributionYes', { name: isolate(sourceParty) })
                    : t('talks.relay.attributionNo')}
                </List.Item>
                <List.Item>{t('talks.relay.recipientSees')}</List.Item>
              </List>
            </Alert>
            <NativeSelect
              label={t('talks.composer.type')}
              value={type}
              onChange={(e) => setType(e.currentTarget.value as MessageType)}
              data={MESSAGE_TYPES.map((k) => ({ value: k, label: t(`vocab.messageType.${k}`) }))}
            />
            <Textarea
              label={t('talks.relay.body')}
              description={t('talks.relay.bodyHelp')}
              required
              dir="auto"
              autosize
              minRows={3}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
            {rules.verbatim && (
              <div>
                <Button
                  variant="light"
                  size="compact-sm"
                  onClick={() => setBody(source.message.body)}
                >
                  {t('talks.relay.useExact')}
                </Button>
              </div>
            )}
            {rules.attributed && (
              <Checkbox
                label={t('talks.relay.attribute', { name: isolate(sourceParty) })}
                checked={attribute}
                onChange={(e) => setAttribute(e.currentTarget.checked)}
              />
            )}
            <Group>
              <Button
                type="submit"
                loading={relay.isPending}
                disabled={!target || body.trim() === ''}
              >
                {relay.isError && isRetryable(relay.error)
                  ? t('talks.composer.retry')
                  : t('talks.relay.send')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
