import { Box, NativeSelect, ScrollArea, Title } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisionData, TextViewData } from './api.ts';
import { provisionLabels } from './model.ts';
import { provisionAnchor, provisionName } from './ProvisionList.tsx';
import classes from './Outline.module.css';

const WORDS = 7;

/** The first words of a provision, enough to recognise it. */
function openingWords(p: ProvisionData): string {
  const words = p.text.split(' ');
  return words.length > WORDS ? `${words.slice(0, WORDS).join(' ')}…` : p.text;
}

/** Brings a provision into view and moves the focus to it, as a link within the page would. */
function goTo(id: string) {
  const target = document.getElementById(provisionAnchor(id));
  target?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  target?.focus({ preventScroll: true });
}

/** Every provision in order, each a link to it: beside the text on wide screens. */
export function Outline({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const labels = provisionLabels(doc.revision.provisions);
  const follow = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    e.preventDefault();
    goTo(id);
  };
  return (
    <Box component="nav" aria-labelledby="outline-title" className={classes.outline}>
      <Title order={3} size="h5" id="outline-title" mb="xs">
        {t('texts.outline.title')}
      </Title>
      <ScrollArea.Autosize mah="calc(100vh - 12rem)" type="auto" offsetScrollbars>
        <ol className={classes.list}>
          {doc.revision.provisions.map((p) => (
            <li
              key={p.id}
              style={{ paddingInlineStart: p.depth * 12 }}
              data-state={p.state ?? 'none'}
              className={classes.entry}
            >
              {/* Plain elements: the outline of a long text has hundreds of entries. */}
              <a
                href={`#${provisionAnchor(p.id)}`}
                onClick={(e) => follow(e, p.id)}
                className={classes.link}
                aria-label={`${provisionName(t, p, labels.get(p.id) ?? '')}: ${openingWords(p)}`}
              >
                <b className={classes.number}>{p.number ?? '·'}</b>
                <span
                  dir="auto"
                  lang={doc.language}
                  style={{ fontStyle: p.part === 'preamble' ? 'italic' : undefined }}
                >
                  {openingWords(p)}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </ScrollArea.Autosize>
    </Box>
  );
}

/** The same, as one field that goes to the chosen provision: above the text on narrow screens. */
export function OutlineSelect({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const labels = provisionLabels(doc.revision.provisions);
  return (
    <NativeSelect
      label={t('texts.outline.goTo')}
      value=""
      onChange={(e) => e.currentTarget.value !== '' && goTo(e.currentTarget.value)}
      data={[
        { value: '', label: t('texts.outline.choose') },
        ...doc.revision.provisions.map((p) => ({
          value: p.id,
          label: `${provisionName(t, p, labels.get(p.id) ?? '')}: ${openingWords(p)}`,
        })),
      ]}
    />
  );
}
