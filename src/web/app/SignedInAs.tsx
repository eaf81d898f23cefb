import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';

/** The name, cut short at its own end (in its own direction) when the line has no room for it. */
function Name({ children }: { children?: ReactNode }) {
  return (
    <bdi dir="auto" className="parley-signed-in-name">
      {children}
    </bdi>
  );
}

/** “Signed in as …”, the name in its own direction whatever the interface language. */
export function SignedInAs({ name, className }: { name: string; className?: string }) {
  return (
    <Text size="sm" c="dimmed" className={className} title={name}>
      <Trans i18nKey="app.signedInAs" values={{ name }} components={{ name: <Name /> }} />
    </Text>
  );
}
