import { Button, Checkbox, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreatePoll } from './api.ts';
import type { CreatePollInput, RoundView } from '../shared/api/types.ts';
import { localToUtcIso } from '../shared/lib/time.ts';
import { FormCard } from '../shared/components/FormCard.tsx';
import type { FormFields } from '../shared/components/form-state.ts';

interface Props {
  round: RoundView;
  channelId: string;
  onDone: () => void;
}

interface Values {
  question: string;
  options: string[];
  /** A wall-clock time where the round takes place, or empty. */
  closesAt: string;
  closeWhenAllVoted: boolean;
  secret: boolean;
}

const MAX_OPTIONS = 10;

type Problem = 'badTime' | 'needsClosing' | 'needsOptions';

/** The poll the values describe, or what keeps them from describing one. */
function pollOf(v: Values, timeZone: string): CreatePollInput | { problem: Problem } {
  const input: CreatePollInput = {
    question: v.question,
    options: v.options.map((o) => o.trim()).filter((o) => o !== ''),
    closeWhenAllVoted: v.closeWhenAllVoted,
    secret: v.secret,
  };
  if (v.closesAt !== '') {
    const iso = localToUtcIso(v.closesAt, timeZone);
    if (iso === null) return { problem: 'badTime' };
    input.closesAt = iso;
  }
  if (input.closesAt === undefined && !v.closeWhenAllVoted) return { problem: 'needsClosing' };
  if (input.options.length < 2) return { problem: 'needsOptions' };
  return input;
}

export function CreatePollForm({ round, channelId, onDone }: Props) {
  const { t } = useTranslation();
  const create = useCreatePoll(channelId);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <FormCard
      title={t('polls.create.title')}
      order={5}
      intro={
        problem !== null && (
          <Text c="red.8" size="sm" role="alert">
            {problem}
          </Text>
        )
      }
      initial={(): Values => ({
        question: '',
        options: ['', ''],
        closesAt: '',
        closeWhenAllVoted: true,
        secret: false,
      })}
      submitLabel={t('polls.create.submit')}
      onSubmit={(values) => {
        const poll = pollOf(values, round.timeZone);
        setProblem('problem' in poll ? t(`polls.create.${poll.problem}`) : null);
        return 'problem' in poll ? undefined : create.mutateAsync(poll);
      }}
      onSuccess={onDone}
      onCancel={onDone}
    >
      {(form) => <PollFields round={round} form={form} />}
    </FormCard>
  );
}

interface FieldsProps {
  round: RoundView;
  form: FormFields<Values>;
}

function PollFields({ round, form: { values: v, set, bind } }: FieldsProps) {
  const { t } = useTranslation();
  const options = v.options;
  const setOptions = (list: string[]) => set('options', list);
  return (
    <>
      <TextInput label={t('polls.create.question')} required dir="auto" {...bind('question')} />
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
              setOptions(options.map((x, j) => (j === i ? value : x)));
            }}
          />
          {options.length > 2 && (
            <Button
              variant="subtle"
              color="red"
              aria-label={t('polls.create.removeOption', { n: i + 1 })}
              onClick={() => setOptions(options.filter((_, j) => j !== i))}
            >
              {t('polls.create.remove')}
            </Button>
          )}
        </Group>
      ))}
      {options.length < MAX_OPTIONS && (
        <div>
          <Button variant="subtle" size="compact-sm" onClick={() => setOptions([...options, ''])}>
            {t('polls.create.addOption')}
          </Button>
        </div>
      )}
      <Checkbox
        label={t('polls.create.closeWhenAllVoted')}
        checked={v.closeWhenAllVoted}
        onChange={(e) => set('closeWhenAllVoted', e.currentTarget.checked)}
      />
      <TextInput
        type="datetime-local"
        label={t('polls.create.closesAt', { zone: round.timeZone })}
        description={t('polls.create.closesAtHelp')}
        {...bind('closesAt')}
      />
      <Checkbox
        label={t('polls.create.secret')}
        description={t('polls.create.secretHelp')}
        checked={v.secret}
        onChange={(e) => set('secret', e.currentTarget.checked)}
      />
    </>
  );
}
