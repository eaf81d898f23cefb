import { Grid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberProvisions } from '../../core/texts/numbering.ts';
import { useProposals, type TextViewData } from './api.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { DeskHeader } from './DeskHeader.tsx';
import { DeskProposals } from './DeskProposals.tsx';
import { DeskProvision } from './DeskProvision.tsx';
import { placesOf } from './desk-model.ts';
import { provisionNames } from './desk-names.ts';
import { RedlineProvision } from './RedlineText.tsx';
import { useDraftRedline, type Desk, type DeskRef } from './use-desk.ts';
import classes from './DraftingDesk.module.css';

interface Props {
  doc: TextViewData;
  /** The draft, kept by the page while the reader looks at its other tabs. */
  desk: Desk;
  /** After the revision is issued (the view has been refetched by then). */
  onIssued: (revision: number) => void;
}

/**
 * The penholder's desk for the next revision: the wording edited in place (provisions, brackets,
 * options), proposals taken in with one click, and beside it the redline against the current
 * revision, computed by the core's own rules as the server will issue it.
 */
export function DraftingDesk({ doc, desk, onIssued }: Props) {
  const { t } = useTranslation();
  const proposals = useProposals(doc.id);
  const ref = useRef<Desk>(desk);
  ref.current = desk;
  const redline = useDraftRedline(desk);
  const changed = useMemo(() => new Set(redline.provisions.map((p) => p.provisionId)), [redline]);
  return (
    <Stack gap="md">
      <DeskHeader
        doc={doc}
        desk={desk}
        proposals={proposals.data ?? []}
        onIssued={onIssued}
        onRestart={desk.restart}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xs" component="section" aria-labelledby="desk-wording-title">
            <Title order={3} id="desk-wording-title">
              {t('texts.desk.wording', { n: desk.base.number + 1 })}
            </Title>
            <DeskText doc={doc} desk={desk} deskRef={ref} changed={changed} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <div className={classes.side}>
            <Stack gap="md">
              <Stack
                gap="xs"
                component="section"
                aria-labelledby="desk-redline-title"
                className="parley-redline"
              >
                <Title order={3} id="desk-redline-title">
                  {t('texts.desk.redline', { n: desk.base.number })}
                </Title>
                <Text size="sm">
                  {t('texts.redline.stats', {
                    inserted: t('texts.redline.insertedWords', { count: redline.inserted }),
                    deleted: t('texts.redline.deletedWords', { count: redline.deleted }),
                  })}
                </Text>
                {redline.provisions.length === 0 ? (
                  <EmptyText>{t('texts.desk.nothingYet', { n: desk.base.number })}</EmptyText>
                ) : (
                  redline.provisions.map((p) => (
                    <RedlineProvision key={p.provisionId} doc={doc} provision={p} />
                  ))
                )}
              </Stack>
              <DeskProposals doc={doc} desk={desk} proposals={proposals.data ?? []} />
            </Stack>
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface TextProps {
  doc: TextViewData;
  desk: Desk;
  deskRef: DeskRef;
  changed: ReadonlySet<string>;
}

/** The draft's provisions, one opened for editing at a time. */
function DeskText({ doc, desk, deskRef, changed }: TextProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const onEdit = useCallback((id: string | null) => setEditing(id), []);
  const entries = useMemo(() => numberProvisions(desk.draft), [desk.draft]);
  const names = useMemo(() => provisionNames(t, desk.draft), [t, desk.draft]);
  const place = placesOf(entries);
  return (
    <>
      {entries.map((e) => {
        const id = e.provision.id;
        return (
          <DeskProvision
            key={id}
            doc={doc}
            desk={deskRef}
            provision={e.provision}
            number={e.number}
            depth={e.depth}
            parentId={e.parentId}
            {...place(e)}
            name={names.get(id) ?? ''}
            changed={changed.has(id)}
            editing={editing === id}
            onEdit={onEdit}
            refusal={desk.refusal?.where === id ? desk.refusal : null}
          />
        );
      })}
    </>
  );
}
