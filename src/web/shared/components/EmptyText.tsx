import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyText({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" fs="italic" py="sm">
      {children}
    </Text>
  );
}
