import { Button, Chip, Group, Modal, Stack, Text } from '@mantine/core';
import { PERMISSION_COLORS } from './RelayPermissionBadge.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELAY_PERMISSIONS, type RelayPermission } from '../../core/vocabulary.ts';

interface Props {
  value: RelayPermission;
  onChange: (value: RelayPermission) => void;
}

/**
 * The radio lies over its chip, transparent, instead of shrunk to nothing: a tap anywhere on the
 * chip lands on it, and tools that look for a visible control find one.
 */
const CHIP_STYLES = {
  root: { position: 'relative' as const },
  input: {
    position: 'absolute' as const,
    inset: 0,
    width: '100%',
    height: '100%',
    margin: 0,
    opacity: 0,
    cursor: 'pointer',
    zIndex: 1,
  },
};

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
      <Stack gap={4}>
        <Group gap={6} role="radiogroup" aria-label={t('talks.permission.label')} wrap="wrap">
          <Text size="xs" c="dimmed" aria-hidden="true">
            {t('talks.permission.label')}:
          </Text>
          <Chip.Group value={value} onChange={(v) => choose(v as RelayPermission)}>
            {RELAY_PERMISSIONS.map((p) => (
              <Chip
                key={p}
                value={p}
                type="radio"
                size="xs"
                color={PERMISSION_COLORS[p] ?? 'gray'}
                variant={p === value ? 'filled' : 'outline'}
                styles={CHIP_STYLES}
              >
                {t(`vocab.relayPermission.${p}`)}
              </Chip>
            ))}
          </Chip.Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t(`talks.permission.explain.${value}`)} {t('talks.permission.everyMessage')}
        </Text>
      </Stack>
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
