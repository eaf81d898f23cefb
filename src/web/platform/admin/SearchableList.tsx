import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { isolate } from '../../shared/lib/bidi.ts';

/** Folds case and accents, so "geneve" finds "Genève" and "ROSSIYA" finds "Rossiya". */
const folded = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Whether every word of the query is in one of the fields. */
function matchesQuery(query: string, fields: readonly string[]): boolean {
  const words = folded(query)
    .split(/\s+/)
    .filter((w) => w !== '');
  const haystack = fields.map(folded);
  return words.every((w) => haystack.some((f) => f.includes(w)));
}

interface Props<T> {
  items: readonly T[];
  /** The search box's label, which says what it searches. */
  label: string;
  /** The texts an item is found by. */
  searchable: (item: T) => readonly string[];
  empty: string;
  children: (item: T) => ReactNode;
  itemKey: (item: T) => string;
}

/**
 * A list the operator searches as they type. It filters what is already loaded: a platform holds
 * hundreds of accounts and actors at most, which the lists fetch whole anyway, so a round trip per
 * keystroke would buy nothing.
 */
export function SearchableList<T>({
  items,
  label,
  searchable,
  empty,
  children,
  itemKey,
}: Props<T>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = items.filter((item) => matchesQuery(query, searchable(item)));
  if (items.length === 0) return <EmptyText>{empty}</EmptyText>;
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="search"
          label={label}
          dir="auto"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('admin.shown', { shown: shown.length, total: items.length })}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <EmptyText>{t('common.noMatch', { query: isolate(query) })}</EmptyText>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((item) => (
            <li key={itemKey(item)}>{children(item)}</li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
