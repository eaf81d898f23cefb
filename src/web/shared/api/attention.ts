import { useQuery } from '@tanstack/react-query';
import type { AttentionView, RoundAttention } from '../../../core/schemas/attention.ts';
import { api } from './client.ts';

export type { RoundAttention };

const attentionKey = ['attention'] as const;

/**
 * What waits for the user across its rounds. Refreshed every minute and on focus: new messages
 * arrive live inside a round, but the home page has no subscription of its own.
 */
export function useAttention() {
  return useQuery({
    queryKey: attentionKey,
    queryFn: () => api.get<AttentionView>('/api/attention'),
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}

/** Whether anything in a round needs the user at all. */
export const needsAnything = (r: RoundAttention) =>
  r.unread +
    r.pollsAwaitingVote +
    r.proposalsAwaitingPenholder +
    r.signaturesAwaited +
    r.invitationsToAnswer >
  0;
