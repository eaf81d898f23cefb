import { Button, Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssueRevision, useProposals, type TextViewData } from './api.ts';
import { participantName, provisionLabels } from './model.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { FormCard } from '../shared/components/FormCard.tsx';
import { MutationError } from './MutationError.tsx';
import { proposalWording } from './proposalText.ts';
import { provisionName } from './ProvisionList.tsx';

interface Values {
  label: string;
  /** The pending proposals taken into the revision. */
  chosen: string[];
  /** For a bracket, the option it is cleaned to. */
  cleanings: Record<string, string>;
}

export function IssueRevisionForm({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const issue = useIssueRevision(doc);
  const proposals = useProposals(doc.id);
  const next = doc.currentRevision + 1;
  const pending = (proposals.data ?? []).filter(
    (p) => p.status === 'pending' && p.basedOnRevision === doc.currentRevision,
  );
  return (
    <FormCard
      title={t('texts.revise.title')}
      region
      maw={760}
      initial={(): Values => ({ label: '', chosen: [], cleanings: {} })}
      submitLabel={t('texts.revise.submit', { n: next })}
      onSubmit={({ label, chosen, cleanings }) =>
        issue
          .mutateAsync({
            basedOnRevision: doc.currentRevision,
            label,
            // In the order they were submitted.
            proposalIds: pending.filter((p) => chosen.includes(p.id)).map((p) => p.id),
            cleanings: Object.entries(cleanings)
              .filter(([, optionId]) => optionId !== '')
              .map(([bracketId, optionId]) => ({ bracketId, optionId })),
          })
          .then(() => next)
      }
      reset={['label', 'chosen', 'cleanings']}
      success={(n) => t('texts.revise.done', { n })}
      ErrorView={MutationError}
    >
      {({ values: { chosen, cleanings }, set, bind }) => (
        <>
          <TextInput label={t('texts.revise.label')} required dir="auto" {...bind('label')} />
          <Checkbox.Group
            label={t('texts.revise.proposals')}
            value={chosen}
            onChange={(ids) => set('chosen', ids)}
          >
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
          <Cleanings
            doc={doc}
            cleanings={cleanings}
            onChange={(value) => set('cleanings', value)}
          />
        </>
      )}
    </FormCard>
  );
}

interface CleaningsProps {
  doc: TextViewData;
  cleanings: Values['cleanings'];
  onChange: (cleanings: Values['cleanings']) => void;
}

/** Each bracket of the text, kept or cleaned to one of its options; a long text has many. */
function Cleanings({ doc, cleanings, onChange }: CleaningsProps) {
  const { t } = useTranslation();
  // Their choices open on demand.
  const [shown, setShown] = useState(false);
  const labels = provisionLabels(doc.revision.provisions);
  const brackets = doc.revision.provisions.flatMap((p) =>
    p.content.flatMap((s) => (s.type === 'bracket' ? [{ provision: p, bracket: s }] : [])),
  );
  if (brackets.length === 0) return null;
  return (
    <Stack gap={6}>
      <Button
        variant="subtle"
        size="compact-sm"
        aria-expanded={shown}
        onClick={() => setShown(!shown)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('texts.revise.cleanings', { count: brackets.length })}
      </Button>
      {shown &&
        brackets.map(({ provision, bracket }) => (
          <NativeSelect
            key={bracket.id}
            label={t('texts.revise.bracketIn', {
              provision: provisionName(t, provision, labels.get(provision.id) ?? ''),
            })}
            value={cleanings[bracket.id] ?? ''}
            onChange={(e) => onChange({ ...cleanings, [bracket.id]: e.currentTarget.value })}
            data={[
              { value: '', label: t('texts.revise.keep') },
              ...bracket.options.map((o) => ({
                value: o.id,
                label: t('texts.revise.choose', { text: o.text ?? t('texts.deleteOption') }),
              })),
            ]}
          />
        ))}
    </Stack>
  );
}
