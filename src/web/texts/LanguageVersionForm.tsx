import { Alert, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageTag } from '../../core/texts/schemas.ts';
import { VERSION_STATUSES, type VersionStatus } from '../../core/texts/vocabulary.ts';
import {
  useSetLanguageVersion,
  type LanguageVersionData,
  type LanguageVersionsData,
  type VersionProvisionData,
} from './language-api.ts';
import type { TextViewData, ProvisionData } from './api.ts';
import { fieldsOf, languageName, prefill, translationTree } from './language-model.ts';
import { FormCard } from '../shared/components/FormCard.tsx';
import type { FormFields } from '../shared/components/form-state.ts';
import { MutationError } from './MutationError.tsx';
import { versionProvisionNames } from './VersionProvisions.tsx';
import { Wording } from './Wording.tsx';

interface Props {
  doc: TextViewData;
  view: LanguageVersionsData;
  /** The version to update; null to add one. */
  version: LanguageVersionData | null;
  onDone: (saved: string | null) => void;
}

interface Values {
  language: string;
  status: VersionStatus;
}

/** The penholder's form: a version's wording for the current revision, provision by provision. */
export function LanguageVersionForm({ doc, view, version, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const save = useSetLanguageVersion(doc);
  const [problem, setProblem] = useState<string | null>(null);

  // The language is typed for a new version only; the wording's fields are read from the form.
  const submit = ({ language, status }: Values, form: HTMLFormElement) => {
    const tag = language.trim();
    setProblem(null);
    if (!version) {
      if (!LanguageTag.safeParse(tag).success || tag === doc.language) {
        setProblem(t('texts.languages.form.badLanguage'));
        return;
      }
      if (view.versions.some((v) => v.language === tag)) {
        setProblem(t('texts.languages.form.exists'));
        return;
      }
    }
    const data = new FormData(form);
    const value = (key: string) => String(data.get(key) ?? '');
    const input = {
      basedOnRevision: doc.currentRevision,
      status,
      title: value('title'),
      provisions: translationTree(doc.revision.provisions, value),
    };
    return save.mutateAsync({ language: tag, input }).then(() => tag);
  };

  const heading = version
    ? t('texts.languages.form.titleUpdate', {
        language: languageName(version.language, ui),
        n: doc.currentRevision,
      })
    : t('texts.languages.form.titleNew', { n: doc.currentRevision });
  return (
    <FormCard
      title={heading}
      order={4}
      region
      intro={
        <>
          <Text size="sm" c="dimmed">
            {t('texts.languages.form.hint')}
          </Text>
          {problem !== null && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
        </>
      }
      initial={(): Values => ({
        language: version?.language ?? '',
        status: version?.status ?? 'working_translation',
      })}
      submitLabel={t('texts.languages.form.submit')}
      onSubmit={submit}
      onSuccess={onDone}
      onCancel={() => onDone(null)}
      ErrorView={MutationError}
    >
      {(form) => <VersionFields doc={doc} version={version} form={form} />}
    </FormCard>
  );
}

interface VersionFieldsProps {
  doc: TextViewData;
  version: LanguageVersionData | null;
  form: FormFields<Values>;
}

/** The language and status, the title, then each provision's fields in the version's language. */
function VersionFields({ doc, version, form: { values, bind } }: VersionFieldsProps) {
  const { t } = useTranslation();
  const names = versionProvisionNames(t, doc.revision.provisions);
  const earlier = new Map(version?.provisions.map((p) => [p.id, p]));
  const tag = values.language.trim();
  return (
    <>
      <Group align="flex-end">
        {!version && (
          <TextInput label={t('texts.languages.form.language')} required {...bind('language')} />
        )}
        <NativeSelect
          label={t('texts.languages.status')}
          {...bind('status')}
          data={VERSION_STATUSES.map((s) => ({
            value: s,
            label: t(`texts.languages.statuses.${s}`),
          }))}
        />
      </Group>
      <TextInput
        name="title"
        label={t('texts.languages.form.title')}
        required
        dir="auto"
        lang={tag || undefined}
        defaultValue={version?.title ?? ''}
      />
      {doc.revision.provisions.map((p) => (
        <ProvisionFields
          key={p.id}
          doc={doc}
          provision={p}
          earlier={earlier.get(p.id)}
          name={names.get(p.id) ?? ''}
          lang={tag}
        />
      ))}
    </>
  );
}

interface FieldsProps {
  doc: TextViewData;
  provision: ProvisionData;
  earlier: VersionProvisionData | undefined;
  name: string;
  lang: string;
}

/** One provision: the original beside fields for its agreed wording and each bracketed option. */
function ProvisionFields({ doc, provision: p, earlier, name, lang }: FieldsProps) {
  const { t } = useTranslation();
  const fields = fieldsOf(p);
  const initial = prefill(p, earlier);
  const agreed = fields.filter((f) => f.kind === 'agreed').length;
  // Earlier wording that no longer fits the fields one to one is shown to translate from.
  const refit = earlier?.text != null && Object.values(initial).every((v) => v === '');
  let part = 0;
  return (
    <Stack gap={4} style={{ marginInlineStart: p.depth * 24 }}>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      <Text size="sm" c="dimmed" component="div">
        {t('texts.languages.form.original')}:{' '}
        <span dir="auto" lang={doc.language}>
          <Wording doc={doc} content={p.content} />
        </span>
      </Text>
      {refit && earlier && (
        <Text size="sm" c="dimmed" component="div">
          {t('texts.languages.form.earlier')}:{' '}
          <span dir="auto" lang={lang || undefined}>
            {earlier.text}
          </span>
        </Text>
      )}
      {fields.map((f) => {
        if (f.kind === 'delete') {
          return (
            <Text key={f.key} size="sm">
              {t('texts.languages.form.deleteOption', { option: f.option })}
            </Text>
          );
        }
        const common = {
          name: f.key,
          required: true,
          dir: 'auto' as const,
          lang: lang || undefined,
          defaultValue: initial[f.key] ?? '',
        };
        if (f.kind === 'option') {
          return (
            <TextInput
              key={f.key}
              {...common}
              label={t('texts.languages.form.option', {
                provision: name,
                bracket: f.bracket,
                option: f.option,
              })}
            />
          );
        }
        part += 1;
        return (
          <Textarea
            key={f.key}
            {...common}
            autosize
            minRows={1}
            label={
              agreed === 1
                ? t('texts.languages.form.wording', { provision: name })
                : t('texts.languages.form.wordingPart', { provision: name, n: part })
            }
          />
        );
      })}
    </Stack>
  );
}
