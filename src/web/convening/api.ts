import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, enc } from '../shared/api/client.ts';
import type {
  ChangeSessionFormatInput,
  CreateInvitationInput,
  CreateMemberInviteInput,
  MemberInviteCreatedView,
  ProposeAgendaItemInput,
  RecordAttendanceInput,
  RespondInvitationCommand,
  RoundView,
  ScheduleSessionInput,
  SetStanceInput,
} from '../shared/api/types.ts';

const roundKey = (id: string) => ['round', id] as const;

export function useRound(id: string) {
  return useQuery({
    queryKey: roundKey(id),
    queryFn: () => api.get<RoundView>(`/api/rounds/${enc(id)}`),
  });
}

/**
 * Every round mutation answers with the round as the caller may now see it,
 * so the answer replaces the cache instead of triggering a refetch.
 */
function useRoundMutation<V>(roundId: string, call: (vars: V) => Promise<RoundView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (view) => queryClient.setQueryData(roundKey(roundId), view),
  });
}

export const useSetRoundSettings = (roundId: string) =>
  useRoundMutation(roundId, (settings: RoundView['settings']) =>
    api.put<RoundView>(`/api/rounds/${enc(roundId)}/settings`, settings),
  );

export const useSetMediatorTeam = (roundId: string) =>
  useRoundMutation(roundId, (participantIds: string[]) =>
    api.put<RoundView>(`/api/rounds/${enc(roundId)}/mediator-team`, { participantIds }),
  );

export const useCreateInvitation = (roundId: string) =>
  useRoundMutation(roundId, (input: CreateInvitationInput) =>
    api.post<RoundView>(`/api/rounds/${enc(roundId)}/invitations`, input),
  );

export const useRespondInvitation = (roundId: string) =>
  useRoundMutation(roundId, ({ id, body }: { id: string; body: RespondInvitationCommand }) =>
    api.post<RoundView>(`/api/invitations/${enc(id)}/response`, body),
  );

export const useWithdrawInvitation = (roundId: string) =>
  useRoundMutation(roundId, (id: string) =>
    api.post<RoundView>(`/api/invitations/${enc(id)}/withdrawal`),
  );

export const useScheduleSession = (roundId: string) =>
  useRoundMutation(roundId, (input: ScheduleSessionInput) =>
    api.post<RoundView>(`/api/rounds/${enc(roundId)}/sessions`, input),
  );

export const useChangeFormat = (roundId: string) =>
  useRoundMutation(roundId, ({ id, body }: { id: string; body: ChangeSessionFormatInput }) =>
    api.post<RoundView>(`/api/sessions/${enc(id)}/format`, body),
  );

export const useRecordAttendance = (roundId: string) =>
  useRoundMutation(roundId, ({ id, body }: { id: string; body: RecordAttendanceInput }) =>
    api.put<RoundView>(`/api/sessions/${enc(id)}/attendance`, body),
  );

export const useProposeAgendaItem = (roundId: string) =>
  useRoundMutation(roundId, (input: ProposeAgendaItemInput) =>
    api.post<RoundView>(`/api/rounds/${enc(roundId)}/agenda`, input),
  );

export const useSetStance = (roundId: string) =>
  useRoundMutation(roundId, ({ id, body }: { id: string; body: SetStanceInput }) =>
    api.put<RoundView>(`/api/agenda/${enc(id)}/stance`, body),
  );

export const useRemoveMember = (roundId: string) =>
  useRoundMutation(roundId, (memberId: string) =>
    api.delete<RoundView>(`/api/members/${enc(memberId)}`),
  );

/** Takes back a removal within its minute; the server refuses later ones. */
export const useRestoreMember = (roundId: string) =>
  useRoundMutation(roundId, (memberId: string) =>
    api.post<RoundView>(`/api/members/${enc(memberId)}/restoration`),
  );

export function useCreateMemberInvite() {
  return useMutation({
    mutationFn: ({
      participantId,
      body,
    }: {
      participantId: string;
      body: CreateMemberInviteInput;
    }) =>
      api.post<MemberInviteCreatedView>(
        `/api/participants/${enc(participantId)}/member-invites`,
        body,
      ),
  });
}
