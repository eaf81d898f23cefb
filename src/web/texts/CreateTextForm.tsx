import { Button, Group, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
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
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';

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

export function CreateTextForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const create = useCreateText(round.id);
  const [, setParams] = useSearchParams();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TextKind>('joint_statement');
  const [language, setLanguage] = useState('en');
  const [label, setLabel] = useState(t('texts.create.defaultLabel'));
  const [penholders, setPenholders] = useState<Penholders>('conveners');
  const [attribution, setAttribution] = useState<AttributionMode>('named');
  const [stanceVisibility, setVisibility] = useState<StanceVisibility>('mediators');
  const [preamble, setPreamble] = useState('');
  const [operative, setOperative] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const provisions = [...paragraphs(preamble, 'preamble'), ...paragraphs(operative, 'operative')];
    setMissing(provisions.length === 0);
    if (provisions.length === 0) return;
    create.mutate(
      {
        title,
        kind,
        language,
        label,
        settings: { penholders, attribution, stanceVisibility },
        provisions,
      },
      { onSuccess: (doc) => setParams({ tab: 'texts', text: doc.id }) },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('texts.create.title')}</Title>
        {create.isError && <ErrorAlert error={create.error} />}
        <TextInput
          label={t('texts.create.name')}
          required
          dir="auto"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('texts.create.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as TextKind)}
            data={TEXT_KINDS.map((k) => ({ value: k, label: t(`vocab.textKind.${k}`) }))}
          />
          <TextInput
            label={t('texts.create.language')}
            required
            dir="ltr"
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
          />
          <TextInput
            label={t('texts.create.label')}
            required
            dir="auto"
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
        </Group>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('texts.create.penholders')}
            value={penholders}
            onChange={(e) => setPenholders(e.currentTarget.value as Penholders)}
            data={PENHOLDERS.map((k) => ({ value: k, label: t(`vocab.penholders.${k}`) }))}
          />
          <NativeSelect
            label={t('texts.create.attribution')}
            value={attribution}
            onChange={(e) => setAttribution(e.currentTarget.value as AttributionMode)}
            data={ATTRIBUTIONS.map((k) => ({ value: k, label: t(`vocab.attribution.${k}`) }))}
          />
          <NativeSelect
            label={t('texts.create.stanceVisibility')}
            value={stanceVisibility}
            onChange={(e) => setVisibility(e.currentTarget.value as StanceVisibility)}
            data={STANCE_VISIBILITIES.map((k) => ({
              value: k,
              label: t(`vocab.stanceVisibility.${k}`),
            }))}
          />
        </Group>
        <Textarea
          label={t('texts.create.preamble')}
          dir="auto"
          autosize
          minRows={2}
          value={preamble}
          onChange={(e) => setPreamble(e.currentTarget.value)}
        />
        <Textarea
          label={t('texts.create.operative')}
          dir="auto"
          autosize
          minRows={3}
          value={operative}
          error={missing ? t('texts.create.needOne') : undefined}
          onChange={(e) => setOperative(e.currentTarget.value)}
        />
        <Button type="submit" loading={create.isPending}>
          {t('texts.create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
