import type { TFunction } from 'i18next';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Fragment, memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextViewData, ProvisionData } from './api.ts';
import { may, participantName, provisionLabels } from './model.ts';
import { UserText } from '../shared/components/UserText.tsx';
import { ProvisionStateBadge, TextStanceBadge } from './badges.tsx';
import { ProposeForm } from './ProposeForm.tsx';
import type { WordPick } from './propose.ts';
import { SelectableWording } from './SelectableWording.tsx';
import { TextStanceModal, type TextStanceTarget } from './TextStanceModal.tsx';
import { pickOfSelection } from './word-selection.ts';

const NONE: TextViewData['stances'] = [];

/** The provision a proposal is being made on, and the words picked in it so far. */
interface Proposing {
  provisionId: string;
  pick: WordPick | null;
}

/** The page element of a provision, for the outline to go to. */
export const provisionAnchor = (id: string) => `provision-${id}`;

export function ProvisionList({ doc, editable }: { doc: TextViewData; editable: boolean }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<TextStanceTarget | null>(null);
  const [proposing, setProposing] = useState<Proposing | null>(null);
  const proposes = editable && may(doc, 'text.propose');
  const labels = provisionLabels(doc.revision.provisions);
  const byProvision = new Map<string, TextViewData['stances']>();
  for (const s of doc.stances) {
    byProvision.set(s.provisionId, [...(byProvision.get(s.provisionId) ?? []), s]);
  }
  const provisions = doc.revision.provisions;
  // Words selected with the mouse (or with Shift and the arrows, where the browser lets the
  // reader move a caret through the page) open the proposal form on them.
  const onSelected = (target: EventTarget) => {
    // Selecting in the form's own fields picks nothing.
    if (!proposes || (target instanceof Element && target.closest('form') !== null)) return;
    const found = pickOfSelection(document.getSelection(), provisions);
    if (found !== null) setProposing(found);
  };
  const onPropose = useCallback(
    (provisionId: string, pick: WordPick | null) => setProposing({ provisionId, pick }),
    [],
  );
  const onStopProposing = useCallback(() => setProposing(null), []);
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby="provisions-title"
      onMouseUp={(e) => onSelected(e.target)}
      onKeyUp={(e) => e.shiftKey && onSelected(e.target)}
    >
      <Title order={3} id="provisions-title">
        {t('texts.provisions')}
      </Title>
      {proposes && (
        <Text size="sm" c="dimmed">
          {t('texts.propose.hint')}
        </Text>
      )}
      {provisions.map((p, i) => (
        <Fragment key={p.id}>
          {(i === 0 || provisions[i - 1]!.part !== p.part) && p.depth === 0 && (
            <Title order={4}>
              {t(p.part === 'preamble' ? 'texts.preamble' : 'texts.operative')}
            </Title>
          )}
          <ProvisionItem
            doc={doc}
            provision={p}
            stances={byProvision.get(p.id) ?? NONE}
            label={labels.get(p.id) ?? ''}
            editable={editable}
            proposes={proposes}
            proposing={proposing?.provisionId === p.id ? proposing.pick : undefined}
            onStance={setTarget}
            onPropose={onPropose}
            onStopProposing={onStopProposing}
          />
        </Fragment>
      ))}
      <TextStanceModal doc={doc} target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}

interface ItemProps {
  doc: TextViewData;
  stances: TextViewData['stances'];
  provision: ProvisionData;
  label: string | number;
  editable: boolean;
  proposes: boolean;
  /** The words picked while a proposal is made on this provision (null: none yet); else absent. */
  proposing: WordPick | null | undefined;
  onStance: (target: TextStanceTarget) => void;
  onPropose: (provisionId: string, pick: WordPick | null) => void;
  onStopProposing: () => void;
}

export const provisionName = (t: TFunction, p: ProvisionData, label: string | number): string =>
  p.number === null
    ? t('texts.preambleParagraph', { n: String(label) })
    : t('texts.paragraph', { n: String(label) });

const formId = (p: ProvisionData) => `propose-${p.id}`;

const ProvisionItem = memo(function ProvisionItem(props: ItemProps) {
  const { doc, provision: p, label, proposing, onPropose, onStopProposing } = props;
  const { t } = useTranslation();
  const name = provisionName(t, p, label);
  const picking = proposing !== undefined;
  // Once the words are chosen, the change is chosen in the form below them.
  const toForm = () =>
    requestAnimationFrame(() => {
      const form = document.getElementById(formId(p));
      (
        form?.querySelector<HTMLElement>('input:checked') ??
        form?.querySelector<HTMLElement>('input')
      )?.focus();
    });
  return (
    // Plain elements: a long text has hundreds of provisions, and each must stay cheap to render.
    <div
      className="parley-provision"
      id={provisionAnchor(p.id)}
      tabIndex={-1}
      data-state={p.state ?? 'none'}
      data-provision={p.number ?? `p${label}`}
      data-provision-id={p.id}
      style={{ marginInlineStart: p.depth * 24 }}
    >
      <b className="parley-number">{p.number ?? ''}</b>
      <div className="parley-provision-body">
        <p
          className="parley-wording"
          dir="auto"
          lang={doc.language}
          style={{
            fontStyle: p.part === 'preamble' ? 'italic' : undefined,
            fontWeight: p.heading ? 700 : undefined,
          }}
        >
          <SelectableWording
            doc={doc}
            provision={p}
            picking={picking}
            pick={proposing ?? null}
            onPick={(pick) => onPropose(p.id, pick)}
            onConfirm={toForm}
            onCancel={onStopProposing}
          />
        </p>
        <ProvisionMeta {...props} name={name} />
        {picking && (
          <div id={formId(p)}>
            <ProposeForm
              doc={doc}
              target={{ provision: p, pick: proposing }}
              onCancel={onStopProposing}
            />
          </div>
        )}
      </div>
    </div>
  );
});

/** State, stance counts and stances, and what the reader may do with the provision. */
function ProvisionMeta({
  doc,
  provision: p,
  stances,
  editable,
  proposes,
  name,
  onStance,
  onPropose,
}: ItemProps & { name: string }) {
  const { t } = useTranslation();
  return (
    <div className="parley-provision-meta">
      {p.state !== null && <ProvisionStateBadge state={p.state} />}
      {p.counts !== null && (
        <Text size="xs" c="dimmed">
          {t('texts.counts', {
            agree: p.counts.agree,
            ad: p.counts.agree_ad_referendum,
            object: p.counts.object,
            reserve: p.counts.reserve,
            none: p.counts.none,
          })}
        </Text>
      )}
      {stances.map((s) => (
        <Group key={s.participantId} gap={4}>
          <Text size="xs">
            <UserText>{participantName(doc, s.participantId)}</UserText>
          </Text>
          <TextStanceBadge stance={s.stance} />
          {s.comment !== '' && (
            <Text size="xs" c="dimmed">
              <UserText>{s.comment}</UserText>
            </Text>
          )}
        </Group>
      ))}
      {editable &&
        doc.viewer.speaksFor.map((party) => (
          <Button
            key={party}
            size="compact-xs"
            variant="light"
            aria-label={`${t('texts.stances.set')}: ${name} (${participantName(doc, party)})`}
            onClick={() => onStance({ provision: p, name, party })}
          >
            {t('texts.stances.set')}
          </Button>
        ))}
      {proposes && (
        <Button
          size="compact-xs"
          variant="default"
          aria-label={`${t('texts.propose.open')}: ${name}`}
          onClick={() => onPropose(p.id, null)}
        >
          {t('texts.propose.open')}
        </Button>
      )}
    </div>
  );
}
