import { Button, Card, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisionPart } from '../../core/texts/vocabulary.ts';
import { usePropose, type TextViewData } from './api.ts';
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
import { Success } from '../shared/components/Success.tsx';
import { AlternativeField, BracketFields } from './BracketFields.tsx';
import { MutationError } from './MutationError.tsx';
import { provisionName } from './ProvisionList.tsx';
import { snippet, SpanFields } from './SpanFields.tsx';

export function ProposeForm({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const propose = usePropose(doc);
  const provisions = doc.revision.provisions;
  const labels = provisionLabels(provisions);
  const [op, setOp] = useState<ProposeOp>('replace_wording');
  const [provisionId, setProvisionId] = useState(provisions[0]?.id ?? '');
  const [placeIndex, setPlaceIndex] = useState(0);
  const [start, setStart] = useState(0);
  const [end, setEnd] = useState(0);
  const [text, setText] = useState('');
  const [bracketId, setBracketId] = useState('');
  const [optionId, setOptionId] = useState('');
  const [optionKind, setOptionKind] = useState<'wording' | 'delete'>('wording');
  const [alternative, setAlternative] = useState<Alternative>('none');
  const [part, setPart] = useState<ProvisionPart>('operative');
  const [rationale, setRationale] = useState('');
  const [sent, setSent] = useState(false);

  const provision = provisions.find((p) => p.id === provisionId);
  const places = placesFor(op, provision);
  const brackets = bracketsOf(provision);
  const bracket = brackets.find((b) => b.id === bracketId) ?? brackets[0];
  const resetSpan = () => {
    setPlaceIndex(0);
    setStart(0);
    setEnd(0);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (provision === undefined) return;
    const operation = buildOperation({
      op,
      provision,
      provisions,
      place: places[Math.min(placeIndex, places.length - 1)],
      start,
      end,
      text,
      bracket,
      optionId,
      optionKind,
      alternative,
      part,
    });
    if (operation === null) return;
    setSent(false);
    propose.mutate(
      { basedOnRevision: doc.currentRevision, operation, rationale },
      {
        onSuccess: () => {
          setSent(true);
          setText('');
          setRationale('');
        },
      },
    );
  };

  return (
    <Card withBorder maw={760} component="section" aria-labelledby="propose-title">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3} id="propose-title">
            {t('texts.propose.title')}
          </Title>
          {propose.isError && <MutationError error={propose.error} />}
          {sent && <Success>{t('texts.propose.sent')}</Success>}
          <NativeSelect
            label={t('texts.propose.operation')}
            value={op}
            onChange={(e) => {
              setOp(e.currentTarget.value as ProposeOp);
              resetSpan();
            }}
            data={PROPOSE_OPERATIONS.map((o) => ({ value: o, label: t(`vocab.operation.${o}`) }))}
          />
          <NativeSelect
            label={t('texts.propose.provision')}
            value={provisionId}
            onChange={(e) => {
              setProvisionId(e.currentTarget.value);
              setBracketId('');
              setOptionId('');
              resetSpan();
            }}
            data={provisions.map((p) => ({
              value: p.id,
              label: `${provisionName(t, p, labels.get(p.id) ?? '')}: ${snippet(p.text)}`,
            }))}
          />
          {spanOps.includes(op) && (
            <SpanFields
              op={op}
              places={places}
              placeIndex={placeIndex}
              onPlace={(i) => {
                setPlaceIndex(i);
                setStart(0);
                setEnd(0);
              }}
              start={start}
              end={end}
              onStart={setStart}
              onEnd={setEnd}
            />
          )}
          {op === 'add_bracket' && (
            <AlternativeField value={alternative} onChange={setAlternative} />
          )}
          {(op === 'add_option' || op === 'remove_option') && (
            <BracketFields
              op={op}
              brackets={brackets}
              bracket={bracket}
              onBracket={(id) => {
                setBracketId(id);
                setOptionId('');
              }}
              optionKind={optionKind}
              onOptionKind={setOptionKind}
              optionId={optionId}
              onOption={setOptionId}
            />
          )}
          {op === 'add_provision' && (
            <>
              <Text size="sm">{t('texts.propose.afterProvision')}</Text>
              <NativeSelect
                label={t('texts.propose.part')}
                value={part}
                onChange={(e) => setPart(e.currentTarget.value as ProvisionPart)}
                data={(['preamble', 'operative'] as const).map((k) => ({
                  value: k,
                  label: t(`vocab.part.${k}`),
                }))}
              />
            </>
          )}
          {needsText({ op, optionKind, alternative }) && (
            <Textarea
              label={t('texts.propose.text')}
              required
              dir="auto"
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          )}
          <Textarea
            label={t('texts.propose.rationale')}
            dir="auto"
            autosize
            minRows={2}
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
          />
          <Button type="submit" loading={propose.isPending}>
            {t('texts.propose.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
