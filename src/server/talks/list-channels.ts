import { can, type Principal } from '../../core/policy/index.ts';
import { audienceOf, channelResource } from '../../core/talks/audience.ts';
import { listExcerpt, presentMessage } from '../../core/talks/present.ts';
import { channelClosure } from '../../core/talks/channels.ts';
import { talkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { shapeOf, viewerOf } from './sending.ts';

export async function listChannels(ctx: AppContext, principal: Principal, roundId: string) {
  const db = ctx.database.db;
  const shape = await shapeOf(db, roundId);
  const visible = (await talkRepo.channelsOf(db, roundId)).filter((c) =>
    can(principal, 'channel.read', channelResource(c, shape)),
  );
  const read = await talkRepo.readMarkersOf(
    db,
    principal.userId,
    visible.map((c) => c.id),
  );
  const last = await talkRepo.lastMessagesOf(
    db,
    visible.map((c) => c.id),
  );
  const now = ctx.ports.clock.now();
  return visible.map((c) => {
    const closure = channelClosure(c, shape, now);
    const resource = channelResource(c, shape);
    const latest = last.get(c.id);
    // The same presenter as the channel's messages: who wrote it shows only as the viewer may see it.
    const shown = latest && presentMessage(latest, c, shape, viewerOf(principal));
    return {
      id: c.id,
      kind: c.kind,
      ownerParticipantId: c.ownerParticipantId,
      sessionId: c.sessionId,
      listedParticipantIds: c.listedParticipantIds,
      audienceParticipantIds: audienceOf(c, shape),
      lastMessage: shown
        ? {
            seq: shown.seq,
            type: shown.type,
            createdAt: shown.createdAt,
            from: shown.from,
            excerpt: listExcerpt(shown.body),
          }
        : null,
      lastSeq: c.lastSeq,
      unread: Math.max(0, c.lastSeq - (read.get(c.id) ?? 0)),
      closure,
      canPost: closure === null && can(principal, 'message.post', resource),
      canRelay: c.kind === 'line' && can(principal, 'message.relay', resource),
    };
  });
}
