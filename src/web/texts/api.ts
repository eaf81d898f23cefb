import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateDocumentCommand,
  DocumentList,
  DocumentView,
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

export type DocumentViewData = z.infer<typeof DocumentView>;
export type DocumentSummary = z.infer<typeof DocumentList>['documents'][number];
export type ProposalData = z.infer<typeof ProposalView>;
export type RedlineData = z.infer<typeof RedlineView>;
export type ProvisionData = DocumentViewData['revision']['provisions'][number];
export type SegmentData = ProvisionData['content'][number];
export type CreateDocumentInput = z.input<typeof CreateDocumentCommand>;
export type ProposeInput = z.input<typeof ProposeCommand>;
export type OperationInput = ProposeInput['operation'];
export type IssueRevisionInput = z.input<typeof IssueRevisionCommand>;
export type SetTextStanceInput = z.input<typeof SetTextStanceCommand>;
export type OpenAdoptionInput = z.input<typeof OpenAdoptionCommand>;
export type SignTextInput = z.input<typeof SignTextCommand>;

const documentsKey = (roundId: string) => ['documents', roundId] as const;
const documentKey = (id: string, revision?: number) =>
  ['document', id, revision ?? 'current'] as const;
const proposalsKey = (id: string) => ['proposals', id] as const;

export function useDocuments(roundId: string) {
  return useQuery({
    queryKey: documentsKey(roundId),
    queryFn: async () =>
      (await api.get<z.infer<typeof DocumentList>>(`/api/rounds/${enc(roundId)}/documents`))
        .documents,
  });
}

export function useDocument(id: string, revision?: number) {
  return useQuery({
    queryKey: documentKey(id, revision),
    queryFn: () =>
      api.get<DocumentViewData>(
        `/api/documents/${enc(id)}${revision === undefined ? '' : `?revision=${revision}`}`,
      ),
  });
}

export function useProposals(id: string) {
  return useQuery({
    queryKey: proposalsKey(id),
    queryFn: async () =>
      (await api.get<z.infer<typeof ProposalList>>(`/api/documents/${enc(id)}/proposals`))
        .proposals,
  });
}

export function useRedline(id: string, from: number, to: number) {
  return useQuery({
    queryKey: ['redline', id, from, to] as const,
    queryFn: () => api.get<RedlineData>(`/api/documents/${enc(id)}/redline?from=${from}&to=${to}`),
    enabled: from !== to,
  });
}

/** Refetches everything shown about a document (after a change, or a stale-revision refusal). */
export async function refreshDocument(client: QueryClient, id: string, roundId: string) {
  await Promise.all([
    client.invalidateQueries({ queryKey: ['document', id] }),
    client.invalidateQueries({ queryKey: proposalsKey(id) }),
    client.invalidateQueries({ queryKey: documentsKey(roundId) }),
  ]);
}

export const isStale = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'stale_revision';

/** A document mutation: its answer (when a DocumentView) replaces the current view; a stale refusal refetches. */
function useDocumentMutation<V, R>(
  doc: { id: string; roundId: string },
  call: (v: V) => Promise<R>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await refreshDocument(client, doc.id, doc.roundId);
    },
    onError: async (error) => {
      if (isStale(error)) await refreshDocument(client, doc.id, doc.roundId);
    },
  });
}

export function useCreateDocument(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDocumentInput) =>
      api.post<DocumentViewData>(`/api/rounds/${enc(roundId)}/documents`, input),
    onSuccess: async (doc) => {
      client.setQueryData(documentKey(doc.id), doc);
      await client.invalidateQueries({ queryKey: documentsKey(roundId) });
    },
  });
}

type DocRef = { id: string; roundId: string };

export const usePropose = (doc: DocRef) =>
  useDocumentMutation(doc, (input: ProposeInput) =>
    api.post<ProposalData>(`/api/documents/${enc(doc.id)}/proposals`, input),
  );

export const useWithdrawProposal = (doc: DocRef) =>
  useDocumentMutation(doc, (input: { proposalId: string; participantId: string }) =>
    api.post<ProposalData>(
      `/api/documents/${enc(doc.id)}/proposals/${enc(input.proposalId)}/withdraw`,
      { participantId: input.participantId },
    ),
  );

export const useDeclineProposal = (doc: DocRef) =>
  useDocumentMutation(doc, (input: { proposalId: string; reason: string }) =>
    api.post<ProposalData>(
      `/api/documents/${enc(doc.id)}/proposals/${enc(input.proposalId)}/decline`,
      { reason: input.reason },
    ),
  );

export const useIssueRevision = (doc: DocRef) =>
  useDocumentMutation(doc, (input: IssueRevisionInput) =>
    api.post<DocumentViewData>(`/api/documents/${enc(doc.id)}/revisions`, input),
  );

export const useSetTextStance = (doc: DocRef) =>
  useDocumentMutation(doc, (input: SetTextStanceInput) =>
    api.put<DocumentViewData>(`/api/documents/${enc(doc.id)}/stance`, input),
  );

export const useOpenAdoption = (doc: DocRef) =>
  useDocumentMutation(doc, (input: OpenAdoptionInput) =>
    api.post<DocumentViewData>(`/api/documents/${enc(doc.id)}/adoption`, input),
  );

export const useSignText = (doc: DocRef) =>
  useDocumentMutation(doc, (input: SignTextInput) =>
    api.post<DocumentViewData>(`/api/documents/${enc(doc.id)}/signatures`, input),
  );

export const canonicalUrl = (id: string, n: number) =>
  `/api/documents/${enc(id)}/revisions/${n}/canonical`;

export function exportUrl(
  id: string,
  n: number,
  format: 'docx' | 'pdf',
  view: 'clean' | 'redline',
  against?: number,
): string {
  const query = new URLSearchParams({ view });
  if (view === 'redline' && against !== undefined) query.set('against', String(against));
  return `/api/documents/${enc(id)}/revisions/${n}/export.${format}?${query.toString()}`;
}
