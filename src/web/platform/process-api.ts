import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc } from '../shared/api/client.ts';
import type {
  AccountListView,
  AccountView,
  ActorListView,
  ActorView,
  CreateAccountInput,
  CreateActorInput,
  CreateProcessInput,
  CreateRoundInput,
  ProcessListView,
  ProcessView,
  RoundView,
} from '../shared/api/types.ts';

const processesKey = ['processes'] as const;
const processKey = (id: string) => ['process', id] as const;
const actorsKey = ['actors'] as const;
const accountsKey = ['accounts'] as const;

export function useProcesses() {
  return useQuery({
    queryKey: processesKey,
    queryFn: () => api.get<ProcessListView>('/api/processes'),
  });
}

export function useProcess(id: string) {
  return useQuery({
    queryKey: processKey(id),
    queryFn: () => api.get<ProcessView>(`/api/processes/${enc(id)}`),
  });
}

export function useActors(enabled = true) {
  return useQuery({
    queryKey: actorsKey,
    queryFn: () => api.get<ActorListView>('/api/actors'),
    enabled,
  });
}

export function useAccounts(enabled = true) {
  return useQuery({
    queryKey: accountsKey,
    queryFn: () => api.get<AccountListView>('/api/accounts'),
    enabled,
  });
}

export function useCreateProcess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProcessInput) => api.post<ProcessView>('/api/processes', input),
    onSuccess: (view) => {
      queryClient.setQueryData(processKey(view.id), view);
      return queryClient.invalidateQueries({ queryKey: processesKey });
    },
  });
}

/** Who is appointed convener of which process, on behalf of which actor. */
interface Appointment {
  processId: string;
  body: { userId: string; actorId: string };
}

export function useAppointConvener() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ processId, body }: Appointment) =>
      api.post<ProcessView>(`/api/processes/${enc(processId)}/conveners`, body),
    onSuccess: (view) => {
      queryClient.setQueryData(processKey(view.id), view);
      return queryClient.invalidateQueries({ queryKey: processesKey });
    },
  });
}

export function useCreateRound(processId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRoundInput) =>
      api.post<RoundView>(`/api/processes/${enc(processId)}/rounds`, input),
    onSuccess: (round) => {
      queryClient.setQueryData(['round', round.id], round);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: processKey(processId) }),
        queryClient.invalidateQueries({ queryKey: processesKey }),
      ]);
    },
  });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAccountInput) => api.post<AccountView>('/api/accounts', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKey }),
  });
}

export function useCreateActor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateActorInput) => api.post<ActorView>('/api/actors', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actorsKey }),
  });
}

/** An account as the operator's list shows it now: the answer replaces its row in the list. */
function useAccountChange<V>(call: (vars: V) => Promise<AccountView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (account) => {
      queryClient.setQueryData<AccountListView>(
        accountsKey,
        (list) =>
          list && { accounts: list.accounts.map((a) => (a.id === account.id ? account : a)) },
      );
    },
  });
}

export const useEditAccount = () =>
  useAccountChange(({ id, displayName }: { id: string; displayName: string }) =>
    api.put<AccountView>(`/api/accounts/${enc(id)}`, { displayName }),
  );

export const useDisableAccount = () =>
  useAccountChange((id: string) => api.post<AccountView>(`/api/accounts/${enc(id)}/disable`));

export const useEnableAccount = () =>
  useAccountChange((id: string) => api.post<AccountView>(`/api/accounts/${enc(id)}/enable`));

export function useEditActor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      api.put<ActorView>(`/api/actors/${enc(id)}`, { name }),
    // Rounds show the actor's name too: whatever is cached of them is out of date.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: actorsKey }),
        queryClient.invalidateQueries({ queryKey: ['round'] }),
      ]),
  });
}

export function useEditProcess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; title: string; description: string }) =>
      api.put<ProcessView>(`/api/processes/${enc(id)}`, body),
    onSuccess: (view) => {
      queryClient.setQueryData(processKey(view.id), view);
      return queryClient.invalidateQueries({ queryKey: processesKey });
    },
  });
}
