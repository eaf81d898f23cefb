import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCreateRound } from '../process-api.ts';
import { isKnownTimeZone } from '../../shared/lib/time.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const endsBeforeStart = ({ startsOn, endsOn }: { startsOn: string; endsOn: string }) =>
  startsOn !== '' && endsOn !== '' && endsOn < startsOn;

export function CreateRoundForm({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRound(processId);
  const [touched, setTouched] = useState(false);

  return (
    <FormCard
      title={t('process.createRound.title')}
      order={2}
      maw={560}
      initial={() => ({ title: '', venue: '', startsOn: '', endsOn: '', timeZone: browserZone() })}
      submitLabel={t('process.createRound.submit')}
      onSubmit={(v) => {
        setTouched(true);
        if (endsBeforeStart(v) || !isKnownTimeZone(v.timeZone)) return;
        const { title, venue, startsOn, endsOn } = v;
        return create.mutateAsync({ title, venue, startsOn, endsOn, timeZone: v.timeZone.trim() });
      }}
      onSuccess={(round) => void navigate(`/rounds/${round.id}`)}
    >
      {({ values: v, bind }) => (
        <>
          <TextInput
            label={t('process.createRound.roundTitle')}
            required
            dir="auto"
            {...bind('title')}
          />
          <TextInput
            label={t('process.createRound.venue')}
            required
            dir="auto"
            {...bind('venue')}
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('process.createRound.startsOn')}
              required
              {...bind('startsOn')}
            />
            <TextInput
              type="date"
              label={t('process.createRound.endsOn')}
              required
              error={endsBeforeStart(v) ? t('process.createRound.endBeforeStart') : null}
              {...bind('endsOn')}
            />
          </Group>
          <TextInput
            label={t('process.createRound.timeZone')}
            required
            dir="ltr"
            error={
              touched && !isKnownTimeZone(v.timeZone) ? t('process.createRound.badZone') : null
            }
            {...bind('timeZone')}
          />
        </>
      )}
    </FormCard>
  );
}
