import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_STATUSES, type VersionStatus } from '../../core/texts/vocabulary.ts';
import {
  useLanguageVersions,
  useSetVersionStatus,
  type LanguageVersionData,
  type LanguageVersionsData,
} from './language-api.ts';
import type { TextViewData } from './api.ts';
import { languageName } from './language-model.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { Success } from '../shared/components/Success.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { LanguageVersionForm } from './LanguageVersionForm.tsx';
import { MutationError } from './MutationError.tsx';
import { VersionProvisions } from './VersionProvisions.tsx';

/** The text in its other languages, aligned provision by provision with the revision shown. */
export function LanguageVersions({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const past = doc.revision.number !== doc.currentRevision;
  const query = useLanguageVersions(doc.id, past ? doc.revision.number : undefined);
  return (
    <Stack gap="sm" component="section" aria-labelledby="languages-title">
      <Title order={3} id="languages-title">
        {t('texts.languages.title')}
      </Title>
      <QueryView query={query}>{(view) => <Versions doc={doc} view={view} />}</QueryView>
    </Stack>
  );
}

function StatusBadge({ version }: { version: LanguageVersionData }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={version.status === 'authentic' ? 'blue' : 'gray'}>
      {t(`texts.languages.statuses.${version.status}`)}
    </Badge>
  );
}

type VersionForm = 'add' | 'update' | null;

/** Which version is shown, which form is open, and whether a version was just saved. */
function useVersionsState(view: LanguageVersionsData) {
  const [selected, setSelected] = useState<string | null>(null);
  const [form, setForm] = useState<VersionForm>(null);
  const [saved, setSaved] = useState(false);
  const [sideBySide, setSideBySide] = useState(true);
  const original = view.versions[0]!;
  const others = view.versions.slice(1);
  const shown = view.versions.find((v) => v.language === selected) ?? others[0] ?? original;
  const open = (next: 'add' | 'update') => {
    setForm(next);
    setSaved(false);
  };
  const pick = (language: string | null) => {
    setSelected(language);
    setForm(null);
    setSaved(false);
  };
  const done = (language: string | null) => {
    setForm(null);
    setSaved(language !== null);
    if (language !== null) setSelected(language);
  };
  return { form, saved, sideBySide, setSideBySide, others, shown, open, pick, done };
}

function Versions({ doc, view }: { doc: TextViewData; view: LanguageVersionsData }) {
  const { t } = useTranslation();
  const state = useVersionsState(view);
  const { form, shown, done } = state;
  return (
    <Stack gap="sm">
      {state.saved && <Success>{t('texts.languages.form.saved')}</Success>}
      {state.others.length === 0 ? (
        <EmptyText>{t('texts.languages.empty')}</EmptyText>
      ) : (
        <VersionTabs doc={doc} view={view} state={state} />
      )}
      {form === 'update' && !shown.original && (
        <LanguageVersionForm
          key={`${shown.language}-${view.revision}`}
          doc={doc}
          view={view}
          version={shown}
          onDone={done}
        />
      )}
      {form === 'add' && <LanguageVersionForm doc={doc} view={view} version={null} onDone={done} />}
      {view.viewer.mayEdit && form === null && (
        <Button
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => state.open('add')}
        >
          {t('texts.languages.add')}
        </Button>
      )}
    </Stack>
  );
}

interface TabsProps {
  doc: TextViewData;
  view: LanguageVersionsData;
  state: ReturnType<typeof useVersionsState>;
}

/** One tab per language, the original first; the shown one's panel. */
function VersionTabs({ doc, view, state }: TabsProps) {
  const { t } = useTranslation();
  return (
    <Tabs value={state.shown.language} keepMounted={false} onChange={state.pick}>
      <Tabs.List aria-label={t('texts.languages.picker')}>
        {view.versions.map((v) => (
          <Tabs.Tab key={v.language} value={v.language}>
            <VersionTabLabel version={v} />
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {view.versions.map((v) => (
        <Tabs.Panel key={v.language} value={v.language} pt="sm">
          <VersionPanel
            doc={doc}
            view={view}
            version={v}
            sideBySide={state.sideBySide}
            onSideBySide={state.setSideBySide}
            onUpdate={() => state.open('update')}
            updating={state.form === 'update'}
          />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function VersionTabLabel({ version: v }: { version: LanguageVersionData }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  return (
    <Group gap={6} wrap="nowrap">
      <span>{languageName(v.language, ui)}</span>
      {v.original && (
        <Badge variant="light" color="gray">
          {t('texts.languages.original')}
        </Badge>
      )}
      <StatusBadge version={v} />
      {v.needsUpdate > 0 && (
        <Badge variant="filled" color="orange">
          {t('texts.languages.toUpdate', { count: v.needsUpdate })}
        </Badge>
      )}
    </Group>
  );
}

interface PanelProps {
  doc: TextViewData;
  view: LanguageVersionsData;
  version: LanguageVersionData;
  sideBySide: boolean;
  onSideBySide: (on: boolean) => void;
  onUpdate: () => void;
  updating: boolean;
}

function VersionPanel({
  doc,
  view,
  version,
  sideBySide,
  onSideBySide,
  onUpdate,
  updating,
}: PanelProps) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const status = useSetVersionStatus(doc);
  const original = view.versions[0]!;
  const editable = view.viewer.mayEdit && !version.original;
  return (
    <Stack gap="sm">
      <Text fw={600} dir="auto" lang={version.language}>
        <UserText>{version.title}</UserText>
      </Text>
      {version.alignedRevision < view.revision && (
        <Alert color="orange" variant="light">
          {t('texts.languages.aligned', { n: version.alignedRevision })}
        </Alert>
      )}
      <Group align="flex-end">
        {!version.original && (
          <Switch
            checked={sideBySide}
            onChange={(e) => onSideBySide(e.currentTarget.checked)}
            label={t('texts.languages.sideBySide', {
              language: languageName(original.language, ui),
            })}
          />
        )}
        {editable && (
          <NativeSelect
            label={t('texts.languages.status')}
            value={version.status}
            disabled={status.isPending}
            onChange={(e) =>
              status.mutate({
                language: version.language,
                input: { status: e.currentTarget.value as VersionStatus },
              })
            }
            data={VERSION_STATUSES.map((s) => ({
              value: s,
              label: t(`texts.languages.statuses.${s}`),
            }))}
          />
        )}
        {editable && !updating && (
          <Button variant="light" onClick={onUpdate}>
            {t('texts.languages.update')}
          </Button>
        )}
      </Group>
      {status.isError && <MutationError error={status.error} />}
      <VersionProvisions
        doc={doc}
        original={original}
        version={version}
        sideBySide={sideBySide}
        mayReview={view.viewer.mayEdit}
      />
    </Stack>
  );
}
