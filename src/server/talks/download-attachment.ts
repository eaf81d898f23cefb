import { notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import { attachmentRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

/** A file, to members of its channel's audience once sent, and to its uploader before. */
export async function downloadAttachment(
  ctx: AppContext,
  principal: Principal,
  attachmentId: string,
) {
  const file = await attachmentRepo.findAttachment(ctx.database.db, attachmentId);
  if (!file || (file.messageId === null && file.uploadedBy !== principal.userId))
    throw notFound('Attachment');
  return file;
}
