import { Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreatePoll } from './api.ts';
import type { CreatePollInput, RoundView } from '../shared/api/types.ts';
import { localToUtcIso } from '../shared/lib/time.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';

interface Props {
  round: RoundView;
  channelId: string;
  onDone: () => void;
}

const MAX_OPTIONS = 10;

export function CreatePollForm({ round, channelId, onDone }: Props) {
  const { t } = useTranslation();
  const create = useCreatePoll(channelId);
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState<string[]>(['', '']);
  const [closesAt, setClosesAt] = useState('');
  const [closeWhenAllVoted, setCloseWhenAllVoted] = useState(true);
  const [secret, setSecret] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: CreatePollInput = {
      question,
      options: options.map((o) => o.trim()).filter((o) => o !== ''),
      closeWhenAllVoted,
      secret,
    };
    if (closesAt !== '') {
      const iso = localToUtcIso(closesAt, round.timeZone);
      if (iso === null) return setProblem(t('polls.create.badTime'));
      input.closesAt = iso;
    }
    if (input.closesAt === undefined && !closeWhenAllVoted) {
      return setProblem(t('polls.create.needsClosing'));
    }
    if (input.options.length < 2) return setProblem(t('polls.create.needsOptions'));
    setProblem(null);
    create.mutate(input, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={5}>{t('polls.create.title')}</Title>
        {problem !== null && (
          <Text c="red.8" size="sm" role="alert">
            {problem}
          </Text>
        )}
        {create.isError && <ErrorAlert error={create.error} />}
        <TextInput
          label={t('polls.create.question')}
          required
          dir="auto"
          value={question}
          onChange={(e) => setQuestion(e.currentTarget.value)}
        />
        {options.map((o, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('polls.create.option', { n: i + 1 })}
              required={i < 2}
              dir="auto"
              value={o}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setOptions((list) => list.map((x, j) => (j === i ? value : x)));
              }}
            />
            {options.length > 2 && (
              <Button
                variant="subtle"
                color="red"
                aria-label={t('polls.create.removeOption', { n: i + 1 })}
                onClick={() => setOptions((list) => list.filter((_, j) => j !== i))}
              >
                {t('polls.create.remove')}
              </Button>
            )}
          </Group>
        ))}
        {options.length < MAX_OPTIONS && (
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setOptions((l) => [...l, ''])}
            >
              {t('polls.create.addOption')}
            </Button>
          </div>
        )}
        <Checkbox
          label={t('polls.create.closeWhenAllVoted')}
          checked={closeWhenAllVoted}
          onChange={(e) => setCloseWhenAllVoted(e.currentTarget.checked)}
        />
        <TextInput
          type="datetime-local"
          label={t('polls.create.closesAt', { zone: round.timeZone })}
          description={t('polls.create.closesAtHelp')}
          value={closesAt}
          onChange={(e) => setClosesAt(e.currentTarget.value)}
        />
        <Checkbox
          label={t('polls.create.secret')}
          description={t('polls.create.secretHelp')}
          checked={secret}
          onChange={(e) => setSecret(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('polls.create.submit')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
