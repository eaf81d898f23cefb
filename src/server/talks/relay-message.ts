import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/policy/index.ts';
import type { MessageView } from '../../core/talks/schemas.ts';
import { decideRelay, type PostInput } from '../../core/talks/messages.ts';
import type { Channel } from '../../core/talks/types.ts';
import { talkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { speakingSeat } from '../../core/talks/audience.ts';
import { presentWithFiles, send, type Preloaded } from './sending.ts';

/**
 * A mediator passes a party's words on to another party's line, within what the source allowed.
 * The source is read under a share lock, so a narrowing committed meanwhile is either seen or
 * waits for this relay; the source is then marked relayed and its line told.
 */
export async function relayMessage(
  ctx: AppContext,
  principal: Principal,
  targetChannelId: string,
  input: {
    idempotencyKey: string;
    sourceMessageId: string;
    type: PostInput['type'];
    body: string;
    attribute: boolean;
  },
  preloaded?: Preloaded,
): Promise<MessageView> {
  let sourceChannel: Channel | undefined;
  const { message, channel, shape } = await send(
    ctx,
    principal,
    targetChannelId,
    input.idempotencyKey,
    async (tx, target, sh) => {
      const source = await talkRepo.findMessage(tx, input.sourceMessageId, { lock: 'share' });
      sourceChannel = source ? await talkRepo.findChannel(tx, source.channelId) : undefined;
      if (!source || !sourceChannel || sourceChannel.roundId !== target.roundId)
        throw new DomainError('not_found', 'Source message not found.');
      const mediator = speakingSeat(target, sh, principal);
      const { attributedTo } = decideRelay(
        target,
        { message: source, channel: sourceChannel },
        sh,
        mediator,
        input,
      );
      return {
        senderUserId: principal.userId,
        senderParticipantId: mediator,
        type: input.type,
        body: input.body,
        replyToId: null,
        correctionOfId: null,
        relayPermission: null,
        relaySourceId: source.id,
        relayAttributedTo: attributedTo,
      };
    },
    async (tx, relay) => {
      await talkRepo.markRelayed(tx, input.sourceMessageId, relay.createdAt);
      return 0;
    },
    preloaded,
  );
  if (sourceChannel) {
    // The sender's line learns that its words were passed on (its permission is now fixed).
    await announce(ctx, {
      type: 'message_updated',
      roundId: channel.roundId,
      channelId: sourceChannel.id,
      messageId: input.sourceMessageId,
    });
  }
  return presentWithFiles(ctx, message, channel, shape, principal, false);
}
