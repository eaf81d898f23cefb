import { type Principal } from '../../core/policy/index.ts';
import { speakingSeat } from '../../core/talks/audience.ts';
import { checkOpen } from '../../core/talks/messages.ts';
import { attachmentRepo } from '../../db/index.ts';
import { checkAttachment } from '../../core/talks/files.ts';
import { createHash } from 'node:crypto';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { loadChannel } from './sending.ts';

/** Stores an upload for a message still to be sent; its type is taken from its content. */
export async function uploadAttachment(
  ctx: AppContext,
  principal: Principal,
  channelId: string,
  file: { bytes: Buffer; declaredType: string; filename: string },
) {
  const mediaType = checkAttachment(file.bytes, file.declaredType);
  const { channel, shape } = await loadChannel(ctx.database.db, channelId);
  speakingSeat(channel, shape, principal);
  checkOpen(channel, shape, ctx.ports.clock.now());
  const id = ctx.ports.ids.next();
  const digest = createHash('sha256').update(file.bytes).digest('hex');
  await commit(ctx, principal.userId, channel.roundId, async (tx, record, now) => {
    await attachmentRepo.insertAttachment(tx, {
      id,
      channelId,
      messageId: null,
      uploadedBy: principal.userId,
      filename: file.filename,
      mediaType,
      size: file.bytes.length,
      sha256: digest,
      content: file.bytes,
      uploadedAt: now,
    });
    await record(
      'attachment.upload',
      { kind: 'channel', id: channelId },
      { attachmentId: id, sha256: digest, size: file.bytes.length },
    );
  });
  return { id, filename: file.filename, mediaType, size: file.bytes.length, sha256: digest };
}
