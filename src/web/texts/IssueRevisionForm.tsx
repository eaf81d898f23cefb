import { Button, Card, Checkbox, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssueRevision, useProposals, type TextViewData } from './api.ts';
import { participantName, provisionLabels } from './model.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { Success } from '../shared/components/Success.tsx';
import { MutationError } from './MutationError.tsx';
import { proposalWording } from './proposalText.ts';
import { provisionName } from './ProvisionList.tsx';

export function IssueRevisionForm({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const issue = useIssueRevision(doc);
  const proposals = useProposals(doc.id);
  const next = doc.currentRevision + 1;
  const [label, setLabel] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [cleanings, setCleanings] = useState<Record<string, string>>({});
  const [issued, setIssued] = useState<number | null>(null);
  // A long text has many brackets: their choices open on demand.
  const [showCleanings, setShowCleanings] = useState(false);
  const pending = (proposals.data ?? []).filter(
    (p) => p.status === 'pending' && p.basedOnRevision === doc.currentRevision,
  );
  const labels = provisionLabels(doc.revision.provisions);
  const brackets = doc.revision.provisions.flatMap((p) =>
    p.content.flatMap((s) => (s.type === 'bracket' ? [{ provision: p, bracket: s }] : [])),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setIssued(null);
    issue.mutate(
      {
        basedOnRevision: doc.currentRevision,
        label,
        // In the order they were submitted.
        proposalIds: pending.filter((p) => chosen.includes(p.id)).map((p) => p.id),
        cleanings: Object.entries(cleanings)
          .filter(([, optionId]) => optionId !== '')
          .map(([bracketId, optionId]) => ({ bracketId, optionId })),
      },
      {
        onSuccess: () => {
          setIssued(next);
          setLabel('');
          setChosen([]);
          setCleanings({});
        },
      },
    );
  };

  return (
    <Card withBorder maw={760} component="section" aria-labelledby="revise-title">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3} id="revise-title">
            {t('texts.revise.title')}
          </Title>
          {issue.isError && <MutationError error={issue.error} />}
          {issued !== null && <Success>{t('texts.revise.done', { n: issued })}</Success>}
          <TextInput
            label={t('texts.revise.label')}
            required
            dir="auto"
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
          <Checkbox.Group label={t('texts.revise.proposals')} value={chosen} onChange={setChosen}>
            <Stack gap={6} mt={4}>
              {pending.length === 0 && <EmptyText>{t('texts.revise.noProposals')}</EmptyText>}
              {pending.map((p) => (
                <Checkbox
                  key={p.id}
                  value={p.id}
                  label={`${t(`vocab.operation.${p.operation.op}`)} — ${
                    p.proposerId === null ? t('texts.withheld') : participantName(doc, p.proposerId)
                  }: ${proposalWording(t, p)}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {brackets.length > 0 && (
            <Stack gap={6}>
              <Button
                variant="subtle"
                size="compact-sm"
                aria-expanded={showCleanings}
                onClick={() => setShowCleanings(!showCleanings)}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('texts.revise.cleanings', { count: brackets.length })}
              </Button>
              {showCleanings &&
                brackets.map(({ provision, bracket }) => (
                  <NativeSelect
                    key={bracket.id}
                    label={t('texts.revise.bracketIn', {
                      provision: provisionName(t, provision, labels.get(provision.id) ?? ''),
                    })}
                    value={cleanings[bracket.id] ?? ''}
                    onChange={(e) =>
                      setCleanings({ ...cleanings, [bracket.id]: e.currentTarget.value })
                    }
                    data={[
                      { value: '', label: t('texts.revise.keep') },
                      ...bracket.options.map((o) => ({
                        value: o.id,
                        label: t('texts.revise.choose', {
                          text: o.text ?? t('texts.deleteOption'),
                        }),
                      })),
                    ]}
                  />
                ))}
            </Stack>
          )}
          <Button type="submit" loading={issue.isPending}>
            {t('texts.revise.submit', { n: next })}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
