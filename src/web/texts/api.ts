import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateTextCommand,
  TextListView,
  TextView,
  IssueRevisionCommand,
  OpenAdoptionCommand,
  ProposalList,
  ProposalView,
  ProposeCommand,
  RedlineView,
  SetTextStanceCommand,
  SignTextCommand,
} from '../../core/texts/schemas.ts';
import { ApiError, api, enc } from '../shared/api/client.ts';

export type TextViewData = z.infer<typeof TextView>;
export type TextListEntry = z.infer<typeof TextListView>['texts'][number];
export type ProposalData = z.infer<typeof ProposalView>;
export type RedlineData = z.infer<typeof RedlineView>;
export type ProvisionData = TextViewData['revision']['provisions'][number];
export type SegmentData = ProvisionData['content'][number];
export type CreateTextInput = z.input<typeof CreateTextCommand>;
export type ProposeInput = z.input<typeof ProposeCommand>;
export type OperationInput = ProposeInput['operation'];
export type IssueRevisionInput = z.input<typeof IssueRevisionCommand>;
export type SetTextStanceInput = z.input<typeof SetTextStanceCommand>;
export type OpenAdoptionInput = z.input<typeof OpenAdoptionCommand>;
export type SignTextInput = z.input<typeof SignTextCommand>;

const textsKey = (roundId: string) => ['texts', roundId] as const;
const textKey = (id: string, revision?: number) => ['text', id, revision ?? 'current'] as const;
const proposalsKey = (id: string) => ['proposals', id] as const;

export function useTexts(roundId: string) {
  return useQuery({
    queryKey: textsKey(roundId),
    queryFn: async () =>
      (await api.get<z.infer<typeof TextListView>>(`/api/rounds/${enc(roundId)}/texts`)).texts,
  });
}

export function useText(id: string, revision?: number) {
  return useQuery({
    queryKey: textKey(id, revision),
    queryFn: () =>
      api.get<TextViewData>(
        `/api/texts/${enc(id)}${revision === undefined ? '' : `?revision=${revision}`}`,
      ),
  });
}

export function useProposals(id: string) {
  return useQuery({
    queryKey: proposalsKey(id),
    queryFn: async () =>
      (await api.get<z.infer<typeof ProposalList>>(`/api/texts/${enc(id)}/proposals`)).proposals,
  });
}

export function useRedline(id: string, from: number, to: number) {
  return useQuery({
    queryKey: ['redline', id, from, to] as const,
    queryFn: () => api.get<RedlineData>(`/api/texts/${enc(id)}/redline?from=${from}&to=${to}`),
    enabled: from !== to,
  });
}

/** Refetches everything shown about a text (after a change, or a stale-revision refusal). */
export async function refreshText(client: QueryClient, id: string, roundId: string) {
  await Promise.all([
    client.invalidateQueries({ queryKey: ['text', id] }),
    client.invalidateQueries({ queryKey: proposalsKey(id) }),
    client.invalidateQueries({ queryKey: textsKey(roundId) }),
  ]);
}

export const isStale = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'stale_revision';

/** A text mutation: its answer (when a TextView) replaces the current view; a stale refusal refetches. */
function useTextMutation<V, R>(doc: { id: string; roundId: string }, call: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await refreshText(client, doc.id, doc.roundId);
    },
    onError: async (error) => {
      if (isStale(error)) await refreshText(client, doc.id, doc.roundId);
    },
  });
}

export function useCreateText(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTextInput) =>
      api.post<TextViewData>(`/api/rounds/${enc(roundId)}/texts`, input),
    onSuccess: async (doc) => {
      client.setQueryData(textKey(doc.id), doc);
      await client.invalidateQueries({ queryKey: textsKey(roundId) });
    },
  });
}

type DocRef = { id: string; roundId: string };

export const usePropose = (doc: DocRef) =>
  useTextMutation(doc, (input: ProposeInput) =>
    api.post<ProposalData>(`/api/texts/${enc(doc.id)}/proposals`, input),
  );

export const useWithdrawProposal = (doc: DocRef) =>
  useTextMutation(doc, (input: { proposalId: string; participantId: string }) =>
    api.post<ProposalData>(
      `/api/texts/${enc(doc.id)}/proposals/${enc(input.proposalId)}/withdraw`,
      { participantId: input.participantId },
    ),
  );

export const useDeclineProposal = (doc: DocRef) =>
  useTextMutation(doc, (input: { proposalId: string; reason: string }) =>
    api.post<ProposalData>(`/api/texts/${enc(doc.id)}/proposals/${enc(input.proposalId)}/decline`, {
      reason: input.reason,
    }),
  );

export const useIssueRevision = (doc: DocRef) =>
  useTextMutation(doc, (input: IssueRevisionInput) =>
    api.post<TextViewData>(`/api/texts/${enc(doc.id)}/revisions`, input),
  );

export const useSetTextStance = (doc: DocRef) =>
  useTextMutation(doc, (input: SetTextStanceInput) =>
    api.put<TextViewData>(`/api/texts/${enc(doc.id)}/stance`, input),
  );

export const useOpenAdoption = (doc: DocRef) =>
  useTextMutation(doc, (input: OpenAdoptionInput) =>
    api.post<TextViewData>(`/api/texts/${enc(doc.id)}/adoption`, input),
  );

export const useSignText = (doc: DocRef) =>
  useTextMutation(doc, (input: SignTextInput) =>
    api.post<TextViewData>(`/api/texts/${enc(doc.id)}/signatures`, input),
  );

export const canonicalUrl = (id: string, n: number) =>
  `/api/texts/${enc(id)}/revisions/${n}/canonical`;

export function exportUrl(
  id: string,
  n: number,
  format: 'docx' | 'pdf',
  view: 'clean' | 'redline',
  against?: number,
): string {
  const query = new URLSearchParams({ view });
  if (view === 'redline' && against !== undefined) query.set('against', String(against));
  return `/api/texts/${enc(id)}/revisions/${n}/export.${format}?${query.toString()}`;
}
