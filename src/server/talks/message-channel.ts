import { DomainError } from '../../core/errors.ts';
import { talkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { loadChannel } from './sending.ts';

export async function channelOfMessage(ctx: AppContext, messageId: string) {
  const message = await talkRepo.findMessage(ctx.database.db, messageId);
  if (!message) throw new DomainError('not_found', 'Message not found');
  return loadChannel(ctx.database.db, message.channelId);
}
