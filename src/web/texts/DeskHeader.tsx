import {
  Alert,
  Button,
  Card,
  CloseButton,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssueRevision, type ProposalData, type TextViewData } from './api.ts';
import { describeStep, provisionNames } from './desk-names.ts';
import { MutationError } from './MutationError.tsx';
import type { Desk } from './use-desk.ts';

interface Props {
  doc: TextViewData;
  desk: Desk;
  proposals: readonly ProposalData[];
  onIssued: (revision: number) => void;
  /** Drops the draft and starts one on the current revision. */
  onRestart: () => void;
}

/** The draft as a whole: its label, issuing it, its changes step by step (each can be dropped). */
export function DeskHeader({ doc, desk, proposals, onIssued, onRestart }: Props) {
  const { t } = useTranslation();
  const issue = useIssueRevision(doc);
  const [label, setLabel] = useState('');
  const next = desk.base.number + 1;
  const movedOn = doc.currentRevision !== desk.base.number;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (label.trim() === '' || movedOn) return;
    issue
      .mutateAsync({ basedOnRevision: desk.base.number, label, edits: [...desk.steps] })
      .then(() => onIssued(next))
      .catch(() => undefined);
  };
  return (
    <Card withBorder component="section" aria-labelledby="desk-title">
      <Stack gap="sm">
        <Title order={3} id="desk-title">
          {t('texts.desk.title', { n: next })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('texts.desk.intro', { n: desk.base.number })}
        </Text>
        {movedOn && (
          <Alert color="orange" variant="light" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {t('texts.desk.movedOn', { n: doc.currentRevision, m: desk.base.number })}
              </Text>
              <Button size="xs" variant="light" color="orange" onClick={onRestart}>
                {t('texts.desk.restartOn', { n: doc.currentRevision })}
              </Button>
            </Stack>
          </Alert>
        )}
        {issue.isError && <MutationError error={issue.error} />}
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('texts.desk.label', { n: next })}
              required
              dir="auto"
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button
              type="submit"
              loading={issue.isPending}
              disabled={label.trim() === '' || movedOn}
            >
              {t('texts.desk.issue', { n: next })}
            </Button>
          </Group>
        </form>
        <DeskSteps doc={doc} desk={desk} proposals={proposals} />
      </Stack>
    </Card>
  );
}

/** The draft's changes in the order they were made, with undo and start over. */
function DeskSteps({ doc, desk, proposals }: Omit<Props, 'onIssued' | 'onRestart'>) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const context = useMemo(
    () => ({
      names: new Map([...provisionNames(t, desk.draft), ...provisionNames(t, desk.base.text)]),
      texts: [desk.base.text, desk.draft],
      proposals: new Map(proposals.map((p) => [p.id, p])),
    }),
    [t, desk.base, desk.draft, proposals],
  );
  const count = desk.steps.length;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('texts.desk.changes', { count })}
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          disabled={count === 0}
          onClick={() => desk.remove(count - 1, 'steps')}
        >
          {t('texts.desk.undo')}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          disabled={count === 0}
          onClick={desk.clear}
        >
          {t('texts.desk.startOver')}
        </Button>
        {count > 0 && (
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={shown}
            onClick={() => setShown(!shown)}
          >
            {shown ? t('texts.desk.hideChanges') : t('texts.desk.showChanges')}
          </Button>
        )}
      </Group>
      {shown && count > 0 && (
        <List type="ordered" size="sm" spacing={2}>
          {desk.steps.map((step, i) => {
            const what = describeStep(t, doc, step, context);
            return (
              <List.Item key={i}>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{what}</Text>
                  <CloseButton
                    size="sm"
                    aria-label={t('texts.desk.dropStep', { n: i + 1, what })}
                    onClick={() => desk.remove(i, 'steps')}
                  />
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      {desk.refusal?.where === 'steps' && (
        <Alert color="orange" variant="light" role="alert" p="xs">
          {t('texts.desk.dependsOn')}
        </Alert>
      )}
    </Stack>
  );
}
