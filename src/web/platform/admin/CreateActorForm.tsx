import { NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, type ActorKind } from '../../../core/vocabulary.ts';
import { useCreateActor } from '../process-api.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';
import { isolate } from '../../shared/lib/bidi.ts';
import { requiredProblem } from '../../shared/lib/validation.ts';

export function CreateActorForm() {
  const { t } = useTranslation();
  const create = useCreateActor();
  return (
    <FormCard
      title={t('admin.createActor.title')}
      initial={() => ({ name: '', kind: 'state' as ActorKind, members: '' })}
      submitLabel={t('admin.createActor.submit')}
      validate={({ name }) => ({ name: requiredProblem(t, name) })}
      onSubmit={({ name, kind, members }) => {
        const coalitionOf = members
          .split('\n')
          .map((m) => m.trim())
          .filter((m) => m !== '');
        return create.mutateAsync({ name, kind, coalitionOf });
      }}
      reset={['name', 'members']}
      success={(actor) => t('admin.createActor.done', { name: isolate(actor.name) })}
    >
      {({ bind, errors }) => (
        <>
          <TextInput
            label={t('admin.createActor.name')}
            required
            dir="auto"
            error={errors.name}
            {...bind('name')}
          />
          <NativeSelect
            label={t('admin.createActor.kind')}
            {...bind('kind')}
            data={ACTOR_KINDS.map((k) => ({ value: k, label: t(`vocab.kind.${k}`) }))}
          />
          <Textarea
            label={t('admin.createActor.members')}
            dir="auto"
            autosize
            minRows={3}
            {...bind('members')}
          />
        </>
      )}
    </FormCard>
  );
}
