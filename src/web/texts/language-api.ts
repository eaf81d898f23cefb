import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  LanguageVersionsView,
  ReviewTranslationCommand,
  SetLanguageVersionCommand,
  SetVersionStatusCommand,
} from '../../core/texts/language-schemas.ts';
import { api, enc } from '../shared/api/client.ts';
import { isStale, refreshText } from './api.ts';

export type LanguageVersionsData = z.infer<typeof LanguageVersionsView>;
export type LanguageVersionData = LanguageVersionsData['versions'][number];
export type VersionProvisionData = LanguageVersionData['provisions'][number];
export type SetLanguageVersionInput = z.input<typeof SetLanguageVersionCommand>;
export type TranslatedProvisionInput = SetLanguageVersionInput['provisions'][number];

/**
 * Under the text's own key, so that whatever refreshes a text (a new revision, a live
 * notice) refreshes its language versions too.
 */
const languagesKey = (id: string, revision?: number) =>
  ['text', id, 'languages', revision ?? 'current'] as const;

export function useLanguageVersions(id: string, revision?: number) {
  return useQuery({
    queryKey: languagesKey(id, revision),
    queryFn: () =>
      api.get<LanguageVersionsData>(
        `/api/texts/${enc(id)}/languages${revision === undefined ? '' : `?revision=${revision}`}`,
      ),
  });
}

type DocRef = { id: string; roundId: string };

function useLanguageMutation<V>(doc: DocRef, call: (v: V) => Promise<LanguageVersionsData>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (view) => client.setQueryData(languagesKey(doc.id), view),
    onError: async (error) => {
      if (isStale(error)) await refreshText(client, doc.id, doc.roundId);
    },
  });
}

const base = (doc: DocRef, language: string) =>
  `/api/texts/${enc(doc.id)}/languages/${enc(language)}`;

export const useSetLanguageVersion = (doc: DocRef) =>
  useLanguageMutation(doc, (v: { language: string; input: SetLanguageVersionInput }) =>
    api.put<LanguageVersionsData>(base(doc, v.language), v.input),
  );

export const useSetVersionStatus = (doc: DocRef) =>
  useLanguageMutation(
    doc,
    (v: { language: string; input: z.input<typeof SetVersionStatusCommand> }) =>
      api.put<LanguageVersionsData>(`${base(doc, v.language)}/status`, v.input),
  );

export const useReviewTranslation = (doc: DocRef) =>
  useLanguageMutation(
    doc,
    (v: { language: string; input: z.input<typeof ReviewTranslationCommand> }) =>
      api.post<LanguageVersionsData>(`${base(doc, v.language)}/reviews`, v.input),
  );
