import { Group, Radio, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePropose, type TextViewData } from './api.ts';
import { provisionLabels } from './model.ts';
import {
  buildOperation,
  kindsFor,
  needsText,
  pickedWords,
  type Alternative,
  type ProposeKind,
  type ProposeTarget,
} from './propose.ts';
import { FormCard } from '../shared/components/FormCard.tsx';
import type { FormFields } from '../shared/components/form-state.ts';
import { MutationError } from './MutationError.tsx';
import { provisionName } from './ProvisionList.tsx';

interface Values {
  kind: ProposeKind;
  alternative: Alternative;
  text: string;
  rationale: string;
}

interface Props {
  doc: TextViewData;
  /** The provision, and the words picked in it (they are picked in the provision itself). */
  target: ProposeTarget;
  onCancel: () => void;
}

/** The change proposed to the words picked in a provision, or to the provision as a whole. */
export function ProposeForm({ doc, target, onCancel }: Props) {
  const { t } = useTranslation();
  const propose = usePropose(doc);
  const provisions = doc.revision.provisions;
  const name = provisionName(
    t,
    target.provision,
    provisionLabels(provisions).get(target.provision.id) ?? '',
  );
  const kinds = kindsFor(target);
  const kindOf = (v: Values) => (kinds.includes(v.kind) ? v.kind : kinds[0]!);
  const operationOf = (v: Values) => buildOperation({ ...v, kind: kindOf(v), target, provisions });
  return (
    <FormCard
      title={t('texts.propose.titleFor', { provision: name })}
      order={4}
      region
      intro={<PickedWords target={target} />}
      initial={(): Values => ({ kind: 'replace', alternative: 'none', text: '', rationale: '' })}
      submitLabel={t('texts.propose.submit')}
      // Wording of spaces alone is no wording: the server refuses it, so the form does first.
      canSubmit={(v) =>
        operationOf(v) !== null && (!needsText(kindOf(v), v.alternative) || v.text.trim() !== '')
      }
      onSubmit={(v) => {
        const operation = operationOf(v);
        if (operation === null) return;
        const { rationale } = v;
        return propose.mutateAsync({ basedOnRevision: doc.currentRevision, operation, rationale });
      }}
      reset={['text', 'rationale']}
      success={() => t('texts.propose.sent')}
      onCancel={onCancel}
      ErrorView={MutationError}
    >
      {(form) => (
        <ChangeFields
          form={form}
          kinds={kinds}
          kind={kindOf(form.values)}
          language={doc.language}
        />
      )}
    </FormCard>
  );
}

interface FieldsProps {
  form: FormFields<Values>;
  kinds: readonly ProposeKind[];
  /** The kind chosen, or the first that fits when the words picked no longer allow it. */
  kind: ProposeKind;
  language: string;
}

/** The kind of change, what a new bracket or option offers, the new wording, the rationale. */
function ChangeFields({ form: { values: v, set, bind }, kinds, kind, language }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group
        label={t('texts.propose.change')}
        value={kind}
        onChange={(k) => set('kind', k as ProposeKind)}
      >
        <Group gap="sm" mt={6}>
          {kinds.map((k) => (
            <Radio key={k} value={k} label={t(`texts.propose.kinds.${k}`)} />
          ))}
        </Group>
      </Radio.Group>
      {(kind === 'bracket' || kind === 'add_option') && (
        <AlternativeField
          kind={kind}
          value={v.alternative}
          onChange={(a) => set('alternative', a)}
        />
      )}
      {needsText(kind, v.alternative) && (
        <Textarea
          label={t('texts.propose.text')}
          required
          dir="auto"
          lang={language}
          autosize
          minRows={2}
          {...bind('text')}
        />
      )}
      <Textarea
        label={t('texts.propose.rationale')}
        dir="auto"
        autosize
        minRows={2}
        {...bind('rationale')}
      />
    </>
  );
}

/** The words picked, or how to pick them. */
function PickedWords({ target }: { target: ProposeTarget }) {
  const { t } = useTranslation();
  if (target.pick === null) return <Text size="sm">{t('texts.propose.howToPick')}</Text>;
  return (
    <Text size="sm">
      {t('texts.propose.picked')}{' '}
      <Text span fw={600} dir="auto" className="parley-picked-words">
        {pickedWords(target.pick)}
      </Text>
    </Text>
  );
}

/** For a new bracket: what it offers besides the words; for a new option: wording, or deleting. */
function AlternativeField({
  kind,
  value,
  onChange,
}: {
  kind: 'bracket' | 'add_option';
  value: Alternative;
  onChange: (a: Alternative) => void;
}) {
  const { t } = useTranslation();
  const choices: Alternative[] =
    kind === 'bracket' ? ['none', 'wording', 'delete'] : ['wording', 'delete'];
  const shown = choices.includes(value) ? value : choices[0]!;
  return (
    <Radio.Group
      label={t(kind === 'bracket' ? 'texts.propose.alternative' : 'texts.propose.optionKind')}
      value={shown}
      onChange={(a) => onChange(a as Alternative)}
    >
      <Group gap="sm" mt={6}>
        {choices.map((a) => (
          <Radio key={a} value={a} label={t(`texts.propose.alternatives.${a}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
