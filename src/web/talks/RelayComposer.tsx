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
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { relayRules } from '../../core/talks/messages.ts';
import { MESSAGE_TYPES, type MessageType } from '../../core/vocabulary.ts';
import { isRetryable, useRelay } from './api.ts';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName } from '../convening/index.ts';
import { excerpt, isPartyWords, isRelayable, type LineMessages } from './model.ts';
import { useAttemptKey } from './attempt-key.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { Success } from '../shared/components/Success.tsx';
import { channelLabel } from './names.ts';

interface Props {
  round: RoundView;
  lines: LineMessages[];
  sourceId: string | null;
  onSourceChange: (id: string | null) => void;
}

interface Candidate {
  line: ChannelView;
  message: MessageView;
}

type Relay = ReturnType<typeof useRelay>;
type RelayDraft = ReturnType<typeof useRelayDraft>;

export function RelayComposer({ round, lines, sourceId, onSourceChange }: Props) {
  const { t } = useTranslation();
  const draft = useRelayDraft(lines, sourceId, onSourceChange);

  return (
    <form onSubmit={draft.submit} aria-labelledby="relay-composer">
      <Stack gap="sm">
        <Title order={4} id="relay-composer">
          {t('talks.relay.composer')}
        </Title>
        <RelayOutcome done={draft.done} relay={draft.relay} />
        <RelaySourceSelect
          round={round}
          candidates={draft.candidates}
          sourceId={sourceId}
          onSourceChange={onSourceChange}
        />
        {draft.source && <RelayDraftFields round={round} draft={draft} source={draft.source} />}
      </Stack>
    </form>
  );
}

/** The party messages a mediator may relay: relayable words of a party on its own line. */
const relayCandidates = (lines: LineMessages[]): Candidate[] =>
  lines.flatMap((l) =>
    l.messages
      .filter((m) => isPartyWords(l.channel, m) && isRelayable(m))
      .map((message) => ({ line: l.channel, message })),
  );

/** The chosen source and target of a relay, and the rules the source's permission sets. */
function useRelayRoute(lines: LineMessages[], sourceId: string | null) {
  const [targetId, setTargetId] = useState('');
  const candidates = relayCandidates(lines);
  const source = candidates.find((c) => c.message.id === sourceId) ?? null;
  const targets = lines.filter((l) => source !== null && l.channel.id !== source.line.id);
  const rules = relayRules(source?.message.relayPermission ?? null);
  const target = targets.find((l) => l.channel.id === targetId) ?? targets[0];
  return { candidates, source, targets, target, rules, setTargetId };
}

/** What the mediator writes for a relay, and sending it (one idempotency key per attempt). */
function useRelayDraft(
  lines: LineMessages[],
  sourceId: string | null,
  onSourceChange: (id: string | null) => void,
) {
  const relay = useRelay();
  const route = useRelayRoute(lines, sourceId);
  const { source, target, rules, setTargetId } = route;
  const [type, setType] = useState<MessageType>('information');
  const [body, setBody] = useState('');
  const [attribute, setAttribute] = useState(false);
  const [done, setDone] = useState(false);
  const attempt = useAttemptKey();

  // A new source resets what depended on the old one.
  useEffect(() => {
    setAttribute(false);
    setTargetId('');
    if (sourceId !== null) setDone(false);
  }, [sourceId, setTargetId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!source || !target || body.trim() === '') return;
    const payload = {
      sourceMessageId: source.message.id,
      type,
      body,
      attribute: attribute && rules.attributed,
    };
    const idempotencyKey = attempt.keyFor(JSON.stringify([target.channel.id, payload]));
    relay.mutate(
      { targetId: target.channel.id, body: { ...payload, idempotencyKey } },
      {
        onSuccess: () => {
          attempt.clear();
          setBody('');
          setAttribute(false);
          setDone(true);
          onSourceChange(null);
        },
      },
    );
  };

  return { ...route, relay, type, setType, body, setBody, attribute, setAttribute, done, submit };
}

function RelayOutcome({ done, relay }: { done: boolean; relay: Relay }) {
  const { t } = useTranslation();
  return (
    <>
      {done && <Success>{t('talks.relay.sent')}</Success>}
      {relay.isError && <ErrorAlert error={relay.error} />}
      {relay.isError && isRetryable(relay.error) && (
        <Text size="sm">{t('talks.composer.kept')}</Text>
      )}
    </>
  );
}

interface SourceSelectProps {
  round: RoundView;
  candidates: Candidate[];
  sourceId: string | null;
  onSourceChange: (id: string | null) => void;
}

function RelaySourceSelect({ round, candidates, sourceId, onSourceChange }: SourceSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('talks.relay.source')}
      value={sourceId ?? ''}
      onChange={(e) => onSourceChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
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
  );
}

interface DraftFieldsProps {
  round: RoundView;
  draft: RelayDraft;
  source: Candidate;
}

function RelayDraftFields({ round, draft, source }: DraftFieldsProps) {
  const { t } = useTranslation();
  const { rules } = draft;
  const sourceParty = participantName(round, source.line.ownerParticipantId ?? '');
  return (
    <>
      <NativeSelect
        label={t('talks.relay.target')}
        value={draft.target?.channel.id ?? ''}
        onChange={(e) => draft.setTargetId(e.currentTarget.value)}
        data={draft.targets.map((l) => ({
          value: l.channel.id,
          label: channelLabel(t, round, l.channel),
        }))}
      />
      <RelayRulesNote source={source.message} rules={rules} sourceParty={sourceParty} />
      <NativeSelect
        label={t('talks.composer.type')}
        value={draft.type}
        onChange={(e) => draft.setType(e.currentTarget.value as MessageType)}
        data={MESSAGE_TYPES.map((k) => ({ value: k, label: t(`vocab.messageType.${k}`) }))}
      />
      <Textarea
        label={t('talks.relay.body')}
        description={t('talks.relay.bodyHelp')}
        required
        dir="auto"
        autosize
        minRows={3}
        value={draft.body}
        onChange={(e) => draft.setBody(e.currentTarget.value)}
      />
      {rules.verbatim && (
        <div>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => draft.setBody(source.message.body)}
          >
            {t('talks.relay.useExact')}
          </Button>
        </div>
      )}
      {rules.attributed && (
        <Checkbox
          label={t('talks.relay.attribute', { name: isolate(sourceParty) })}
          checked={draft.attribute}
          onChange={(e) => draft.setAttribute(e.currentTarget.checked)}
        />
      )}
      <RelaySendButton relay={draft.relay} disabled={!draft.target || draft.body.trim() === ''} />
    </>
  );
}

function RelaySendButton({ relay, disabled }: { relay: Relay; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={relay.isPending} disabled={disabled}>
        {relay.isError && isRetryable(relay.error)
          ? t('talks.composer.retry')
          : t('talks.relay.send')}
      </Button>
    </Group>
  );
}

interface RulesNoteProps {
  source: MessageView;
  rules: ReturnType<typeof relayRules>;
  sourceParty: string;
}

/** What the source's relay permission allows, and what the recipient will see. */
function RelayRulesNote({ source, rules, sourceParty }: RulesNoteProps) {
  const { t } = useTranslation();
  const permission = source.relayPermission ?? 'mediator_only';
  return (
    <Alert variant="light" color="indigo" title={t('talks.relay.rules')} role="note">
      <List size="sm" spacing={2}>
        <List.Item>
          {t(`vocab.relayPermission.${permission}`)}
          {': '}
          {t(`talks.permission.explain.${permission}`)}
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
  );
}
