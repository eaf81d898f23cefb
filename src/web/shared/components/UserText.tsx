import type { ReactNode } from 'react';

/** Text typed by people (titles, names, reasons): its own direction, whatever the UI language. */
export function UserText({ children }: { children: ReactNode }) {
  return <bdi dir="auto">{children}</bdi>;
}
