import { Button, Card, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisionPart } from '../../../../core/texts/vocabulary.ts';
import {
  usePropose,
  type DocumentViewData,
  type OperationInput,
  type ProvisionData,
} from '../../../api/texts.ts';
import {
  positionAfter,
  provisionLabels,
  wordingPlaces,
  wordsOf,
  type WordingPlace,
} from '../../../lib/texts.ts';
import { Success } from '../../common/Success.tsx';
import { MutationError } from './MutationError.tsx';
import { provisionName } from './ProvisionList.tsx';

const OPERATIONS = [
  'replace_wording',
  'insert_wording',
  'delete_wording',
  'add_option',
  'add_provision',
  'remove_provision',
] as const;
type Op = (typeof OPERATIONS)[number];

const snippet = (text: string) => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

const locationOf = (place: WordingPlace) =>
  place.in === 'agreed'
    ? { in: 'agreed' as const, provisionId: place.provisionId, segment: place.segment }
    : { in: 'option' as const, bracketId: place.bracketId, optionId: place.optionId };

export function ProposeForm({ doc }: { doc: DocumentViewData }) {
  const { t } = useTranslation();
  const propose = usePropose(doc);
  const provisions = doc.revision.provisions;
  const labels = provisionLabels(provisions);
  const [op, setOp] = useState<Op>('replace_wording');
  const [provisionId, setProvisionId] = useState(provisions[0]?.id ?? '');
  const [placeIndex, setPlaceIndex] = useState(0);
  const [start, setStart] = useState(0);
  const [end, setEnd] = useState(0);
  const [text, setText] = useState('');
  const [bracketId, setBracketId] = useState('');
  const [optionKind, setOptionKind] = useState<'wording' | 'delete'>('wording');
  const [part, setPart] = useState<ProvisionPart>('operative');
  const [rationale, setRationale] = useState('');
  const [sent, setSent] = useState(false);

  const provision: ProvisionData | undefined = provisions.find((p) => p.id === provisionId);
  const places = provision === undefined ? [] : wordingPlaces(provision);
  const place = places[Math.min(placeIndex, places.length - 1)];
  const words = place === undefined ? [] : wordsOf(place.text);
  const brackets = provision?.content.flatMap((s) => (s.type === 'bracket' ? [s] : [])) ?? [];
  const bracket = brackets.find((b) => b.id === bracketId) ?? brackets[0];
  const wordingOp = op === 'replace_wording' || op === 'insert_wording' || op === 'delete_wording';
  const needsText =
    op === 'replace_wording' ||
    op === 'insert_wording' ||
    op === 'add_provision' ||
    (op === 'add_option' && optionKind === 'wording');

  const operation = (): OperationInput | null => {
    if (provision === undefined) return null;
    const from = Math.min(start, end);
    const to = Math.max(start, end) + 1;
    switch (op) {
      case 'replace_wording':
        return place ? { op, at: locationOf(place), start: from, end: to, text } : null;
      case 'insert_wording':
        return place ? { op, at: locationOf(place), position: start, text } : null;
      case 'delete_wording':
        return place ? { op, at: locationOf(place), start: from, end: to } : null;
      case 'add_option':
        return bracket
          ? {
              op,
              bracketId: bracket.id,
              option: optionKind === 'delete' ? { kind: 'delete' } : { kind: 'wording', text },
            }
          : null;
      case 'add_provision':
        return {
          op,
          ...positionAfter(provisions, provision),
          provision: {
            part,
            heading: false,
            content: [{ type: 'agreed', text }],
            children: [],
          },
        };
      case 'remove_provision':
        return { op, provisionId: provision.id };
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const built = operation();
    if (built === null) return;
    setSent(false);
    propose.mutate(
      { basedOnRevision: doc.currentRevision, operation: built, rationale },
      {
        onSuccess: () => {
          setSent(true);
          setText('');
          setRationale('');
        },
      },
    );
  };

  const wordData = words.map((w, i) => ({ value: String(i), label: `${i + 1}. ${w}` }));
  const resetSpan = () => {
    setStart(0);
    setEnd(0);
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
            onChange={(e) => setOp(e.currentTarget.value as Op)}
            data={OPERATIONS.map((o) => ({ value: o, label: t(`vocab.operation.${o}`) }))}
          />
          <NativeSelect
            label={t('texts.propose.provision')}
            value={provisionId}
            onChange={(e) => {
              setProvisionId(e.currentTarget.value);
              setPlaceIndex(0);
              setBracketId('');
              resetSpan();
            }}
            data={provisions.map((p) => ({
              value: p.id,
              label: `${provisionName(t, p, labels.get(p.id) ?? '')}: ${snippet(p.text)}`,
            }))}
          />
          {wordingOp &&
            (places.length === 0 ? (
              <Text size="sm">{t('texts.propose.noPlace')}</Text>
            ) : (
              <>
                <NativeSelect
                  label={t('texts.propose.place')}
                  value={String(Math.min(placeIndex, places.length - 1))}
                  onChange={(e) => {
                    setPlaceIndex(Number(e.currentTarget.value));
                    resetSpan();
                  }}
                  data={places.map((pl, i) => ({
                    value: String(i),
                    label: t(
                      pl.in === 'agreed'
                        ? 'texts.propose.agreedPlace'
                        : 'texts.propose.optionPlace',
                      { text: snippet(pl.text) },
                    ),
                  }))}
                />
                {op === 'insert_wording' ? (
                  <NativeSelect
                    label={t('texts.propose.position')}
                    value={String(start)}
                    onChange={(e) => setStart(Number(e.currentTarget.value))}
                    data={[
                      ...wordData,
                      { value: String(words.length), label: t('texts.propose.atEnd') },
                    ]}
                  />
                ) : (
                  <>
                    <NativeSelect
                      label={t('texts.propose.from')}
                      value={String(start)}
                      onChange={(e) => setStart(Number(e.currentTarget.value))}
                      data={wordData}
                    />
                    <NativeSelect
                      label={t('texts.propose.to')}
                      value={String(end)}
                      onChange={(e) => setEnd(Number(e.currentTarget.value))}
                      data={wordData}
                    />
                  </>
                )}
              </>
            ))}
          {op === 'add_option' &&
            (brackets.length === 0 ? (
              <Text size="sm">{t('texts.propose.noBracket')}</Text>
            ) : (
              <>
                <NativeSelect
                  label={t('texts.propose.bracket')}
                  value={bracket?.id ?? ''}
                  onChange={(e) => setBracketId(e.currentTarget.value)}
                  data={brackets.map((b, i) => ({
                    value: b.id,
                    label: t('texts.propose.bracketN', {
                      n: i + 1,
                      text: snippet(
                        b.options.map((o) => o.text ?? t('texts.deleteOption')).join(' / '),
                      ),
                    }),
                  }))}
                />
                <NativeSelect
                  label={t('texts.propose.optionKind')}
                  value={optionKind}
                  onChange={(e) => setOptionKind(e.currentTarget.value as 'wording' | 'delete')}
                  data={(['wording', 'delete'] as const).map((k) => ({
                    value: k,
                    label: t(`vocab.optionKind.${k}`),
                  }))}
                />
              </>
            ))}
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
          {needsText && (
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
