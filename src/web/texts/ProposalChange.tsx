import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useText, type ProposalData, type TextViewData } from './api.ts';
import { proposalWording } from './proposalText.ts';
import { RedlineProvision } from './RedlineText.tsx';
import { baseOf, proposalRedline } from './text-model.ts';

/**
 * What a proposal changes, as a small redline against the revision it was made on: the words it
 * replaces struck through, the words it brings underlined. Until that revision is loaded (or if
 * the change no longer applies to it), the wording it brings.
 */
export function ProposalChange({ doc, proposal }: { doc: TextViewData; proposal: ProposalData }) {
  const { t } = useTranslation();
  const based = proposal.basedOnRevision;
  const source = useText(doc.id, based === doc.currentRevision ? undefined : based);
  const base = based === doc.revision.number ? doc : source.data;
  const changes = useMemo(
    () => (base === undefined ? null : proposalRedline(baseOf(base), proposal)),
    [base, proposal],
  );
  if (changes === null || changes.length === 0) {
    const wording = proposalWording(t, proposal);
    return wording === '' ? null : (
      <Text size="sm" dir="auto" lang={doc.language}>
        {wording}
      </Text>
    );
  }
  return (
    <Stack gap={4} className="parley-redline parley-proposal-change">
      {changes.map((p) => (
        <RedlineProvision key={p.provisionId} doc={doc} provision={p} short />
      ))}
    </Stack>
  );
}
