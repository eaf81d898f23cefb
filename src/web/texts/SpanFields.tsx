import { NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposeOp } from './propose.ts';
import { wordsOf, type WordingPlace } from './model.ts';

export const snippet = (text: string) => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

interface Props {
  op: ProposeOp;
  places: WordingPlace[];
  placeIndex: number;
  onPlace: (index: number) => void;
  start: number;
  end: number;
  onStart: (word: number) => void;
  onEnd: (word: number) => void;
}

/** Which wording of the provision, and which of its words (a span, or a point to insert at). */
export function SpanFields({ op, places, placeIndex, onPlace, start, end, onStart, onEnd }: Props) {
  const { t } = useTranslation();
  if (places.length === 0) {
    return (
      <Text size="sm">
        {t(op === 'add_bracket' ? 'texts.propose.noAgreed' : 'texts.propose.noPlace')}
      </Text>
    );
  }
  const index = Math.min(placeIndex, places.length - 1);
  const words = wordsOf(places[index]!.text);
  const wordData = words.map((w, i) => ({ value: String(i), label: `${i + 1}. ${w}` }));
  return (
    <>
      <NativeSelect
        label={t('texts.propose.place')}
        value={String(index)}
        onChange={(e) => onPlace(Number(e.currentTarget.value))}
        data={places.map((pl, i) => ({
          value: String(i),
          label: t(pl.in === 'agreed' ? 'texts.propose.agreedPlace' : 'texts.propose.optionPlace', {
            text: snippet(pl.text),
          }),
        }))}
      />
      {op === 'insert_wording' ? (
        <NativeSelect
          label={t('texts.propose.position')}
          value={String(start)}
          onChange={(e) => onStart(Number(e.currentTarget.value))}
          data={[...wordData, { value: String(words.length), label: t('texts.propose.atEnd') }]}
        />
      ) : (
        <>
          <NativeSelect
            label={t('texts.propose.from')}
            value={String(start)}
            onChange={(e) => onStart(Number(e.currentTarget.value))}
            data={wordData}
          />
          <NativeSelect
            label={t('texts.propose.to')}
            value={String(end)}
            onChange={(e) => onEnd(Number(e.currentTarget.value))}
            data={wordData}
          />
        </>
      )}
    </>
  );
}
