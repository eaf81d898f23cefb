import { clearAllDrafts } from '../shared/lib/drafts.ts';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CompleteSetupCommand, SetupLinkView } from '../../core/platform/auth-schemas.ts';
import { ApiError, api, enc, setCsrfToken } from '../shared/api/client.ts';
import type {
  AcceptMemberInviteInput,
  SignInListView,
  MeView,
  MemberInviteInfoView,
} from '../shared/api/types.ts';

export const meKey = ['me'] as const;

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<MeView | null> => {
      try {
        const me = await api.get<MeView>('/api/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'unauthenticated') {
          setCsrfToken(null);
          return null;
        }
        throw e;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

/**
 * Whatever was cached belonged to someone else (or nobody): drop it all but the `me` query,
 * which stays in the cache (only its data changes) so that mounted observers see the switch.
 */
function switchUser(queryClient: QueryClient, me: MeView | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  queryClient.setQueryData(meKey, me);
}

function useAdoptSignIn() {
  const queryClient = useQueryClient();
  return (me: MeView) => switchUser(queryClient, me);
}

export function useSignIn() {
  const adopt = useAdoptSignIn();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.post<MeView>('/api/auth/sign-in', input),
    onSuccess: adopt,
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/auth/sign-out'),
    onSettled: () => {
      clearAllDrafts();
      switchUser(queryClient, null);
    },
  });
}

const signInsKey = ['sign-ins'] as const;

export function useSignIns() {
  return useQuery({
    queryKey: signInsKey,
    queryFn: () => api.get<SignInListView>('/api/auth/sign-ins'),
  });
}

export function useEndSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/auth/sign-ins/${enc(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signInsKey }),
  });
}

/** A new password for the signed-in account; the server ends its other sign-ins. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<{ endedSignIns: number }>('/api/auth/password', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signInsKey }),
  });
}

export function useMemberInvite(token: string) {
  return useQuery({
    queryKey: ['member-invite', token],
    queryFn: () => api.get<MemberInviteInfoView>(`/api/member-invites/${enc(token)}`),
    retry: false,
  });
}

export function useAcceptMemberInvite(token: string) {
  const adopt = useAdoptSignIn();
  return useMutation({
    mutationFn: (input: AcceptMemberInviteInput) =>
      api.post<MeView>(`/api/member-invites/${enc(token)}/accept`, input),
    onSuccess: adopt,
  });
}

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
  const adopt = useAdoptSignIn();
  return useMutation({
    mutationFn: (input: CompleteSetupCommand) =>
      api.post<MeView>(`/api/setup/${enc(token)}`, input),
    onSuccess: adopt,
  });
}
