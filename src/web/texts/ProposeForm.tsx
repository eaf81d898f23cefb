import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProvisionPart } from '../../core/texts/vocabulary.ts';
import { usePropose, type ProvisionData, type TextViewData } from './api.ts';
import {
  bracketsOf,
  buildOperation,
  needsText,
  placesFor,
  PROPOSE_OPERATIONS,
  spanOps,
  type Alternative,
  type ProposeOp,
} from './propose.ts';
import { provisionLabels } from './model.ts';
import { FormCard } from '../shared/components/FormCard.tsx';
import type { FormFields, SetField } from '../shared/components/form-state.ts';
import { AlternativeField, BracketFields } from './BracketFields.tsx';
import { MutationError } from './MutationError.tsx';
import { provisionName } from './ProvisionList.tsx';
import { snippet, SpanFields } from './SpanFields.tsx';

interface Values {
  op: ProposeOp;
  provisionId: string;
  placeIndex: number;
  start: number;
  end: number;
  text: string;
  bracketId: string;
  optionId: string;
  optionKind: 'wording' | 'delete';
  alternative: Alternative;
  part: ProvisionPart;
  rationale: string;
}

/** What the values point at in the revision: the provision, its wording places and brackets. */
function pointedAt(provisions: readonly ProvisionData[], v: Values) {
  const provision = provisions.find((p) => p.id === v.provisionId);
  const places = placesFor(v.op, provision);
  const brackets = bracketsOf(provision);
  const bracket = brackets.find((b) => b.id === v.bracketId) ?? brackets[0];
  return { provision, places, brackets, bracket };
}

export function ProposeForm({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const propose = usePropose(doc);
  const provisions = doc.revision.provisions;
  return (
    <FormCard
      title={t('texts.propose.title')}
      region
      maw={760}
      initial={(): Values => ({
        op: 'replace_wording',
        provisionId: provisions[0]?.id ?? '',
        placeIndex: 0,
        start: 0,
        end: 0,
        text: '',
        bracketId: '',
        optionId: '',
        optionKind: 'wording',
        alternative: 'none',
        part: 'operative',
        rationale: '',
      })}
      submitLabel={t('texts.propose.submit')}
      // Wording of spaces alone is no wording: the server refuses it, so the form does first.
      canSubmit={(v) => !needsText(v) || v.text.trim() !== ''}
      onSubmit={(v) => {
        const { provision, places, bracket } = pointedAt(provisions, v);
        if (provision === undefined) return;
        const place = places[Math.min(v.placeIndex, places.length - 1)];
        const operation = buildOperation({ ...v, provision, provisions, place, bracket });
        if (operation === null) return;
        const { rationale } = v;
        return propose.mutateAsync({ basedOnRevision: doc.currentRevision, operation, rationale });
      }}
      reset={['text', 'rationale']}
      success={() => t('texts.propose.sent')}
      ErrorView={MutationError}
    >
      {(form) => <ChangeFields doc={doc} form={form} />}
    </FormCard>
  );
}

interface FieldsProps {
  doc: TextViewData;
  form: FormFields<Values>;
}

/** The change: its kind and provision, what it addresses there, its wording and rationale. */
function ChangeFields({ doc, form }: FieldsProps) {
  const { values: v, set, bind } = form;
  const { t } = useTranslation();
  const provisions = doc.revision.provisions;
  const labels = provisionLabels(provisions);
  return (
    <>
      <NativeSelect
        label={t('texts.propose.operation')}
        value={v.op}
        onChange={(e) => {
          set('op', e.currentTarget.value as ProposeOp);
          setPlace(set, 0);
        }}
        data={PROPOSE_OPERATIONS.map((o) => ({ value: o, label: t(`vocab.operation.${o}`) }))}
      />
      <NativeSelect
        label={t('texts.propose.provision')}
        value={v.provisionId}
        onChange={(e) => {
          set('provisionId', e.currentTarget.value);
          set('bracketId', '');
          set('optionId', '');
          setPlace(set, 0);
        }}
        data={provisions.map((p) => ({
          value: p.id,
          label: `${provisionName(t, p, labels.get(p.id) ?? '')}: ${snippet(p.text)}`,
        }))}
      />
      <OperationFields doc={doc} form={form} />
      {needsText(v) && (
        <Textarea
          label={t('texts.propose.text')}
          required
          dir="auto"
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

/** Another wording place of the provision: the span chosen in it starts afresh. */
function setPlace(set: SetField<Values>, index: number) {
  set('placeIndex', index);
  set('start', 0);
  set('end', 0);
}

/** What the kind of change addresses: a span of words, a bracket's option, a new provision's part. */
function OperationFields({ doc, form: { values: v, set, bind } }: FieldsProps) {
  const { t } = useTranslation();
  const { places, brackets, bracket } = pointedAt(doc.revision.provisions, v);
  return (
    <>
      {spanOps.includes(v.op) && (
        <SpanFields
          op={v.op}
          places={places}
          placeIndex={v.placeIndex}
          onPlace={(i) => setPlace(set, i)}
          start={v.start}
          end={v.end}
          onStart={(word) => set('start', word)}
          onEnd={(word) => set('end', word)}
        />
      )}
      {v.op === 'add_bracket' && (
        <AlternativeField value={v.alternative} onChange={(a) => set('alternative', a)} />
      )}
      {(v.op === 'add_option' || v.op === 'remove_option') && (
        <BracketFields
          op={v.op}
          brackets={brackets}
          bracket={bracket}
          onBracket={(id) => {
            set('bracketId', id);
            set('optionId', '');
          }}
          optionKind={v.optionKind}
          onOptionKind={(kind) => set('optionKind', kind)}
          optionId={v.optionId}
          onOption={(id) => set('optionId', id)}
        />
      )}
      {v.op === 'add_provision' && (
        <>
          <Text size="sm">{t('texts.propose.afterProvision')}</Text>
          <NativeSelect
            label={t('texts.propose.part')}
            {...bind('part')}
            data={(['preamble', 'operative'] as const).map((k) => ({
              value: k,
              label: t(`vocab.part.${k}`),
            }))}
          />
        </>
      )}
    </>
  );
}
