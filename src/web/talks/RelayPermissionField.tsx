import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELAY_PERMISSIONS, type RelayPermission } from '../../core/vocabulary.ts';

interface Props {
  value: RelayPermission;
  onChange: (value: RelayPermission) => void;
}

/**
 * On its own line a party decides, per message, what the mediators may pass on. Being named to
 * the other side is asked for in so many words before it is chosen.
 */
export function RelayPermissionField({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const choose = (next: RelayPermission) => {
    if (next === 'may_relay_attributed') setConfirming(true);
    else onChange(next);
  };
  return (
    <>
      <Radio.Group
        label={t('talks.permission.label')}
        description={`${t('talks.permission.description')} ${t('talks.permission.everyMessage')}`}
        value={value}
        onChange={(v) => choose(v as RelayPermission)}
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
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('talks.permission.confirm.title')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('talks.permission.confirm.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('talks.permission.confirm.cancel')}
            </Button>
            <Button
              color="violet"
              onClick={() => {
                setConfirming(false);
                onChange('may_relay_attributed');
              }}
            >
              {t('talks.permission.confirm.allow')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
