import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalData, TextViewData } from './api.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { DeskRefusal } from './DeskRefusal.tsx';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName } from './model.ts';
import { ProposalChange } from './ProposalChange.tsx';
import type { Desk } from './use-desk.ts';

/** The pending proposals on the draft's revision, each taken in (or left out again) with one click. */
export function DeskProposals({
  doc,
  desk,
  proposals,
}: {
  doc: TextViewData;
  desk: Desk;
  proposals: readonly ProposalData[];
}) {
  const { t } = useTranslation();
  const pending = proposals.filter(
    (p) => p.status === 'pending' && p.basedOnRevision === desk.base.number,
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="desk-proposals-title">
      <Title order={3} id="desk-proposals-title">
        {t('texts.desk.proposals')}
      </Title>
      {pending.length === 0 && <EmptyText>{t('texts.desk.noProposals')}</EmptyText>}
      {pending.map((p) => {
        const step = desk.steps.findIndex((s) => s.op === 'take_in' && s.proposalId === p.id);
        return (
          <Card
            key={p.id}
            withBorder
            padding="sm"
            className="parley-proposal"
            data-taken={step >= 0 ? '' : undefined}
          >
            <Stack gap={6}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {t(`vocab.operation.${p.operation.op}`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {p.proposerId === null
                    ? t('texts.withheld')
                    : t('texts.proposals.by', {
                        name: isolate(participantName(doc, p.proposerId)),
                      })}
                </Text>
              </Group>
              <ProposalChange doc={doc} proposal={p} />
              {p.rationale !== '' && (
                <Text size="sm" c="dimmed">
                  <UserText>{p.rationale}</UserText>
                </Text>
              )}
              <DeskRefusal refusal={desk.refusal?.where === p.id ? desk.refusal : null} />
              {step < 0 ? (
                <Button
                  size="xs"
                  variant="light"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => desk.add({ op: 'take_in', proposalId: p.id }, p.id)}
                >
                  {t('texts.desk.takeIn')}
                </Button>
              ) : (
                <Group gap="xs">
                  <Badge color="green" variant="light">
                    {t('texts.desk.takenIn')}
                  </Badge>
                  <Button size="xs" variant="subtle" onClick={() => desk.remove(step, p.id)}>
                    {t('texts.desk.leaveOut')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
