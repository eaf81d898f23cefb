import { Group, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import {
  ATTRIBUTIONS,
  PENHOLDERS,
  STANCE_VISIBILITIES,
  TEXT_KINDS,
  type AttributionMode,
  type Penholders,
  type StanceVisibility,
  type TextKind,
} from '../../core/texts/vocabulary.ts';
import { useCreateText } from './api.ts';
import type { RoundView } from '../shared/api/types.ts';
import { FormCard } from '../shared/components/FormCard.tsx';
import type { FormFields } from '../shared/components/form-state.ts';

const paragraphs = (text: string, part: 'preamble' | 'operative') =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => ({
      part,
      heading: false,
      content: [{ type: 'agreed' as const, text: l }],
      children: [],
    }));

interface Values {
  title: string;
  kind: TextKind;
  language: string;
  label: string;
  penholders: Penholders;
  attribution: AttributionMode;
  stanceVisibility: StanceVisibility;
  preamble: string;
  operative: string;
}

export function CreateTextForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const create = useCreateText(round.id);
  const [, setParams] = useSearchParams();
  const [missing, setMissing] = useState(false);
  return (
    <FormCard
      title={t('texts.create.title')}
      maw={720}
      initial={(): Values => ({
        title: '',
        kind: 'joint_statement',
        language: 'en',
        label: t('texts.create.defaultLabel'),
        penholders: 'conveners',
        attribution: 'named',
        stanceVisibility: 'mediators',
        preamble: '',
        operative: '',
      })}
      submitLabel={t('texts.create.submit')}
      onSubmit={({ preamble, operative, penholders, attribution, stanceVisibility, ...text }) => {
        const provisions = [
          ...paragraphs(preamble, 'preamble'),
          ...paragraphs(operative, 'operative'),
        ];
        setMissing(provisions.length === 0);
        if (provisions.length === 0) return;
        const settings = { penholders, attribution, stanceVisibility };
        return create.mutateAsync({ ...text, settings, provisions });
      }}
      onSuccess={(doc) => setParams({ tab: 'texts', text: doc.id })}
    >
      {(form) => <TextFields form={form} missing={missing} />}
    </FormCard>
  );
}

interface FieldsProps {
  form: FormFields<Values>;
  /** Whether a submit found no paragraph. */
  missing: boolean;
}

function TextFields({ form, missing }: FieldsProps) {
  const { t } = useTranslation();
  const { bind } = form;
  return (
    <>
      <TextInput label={t('texts.create.name')} required dir="auto" {...bind('title')} />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('texts.create.kind')}
          {...bind('kind')}
          data={TEXT_KINDS.map((k) => ({ value: k, label: t(`vocab.textKind.${k}`) }))}
        />
        <TextInput label={t('texts.create.language')} required dir="ltr" {...bind('language')} />
        <TextInput label={t('texts.create.label')} required dir="auto" {...bind('label')} />
      </Group>
      <SettingsFields form={form} />
      <Textarea
        label={t('texts.create.preamble')}
        dir="auto"
        autosize
        minRows={2}
        {...bind('preamble')}
      />
      <Textarea
        label={t('texts.create.operative')}
        dir="auto"
        autosize
        minRows={3}
        error={missing ? t('texts.create.needOne') : undefined}
        {...bind('operative')}
      />
    </>
  );
}

/** Who holds the pen, how proposals are attributed, who sees the stances. */
function SettingsFields({ form: { bind } }: Omit<FieldsProps, 'missing'>) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start">
      <NativeSelect
        label={t('texts.create.penholders')}
        {...bind('penholders')}
        data={PENHOLDERS.map((k) => ({ value: k, label: t(`vocab.penholders.${k}`) }))}
      />
      <NativeSelect
        label={t('texts.create.attribution')}
        {...bind('attribution')}
        data={ATTRIBUTIONS.map((k) => ({ value: k, label: t(`vocab.attribution.${k}`) }))}
      />
      <NativeSelect
        label={t('texts.create.stanceVisibility')}
        {...bind('stanceVisibility')}
        data={STANCE_VISIBILITIES.map((k) => ({
          value: k,
          label: t(`vocab.stanceVisibility.${k}`),
        }))}
      />
    </Group>
  );
}
