import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

export function Success({ children }: { children: ReactNode }) {
  return (
    <Alert color="teal" variant="light" role="status">
      {children}
    </Alert>
  );
}
