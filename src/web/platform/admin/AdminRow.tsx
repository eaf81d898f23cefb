import { Card, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** One thing in an administration list: what it is on the start side, what can be done at the end. */
export function AdminRow({ children, actions }: { children: ReactNode; actions: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
          {children}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {actions}
        </Group>
      </Group>
    </Card>
  );
}
