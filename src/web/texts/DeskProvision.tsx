import { Badge, Button, Group, Stack, Textarea } from '@mantine/core';
import { Fragment, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edit } from '../../core/texts/edits.ts';
import type { Provision } from '../../core/texts/types.ts';
import type { SegmentData, TextViewData } from './api.ts';
import { AgreedField, BracketField } from './DeskSegments.tsx';
import { DeskRefusal } from './DeskRefusal.tsx';
import type { DeskRef, Refusal } from './use-desk.ts';
import { Wording } from './Wording.tsx';

/** The draft's wording in the shape the reading view renders. */
const contentView = (p: Provision): SegmentData[] =>
  p.content.map((s) =>
    s.type === 'agreed'
      ? s
      : {
          ...s,
          options: s.options.map((o) => ({
            ...o,
            text: o.kind === 'wording' ? o.text : null,
            amendments: [...o.amendments],
          })),
        },
  );

export interface RowProps {
  doc: TextViewData;
  desk: DeskRef;
  provision: Provision;
  number: string | null;
  depth: number;
  parentId: string | null;
  /** "Paragraph 2", "Preambular paragraph 1". */
  name: string;
  /** Its wording or place differs from the revision the draft started on. */
  changed: boolean;
  editing: boolean;
  onEdit: (id: string | null) => void;
  refusal: Refusal | null;
  /** Its place among its siblings, and whether it may move one place up or down there. */
  index: number;
  up: boolean;
  down: boolean;
  removable: boolean;
}

/** One provision of the draft: its wording, and once opened, the fields and moves that edit it. */
export const DeskProvision = memo(function DeskProvision(props: RowProps) {
  const { doc, provision: p, name, changed, editing, onEdit, refusal } = props;
  const { t } = useTranslation();
  return (
    <div
      className="parley-provision"
      data-provision-id={p.id}
      data-changed={changed ? '' : undefined}
      style={{ marginInlineStart: props.depth * 24 }}
    >
      <b className="parley-number">{props.number ?? ''}</b>
      <div className="parley-provision-body">
        {editing ? (
          <ProvisionFields {...props} />
        ) : (
          <p
            className="parley-wording"
            dir="auto"
            lang={doc.language}
            style={{
              fontStyle: p.part === 'preamble' ? 'italic' : undefined,
              fontWeight: p.heading ? 700 : undefined,
            }}
          >
            <Wording doc={doc} content={contentView(p)} />
          </p>
        )}
        <DeskRefusal refusal={refusal} />
        <Group gap="xs">
          {changed && (
            <Badge variant="light" color="orange">
              {t('texts.desk.changed')}
            </Badge>
          )}
          <Button
            size="compact-xs"
            variant={editing ? 'filled' : 'default'}
            aria-label={
              editing
                ? t('texts.desk.doneWith', { provision: name })
                : t('texts.desk.editName', { provision: name })
            }
            aria-expanded={editing}
            onClick={() => onEdit(editing ? null : p.id)}
          >
            {editing ? t('texts.desk.done') : t('texts.desk.edit')}
          </Button>
        </Group>
      </div>
    </div>
  );
});

/** The fields of an opened provision, in the order of its wording, and what can be done to it. */
function ProvisionFields(props: RowProps) {
  const { doc, desk, provision: p, name } = props;
  const { t } = useTranslation();
  const agreed = p.content.filter((s) => s.type === 'agreed').length;
  let agreedN = 0;
  let bracketN = 0;
  return (
    <Stack gap="xs">
      {p.content.map((s, i) => (
        <Fragment key={s.type === 'bracket' ? s.id : `a${i}`}>
          {s.type === 'agreed' ? (
            <AgreedField
              desk={desk}
              provision={p}
              segment={i}
              text={s.text}
              language={doc.language}
              label={
                agreed > 1
                  ? t('texts.desk.passageN', { provision: name, n: ++agreedN })
                  : t('texts.desk.passage', { provision: name })
              }
            />
          ) : (
            <BracketField doc={doc} desk={desk} provision={p} bracket={s} n={++bracketN} />
          )}
        </Fragment>
      ))}
      <ProvisionActions {...props} />
    </Stack>
  );
}

/** Moving the provision, adding a paragraph after it, removing it. */
function ProvisionActions(row: RowProps) {
  const { doc, desk, provision: p, name, parentId, index } = row;
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string | null>(null);
  const move = (delta: -1 | 1): Edit => ({
    op: 'move_provision',
    provisionId: p.id,
    parentId,
    position: index + delta,
  });
  const add = (text: string) => {
    const step: Edit = {
      op: 'add_provision',
      parentId,
      position: index + 1,
      provision: { part: p.part, content: [{ type: 'agreed', text }] },
    };
    if (desk.current.add(step, p.id)) setAdding(null);
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="default"
          disabled={!row.up}
          onClick={() => desk.current.add(move(-1), p.id)}
        >
          {t('texts.desk.moveUp')}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          disabled={!row.down}
          onClick={() => desk.current.add(move(1), p.id)}
        >
          {t('texts.desk.moveDown')}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => setAdding('')}
          disabled={adding !== null}
        >
          {t('texts.desk.addAfter')}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          disabled={!row.removable}
          aria-label={t('texts.desk.removeName', { provision: name })}
          onClick={() => desk.current.add({ op: 'remove_provision', provisionId: p.id }, p.id)}
        >
          {t('texts.desk.remove')}
        </Button>
      </Group>
      {adding !== null && (
        <NewParagraph
          language={doc.language}
          value={adding}
          onChange={setAdding}
          onAdd={() => add(adding)}
          onCancel={() => setAdding(null)}
        />
      )}
    </Stack>
  );
}

interface NewParagraphProps {
  language: string;
  value: string;
  onChange: (value: string) => void;
  onAdd: () => void;
  onCancel: () => void;
}

/** The wording of a paragraph to add, before it is added. */
function NewParagraph({ language, value, onChange, onAdd, onCancel }: NewParagraphProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Textarea
        label={t('texts.desk.newParagraph')}
        dir="auto"
        lang={language}
        autosize
        minRows={2}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data-autofocus
      />
      <Group gap="xs">
        <Button size="compact-sm" disabled={value.trim() === ''} onClick={onAdd}>
          {t('texts.desk.add')}
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
