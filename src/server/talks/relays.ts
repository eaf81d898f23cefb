import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/policy/index.ts';
import type { MessageView } from '../../core/talks/schemas.ts';
import { decideNarrowing, decideRelay, type PostInput } from '../../core/talks/messages.ts';
import { presentMessage } from '../../core/talks/present.ts';
import type { Channel, RoundShape } from '../../core/talks/types.ts';
import type { RelayPermission } from '../../core/vocabulary.ts';
import { attachmentRepo, talkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { speakingSeat } from '../../core/talks/audience.ts';
import { loadChannel, presentWithFiles, send, type Preloaded } from './talks.ts';
import { commit } from '../kernel/unit-of-work.ts';

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

async function channelOfMessage(ctx: AppContext, messageId: string) {
  const message = await talkRepo.findMessage(ctx.database.db, messageId);
  if (!message) throw new DomainError('not_found', 'Message not found');
  return loadChannel(ctx.database.db, message.channelId);
}
