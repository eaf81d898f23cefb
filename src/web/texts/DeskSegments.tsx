import { Button, Fieldset, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordingLocation } from '../../core/texts/operations.ts';
import type { Bracket, Provision } from '../../core/texts/types.ts';
import { rewording, wordRange } from './desk-model.ts';
import type { DeskRef } from './use-desk.ts';
import { Proposer } from './Wording.tsx';
import type { TextViewData } from './api.ts';

/**
 * A field over one wording of the draft: while it has the focus, its one step is redone as the
 * words change, so the draft and its redline follow the typing.
 */
function useWordingField(desk: DeskRef, at: WordingLocation, stored: string, where: string) {
  const [value, setValue] = useState<string | null>(null);
  const session = useRef<{ from: number; original: string } | null>(null);
  const apply = (v: string) => {
    const s = session.current;
    if (s === null) return;
    desk.current.redoFrom(s.from, rewording(at, s.original, v), where);
  };
  return {
    value: value ?? stored,
    empty: value !== null && value.trim() === '',
    onFocus: () => {
      session.current = { from: desk.current.steps.length, original: stored };
      setValue(stored);
    },
    onChange: (v: string) => {
      setValue(v);
      // Emptied, the wording goes only when the field is left: clearing it to retype is not that.
      if (v.trim() !== '') apply(v);
      else if (session.current !== null) desk.current.redoFrom(session.current.from, null, where);
    },
    onBlur: () => {
      if (value !== null && value.trim() === '') apply('');
      session.current = null;
      setValue(null);
    },
  };
}

interface AgreedProps {
  desk: DeskRef;
  provision: Provision;
  segment: number;
  text: string;
  label: string;
  language: string;
}

/** Agreed wording: edited as plain text; words selected in it can be bracketed. */
export function AgreedField({ desk, provision, segment, text, label, language }: AgreedProps) {
  const { t } = useTranslation();
  const at: WordingLocation = { in: 'agreed', provisionId: provision.id, segment };
  const field = useWordingField(desk, at, text, provision.id);
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  return (
    <Stack gap={4}>
      <Textarea
        label={label}
        dir="auto"
        lang={language}
        autosize
        minRows={1}
        value={field.value}
        onFocus={field.onFocus}
        onChange={(e) => field.onChange(e.currentTarget.value)}
        onBlur={field.onBlur}
        onSelect={(e) => {
          const { selectionStart, selectionEnd, value } = e.currentTarget;
          setSelected(wordRange(value, selectionStart, selectionEnd));
        }}
        description={field.empty ? t('texts.desk.emptyPassage') : undefined}
      />
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="light"
          disabled={selected === null}
          onClick={() => {
            if (selected === null) return;
            desk.current.add({ op: 'add_bracket', at, ...selected }, provision.id);
            setSelected(null);
          }}
        >
          {t('texts.desk.bracketWords')}
        </Button>
        {selected === null && (
          <Text size="xs" c="dimmed">
            {t('texts.desk.selectToBracket')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

interface BracketProps {
  doc: TextViewData;
  desk: DeskRef;
  provision: Provision;
  bracket: Bracket;
  n: number;
}

/** A bracket: each option's wording, keeping one option (which cleans the bracket), adding one. */
export function BracketField({ doc, desk, provision, bracket, n }: BracketProps) {
  const { t } = useTranslation();
  const where = provision.id;
  const [added, setAdded] = useState('');
  const single = bracket.options.length === 1;
  return (
    <Fieldset legend={t('texts.desk.bracket', { n })} variant="filled" p="xs">
      <Stack gap="xs">
        {bracket.options.map((o, i) => (
          <OptionRow
            key={o.id}
            doc={doc}
            desk={desk}
            where={where}
            bracket={bracket}
            n={n}
            i={i}
            single={single}
          />
        ))}
        <Group gap="xs" align="flex-end">
          <TextInput
            label={t('texts.desk.newOption')}
            dir="auto"
            lang={doc.language}
            value={added}
            onChange={(e) => setAdded(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 160 }}
          />
          <Button
            size="sm"
            variant="default"
            disabled={added.trim() === ''}
            onClick={() => {
              if (
                desk.current.add(
                  {
                    op: 'add_option',
                    bracketId: bracket.id,
                    option: { kind: 'wording', text: added },
                  },
                  where,
                )
              )
                setAdded('');
            }}
          >
            {t('texts.desk.addOption')}
          </Button>
          {!bracket.options.some((o) => o.kind === 'delete') && (
            <Button
              size="sm"
              variant="subtle"
              onClick={() =>
                desk.current.add(
                  { op: 'add_option', bracketId: bracket.id, option: { kind: 'delete' } },
                  where,
                )
              }
            >
              {t('texts.desk.addDelete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}

interface RowProps {
  doc: TextViewData;
  desk: DeskRef;
  where: string;
  bracket: Bracket;
  /** The bracket's number in its provision, and the option's place in the bracket. */
  n: number;
  i: number;
  single: boolean;
}

/** One option: its wording, keeping it (the bracket is cleaned to it), removing it. */
function OptionRow({ doc, desk, where, bracket, n, i, single }: RowProps) {
  const { t } = useTranslation();
  const o = bracket.options[i]!;
  return (
    // On a narrow screen the buttons go under the option's wording rather than squeeze it.
    <Group gap="xs" align="flex-end">
      {o.kind === 'wording' ? (
        <OptionField
          doc={doc}
          desk={desk}
          where={where}
          bracket={bracket}
          option={o}
          label={t('texts.desk.option', { n: i + 1 })}
        />
      ) : (
        <Text size="sm" style={{ flex: 1 }}>
          {t('texts.desk.option', { n: i + 1 })}: <em>{t('texts.deleteOption')}</em>
          <Proposer doc={doc} option={o} />
        </Text>
      )}
      <Button
        size="compact-sm"
        variant="light"
        color="green"
        aria-label={t('texts.desk.keepFor', { option: i + 1, bracket: n })}
        onClick={() =>
          desk.current.add({ op: 'resolve_bracket', bracketId: bracket.id, optionId: o.id }, where)
        }
      >
        {t('texts.desk.keep')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        disabled={single}
        aria-label={t('texts.desk.removeOptionFor', { option: i + 1, bracket: n })}
        onClick={() =>
          desk.current.add({ op: 'remove_option', bracketId: bracket.id, optionId: o.id }, where)
        }
      >
        {t('texts.desk.removeOption')}
      </Button>
    </Group>
  );
}

interface OptionProps {
  doc: TextViewData;
  desk: DeskRef;
  where: string;
  bracket: Bracket;
  option: Extract<Bracket['options'][number], { kind: 'wording' }>;
  label: string;
}

function OptionField({ doc, desk, where, bracket, option, label }: OptionProps) {
  const at: WordingLocation = { in: 'option', bracketId: bracket.id, optionId: option.id };
  const field = useWordingField(desk, at, option.text, where);
  return (
    <Textarea
      autosize
      minRows={1}
      label={
        <>
          {label}
          <Proposer doc={doc} option={option} />
        </>
      }
      dir="auto"
      lang={doc.language}
      value={field.value}
      onFocus={field.onFocus}
      onChange={(e) => field.onChange(e.currentTarget.value)}
      onBlur={field.onBlur}
      style={{ flex: 1, minWidth: 220 }}
    />
  );
}
