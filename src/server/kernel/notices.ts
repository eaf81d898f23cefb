import type { TextAudience } from '../../core/texts/present.ts';
import type { TextChange } from '../../core/texts/vocabulary.ts';
import type { AppContext } from './context.ts';

/** What instances tell each other through the database after a commit. */
export type Notice =
  | { type: 'message'; roundId: string; channelId: string; messageId: string; seq: number }
  | { type: 'poll'; roundId: string; channelId: string; pollId: string }
  /** A message already sent changed (its permission narrowed, or it was relayed): resend its view. */
  | { type: 'message_updated'; roundId: string; channelId: string; messageId: string }
  /** Seats, members or the mediator team changed: audiences must be re-checked. */
  | { type: 'round'; roundId: string }
  /** A negotiating text changed; only its `audience` may learn of it (see texts/live.ts). */
  | { type: 'text'; textId: string; change: TextChange; audience: TextAudience }
  /** Something other than a message was committed: cached reads are stale. */
  | { type: 'changed' };

export const announce = (ctx: AppContext, notice: Notice) =>
  ctx.database.notify(JSON.stringify(notice));

export function parseNotice(payload: string): Notice | null {
  try {
    const n = JSON.parse(payload) as Notice;
    return n && ['message', 'message_updated', 'round', 'poll', 'changed', 'text'].includes(n.type)
      ? n
      : null;
  } catch {
    return null;
  }
}
