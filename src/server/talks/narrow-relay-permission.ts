import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/policy/index.ts';
import type { MessageView } from '../../core/talks/schemas.ts';
import { decideNarrowing } from '../../core/talks/messages.ts';
import { presentMessage } from '../../core/talks/present.ts';
import type { Channel, RoundShape } from '../../core/talks/types.ts';
import type { RelayPermission } from '../../core/vocabulary.ts';
import { attachmentRepo, talkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { channelOfMessage } from './message-channel.ts';

/** The sender (or its delegation's head) narrows a message's relay permission before it is relayed. */
export async function narrowRelayPermission(
  ctx: AppContext,
  principal: Principal,
  messageId: string,
  to: RelayPermission,
  preloaded?: { channel: Channel; shape: RoundShape },
): Promise<MessageView> {
  const found = preloaded ?? (await channelOfMessage(ctx, messageId));
  const { channel, shape } = found;
  const { message, changed } = await commit(
    ctx,
    principal.userId,
    channel.roundId,
    async (tx, record) => {
      const current = await talkRepo.findMessage(tx, messageId, { lock: 'update' });
      if (!current || current.channelId !== channel.id)
        throw new DomainError('not_found', 'Message not found');
      const headOf = principal.seats.filter((s) => s.role === 'head').map((s) => s.participantId);
      const narrowed = decideNarrowing(current, channel, { userId: principal.userId, headOf }, to);
      if (narrowed === null) return { message: current, changed: false };
      await talkRepo.setRelayPermission(tx, messageId, narrowed);
      await record(
        'message.narrowRelayPermission',
        { kind: 'channel', id: channel.id },
        { messageId, from: current.relayPermission, to: narrowed },
      );
      return { message: { ...current, relayPermission: narrowed }, changed: true };
    },
  );
  if (changed) {
    await announce(ctx, {
      type: 'message_updated',
      roundId: channel.roundId,
      channelId: channel.id,
      messageId,
    });
  }
  const files = await attachmentRepo.attachmentsOf(ctx.database.db, [messageId]);
  return presentMessage(
    message,
    channel,
    shape,
    { participantIds: principal.seats.map((s) => s.participantId) },
    files.get(messageId) ?? [],
  );
}
