import { DomainError } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import type { MessageView } from '../../core/talks/schemas.ts';
import { speakingSeat } from '../../core/talks/audience.ts';
import { decidePost, type PostInput } from '../../core/talks/messages.ts';
import { attachmentRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { presentWithFiles, sameChannel, send, type Preloaded } from './sending.ts';

export async function postMessage(
  ctx: AppContext,
  principal: Principal,
  channelId: string,
  input: PostInput & {
    idempotencyKey: string;
    replyToId?: string | undefined;
    correctionOfId?: string | undefined;
    attachmentIds?: string[] | undefined;
  },
  preloaded?: Preloaded,
): Promise<MessageView> {
  const { message, channel, shape } = await send(
    ctx,
    principal,
    channelId,
    input.idempotencyKey,
    async (tx, ch, sh, now) => {
      const sender = speakingSeat(ch, sh, principal);
      const { relayPermission } = decidePost(ch, sh, sender, input, now);
      return {
        senderUserId: principal.userId,
        senderParticipantId: sender,
        type: input.type,
        body: input.body,
        replyToId: await sameChannel(tx, ch.id, input.replyToId, 'The message replied to'),
        correctionOfId: await sameChannel(tx, ch.id, input.correctionOfId, 'The corrected message'),
        relayPermission,
        relaySourceId: null,
        relayAttributedTo: null,
      };
    },
    async (tx, message) => {
      const ids = [...new Set(input.attachmentIds ?? [])];
      const bound = await attachmentRepo.bindToMessage(
        tx,
        ids,
        channelId,
        principal.userId,
        message.id,
      );
      if (bound !== ids.length) {
        throw new DomainError(
          'validation_failed',
          'Attach only files you uploaded to this channel and have not sent yet.',
        );
      }
      return bound;
    },
    preloaded,
  );
  return presentWithFiles(
    ctx,
    message,
    channel,
    shape,
    principal,
    (input.attachmentIds ?? []).length > 0,
  );
}
