import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRACKS, type Track } from '../../../core/vocabulary.ts';
import { useProposeAgendaItem } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';

export function ProposeItemForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const propose = useProposeAgendaItem(round.id);
  return (
    <FormCard
      title={t('agenda.propose.title')}
      maw={560}
      initial={() => ({ title: '', track: 'ceasefire' as Track })}
      submitLabel={t('agenda.propose.submit')}
      onSubmit={(values) => propose.mutateAsync(values)}
      reset={['title']}
    >
      {({ bind }) => (
        <>
          <TextInput label={t('agenda.propose.itemTitle')} required dir="auto" {...bind('title')} />
          <NativeSelect
            label={t('agenda.propose.track')}
            {...bind('track')}
            data={TRACKS.map((k) => ({ value: k, label: t(`vocab.track.${k}`) }))}
          />
        </>
      )}
    </FormCard>
  );
}
