// Renders a component as the app does (App.tsx): Mantine with the app's theme and direction,
// TanStack Query, a router and i18next, each fresh or reset for the test.
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { queries } from '@testing-library/dom';
import { render, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { DirectionSync } from '../app/DirectionSync.tsx';
import { cssVariablesResolver, theme } from '../app/theme.ts';
import { directionOf, initI18n, setLanguage, type Language } from '../i18n/index.ts';

interface Options {
  /** The interface language; English unless told. */
  language?: Language;
  /** Where the router starts, e.g. "/rounds/r1?tab=talks". */
  route?: string;
}

let i18nReady: Promise<void> | undefined;

/** Initialises i18next once per test file, waiting until its resources are in place. */
function initialisedI18n(): Promise<void> {
  i18nReady ??= new Promise((resolve) => {
    const i18n = initI18n();
    if (i18n.isInitialized) resolve();
    else i18n.on('initialized', () => resolve());
  });
  return i18nReady;
}

/** A client per test: nothing cached from another test, no retries of queries, no waiting. */
function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      // Mutations that retry network and server failures (talks/api.ts) do so at once.
      mutations: { retry: false, retryDelay: 0 },
    },
  });
}

export async function renderWithProviders(
  ui: ReactElement,
  { language = 'en', route = '/' }: Options = {},
): Promise<RenderResult & { user: UserEvent; queryClient: QueryClient }> {
  await initialisedI18n();
  await setLanguage(language);
  const queryClient = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <DirectionSync />
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
  // No pause between keystrokes: nothing here measures typing speed.
  const user = userEvent.setup({ delay: null });
  return { ...render<typeof queries>(ui, { wrapper }), user, queryClient };
}
