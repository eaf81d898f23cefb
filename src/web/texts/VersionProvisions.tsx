import { Badge, Button, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useReviewTranslation,
  type LanguageVersionData,
  type VersionProvisionData,
} from './language-api.ts';
import type { TextViewData } from './api.ts';
import { languageName } from './language-model.ts';
import { MutationError } from './MutationError.tsx';
import { Wording } from './Wording.tsx';

/** "Paragraph 2.1", or "Preambular paragraph 3" (numbered among the preamble's paragraphs). */
export function versionProvisionNames(
  t: TFunction,
  provisions: readonly Pick<VersionProvisionData, 'id' | 'number'>[],
): Map<string, string> {
  let preamble = 0;
  return new Map(
    provisions.map((p) => [
      p.id,
      p.number === null
        ? t('texts.preambleParagraph', { n: ++preamble })
        : t('texts.paragraph', { n: p.number }),
    ]),
  );
}

interface Props {
  doc: TextViewData;
  original: LanguageVersionData;
  version: LanguageVersionData;
  sideBySide: boolean;
  mayReview: boolean;
}

/** One version's provisions (beside the original's when asked), flagged where they need updating. */
export function VersionProvisions({ doc, original, version, sideBySide, mayReview }: Props) {
  const { t } = useTranslation();
  const review = useReviewTranslation(doc);
  const { mutate } = review;
  const onReview = useCallback(
    (provisionId: string) =>
      mutate({ language: version.language, input: { provisionIds: [provisionId] } }),
    [mutate, version.language],
  );
  const names = versionProvisionNames(t, version.provisions);
  const both = sideBySide && !version.original;
  return (
    <div className="parley-version" data-language={version.language}>
      {review.isError && <MutationError error={review.error} />}
      {version.provisions.map((p, i) => (
        <VersionProvision
          key={p.id}
          doc={doc}
          provision={p}
          originalProvision={both ? original.provisions[i] : undefined}
          originalLanguage={original.language}
          language={version.language}
          name={names.get(p.id) ?? ''}
          onReview={mayReview ? onReview : undefined}
          reviewing={review.isPending}
        />
      ))}
    </div>
  );
}

interface ItemProps {
  doc: TextViewData;
  provision: VersionProvisionData;
  originalProvision: VersionProvisionData | undefined;
  originalLanguage: string;
  language: string;
  name: string;
  /** Penholders confirm a flagged wording that is still right. */
  onReview: ((provisionId: string) => void) | undefined;
  reviewing: boolean;
}

function WordingOf({ doc, p, lang }: { doc: TextViewData; p: VersionProvisionData; lang: string }) {
  const { t } = useTranslation();
  if (p.content === null) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('texts.languages.missing')}
      </Text>
    );
  }
  return (
    <p
      className="parley-wording"
      dir="auto"
      lang={lang}
      style={{
        fontStyle: p.part === 'preamble' ? 'italic' : undefined,
        fontWeight: p.heading ? 700 : undefined,
      }}
    >
      <Wording doc={doc} content={p.content} />
    </p>
  );
}

// Plain elements, as in the provision list: a long text has hundreds of provisions.
const VersionProvision = memo(function VersionProvision({
  doc,
  provision: p,
  originalProvision,
  originalLanguage,
  language,
  name,
  onReview,
  reviewing,
}: ItemProps) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  return (
    <div
      className="parley-version-provision"
      data-number={p.number ?? ''}
      data-needs-update={p.needsUpdate}
      aria-label={name}
      role="group"
      style={{
        display: 'flex',
        gap: '0.75rem',
        alignItems: 'flex-start',
        paddingBlock: 6,
        paddingInlineStart: '0.75rem',
        marginInlineStart: p.depth * 24,
        borderInlineStart: `6px solid var(--mantine-color-${p.needsUpdate ? 'orange-6' : 'gray-3'})`,
      }}
    >
      <b className="parley-number">{p.number ?? ''}</b>
      <div
        className="parley-version-columns"
        style={{
          flex: 1,
          display: 'grid',
          gridTemplateColumns: originalProvision ? '1fr 1fr' : '1fr',
          gap: 16,
        }}
      >
        {originalProvision && <WordingOf doc={doc} p={originalProvision} lang={originalLanguage} />}
        <div>
          <WordingOf doc={doc} p={p} lang={language} />
          {p.needsUpdate && (
            <Group gap={6}>
              <Badge color="orange" variant="light">
                {t('texts.languages.needsUpdate')}
              </Badge>
              {p.changedIn !== null && (
                <Text size="xs" c="dimmed">
                  {t('texts.languages.changedIn', { language: languageName(p.changedIn, ui) })}
                </Text>
              )}
              {onReview && p.content !== null && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  loading={reviewing}
                  aria-label={t('texts.languages.stillCorrectFor', {
                    provision: name,
                    language: languageName(language, ui),
                  })}
                  onClick={() => onReview(p.id)}
                >
                  {t('texts.languages.stillCorrect')}
                </Button>
              )}
            </Group>
          )}
        </div>
      </div>
    </div>
  );
});
