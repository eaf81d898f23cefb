import type { z } from 'zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CompleteSetupCommand,
  MeView,
  SetupLinkView,
} from '../../core/platform/auth-schemas.ts';
import { api, enc, setCsrfToken } from '../shared/api/client.ts';
import { meKey } from './auth-api.ts';

type Me = z.infer<typeof MeView>;

/** What a setup link allows, or a not-found error for a used, expired or made-up one. */
export function useSetupLink(token: string) {
  return useQuery({
    queryKey: ['setup-link', token],
    queryFn: () => api.get<z.infer<typeof SetupLinkView>>(`/api/setup/${enc(token)}`),
    retry: false,
  });
}

/** Creates the first operator account; the answer signs the browser in as it. */
export function useCompleteSetup(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompleteSetupCommand) => api.post<Me>(`/api/setup/${enc(token)}`, input),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, me);
    },
  });
}
