import { NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Alternative, BracketData, ProposeOp } from './propose.ts';
import { snippet } from './SpanFields.tsx';

interface Props {
  op: ProposeOp;
  brackets: BracketData[];
  bracket: BracketData | undefined;
  onBracket: (id: string) => void;
  optionKind: 'wording' | 'delete';
  onOptionKind: (kind: 'wording' | 'delete') => void;
  optionId: string;
  onOption: (id: string) => void;
}

/** Which bracket of the provision, and the option to add to it or to remove from it. */
export function BracketFields(p: Props) {
  const { t } = useTranslation();
  if (p.brackets.length === 0) return <Text size="sm">{t('texts.propose.noBracket')}</Text>;
  const optionText = (o: BracketData['options'][number]) => o.text ?? t('texts.deleteOption');
  return (
    <>
      <NativeSelect
        label={t('texts.propose.bracket')}
        value={p.bracket?.id ?? ''}
        onChange={(e) => p.onBracket(e.currentTarget.value)}
        data={p.brackets.map((b, i) => ({
          value: b.id,
          label: t('texts.propose.bracketN', {
            n: i + 1,
            text: snippet(b.options.map(optionText).join(' / ')),
          }),
        }))}
      />
      {p.op === 'add_option' ? (
        <NativeSelect
          label={t('texts.propose.optionKind')}
          value={p.optionKind}
          onChange={(e) => p.onOptionKind(e.currentTarget.value as 'wording' | 'delete')}
          data={(['wording', 'delete'] as const).map((k) => ({
            value: k,
            label: t(`vocab.optionKind.${k}`),
          }))}
        />
      ) : (
        <NativeSelect
          label={t('texts.propose.optionToRemove')}
          value={p.optionId || (p.bracket?.options[0]?.id ?? '')}
          onChange={(e) => p.onOption(e.currentTarget.value)}
          data={(p.bracket?.options ?? []).map((o) => ({
            value: o.id,
            label: snippet(optionText(o)),
          }))}
        />
      )}
    </>
  );
}

/** For a new bracket: whether it also offers another wording, or deleting the words. */
export function AlternativeField({
  value,
  onChange,
}: {
  value: Alternative;
  onChange: (a: Alternative) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('texts.propose.alternative')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Alternative)}
      data={(['none', 'wording', 'delete'] as const).map((a) => ({
        value: a,
        label: t(`texts.propose.alternatives.${a}`),
      }))}
    />
  );
}
