import { z } from 'zod';
import { Id } from './common.ts';
import { CHANNEL_KINDS } from '../vocabulary.ts';

/** What waits for the signed-in user in one round: counts only, each a link away on the screens. */
export const RoundAttention = z.object({
  roundId: Id,
  roundTitle: z.string(),
  processId: Id,
  processTitle: z.string(),
  unread: z.number().int(),
  unreadChannels: z.array(
    z.object({ channelId: Id, kind: z.enum(CHANNEL_KINDS), unread: z.number().int() }),
  ),
  /** Open polls of the user's caucus the user has not voted in. */
  pollsAwaitingVote: z.number().int(),
  /** Pending proposals on texts whose pen the user holds. */
  proposalsAwaitingPenholder: z.number().int(),
  /** Open adoptions the user signs for that still lack that signature. */
  signaturesAwaited: z.number().int(),
  /** Invitations the user answers for (as a focal point) that are still pending. */
  invitationsToAnswer: z.number().int(),
});
export type RoundAttention = z.infer<typeof RoundAttention>;

export const AttentionView = z.object({ rounds: z.array(RoundAttention) });
export type AttentionView = z.infer<typeof AttentionView>;
