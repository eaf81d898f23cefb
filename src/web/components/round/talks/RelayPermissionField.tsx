import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RELAY_PERMISSIONS, type RelayPermission } from '../../../../core/vocabulary.ts';

interface Props {
  value: RelayPermission;
  onChange: (value: RelayPermission) => void;
}

/** On its own line a party decides, per message, what the mediators may pass on. */
export function RelayPermissionField({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('talks.permission.label')}
      description={t('talks.permission.description')}
      value={value}
      onChange={(v) => onChange(v as RelayPermission)}
    >
      <Stack gap={6} mt={6}>
        {RELAY_PERMISSIONS.map((p) => (
          <Radio
            key={p}
            value={p}
            label={t(`vocab.relayPermission.${p}`)}
            description={t(`talks.permission.explain.${p}`)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
