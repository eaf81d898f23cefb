import { DirectionProvider, localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { meKey } from '../platform/auth-api.ts';
import { ApiError, setCsrfToken } from '../shared/api/client.ts';
import { currentLanguage, directionOf } from '../i18n/index.ts';
import { AppRoutes } from './AppRoutes.tsx';
import { DirectionSync } from './DirectionSync.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

function makeQueryClient() {
  // A session that ends on the server (expired, revoked elsewhere) shows the sign-in form
  // wherever the next request notices it, instead of an error on every panel.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'unauthenticated') {
      setCsrfToken(null);
      client.setQueryData(meKey, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Retrying a refusal (403, 404, 401) only delays the message the user needs to see.
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

// The theme follows the system until someone picks one in the header; the choice is remembered.
const colorSchemeManager = localStorageColorSchemeManager({ key: 'parley.color-scheme' });

export function App() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <DirectionProvider initialDirection={directionOf(currentLanguage())} detectDirection={false}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="auto"
        colorSchemeManager={colorSchemeManager}
      >
        <DirectionSync />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
