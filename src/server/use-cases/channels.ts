import { channelsToOpen } from '../../core/talks/channels.ts';
import { roundRepo, talkRepo, type Tx } from '../../db/index.ts';
import type { AppContext } from '../context.ts';
import type { Recorder } from './unit-of-work.ts';

/**
 * Opens the channels the round's current shape calls for, in the caller's transaction. Called by
 * every use case that seats a participant or schedules or reshapes a session.
 */
export async function openChannels(
  ctx: AppContext,
  tx: Tx,
  record: Recorder,
  roundId: string,
  now: Date,
) {
  const agg = await roundRepo.loadRoundAggregate(tx, roundId);
  if (!agg) return;
  const fresh = channelsToOpen(agg, await talkRepo.channelsOf(tx, roundId), () =>
    ctx.ports.ids.next(),
  );
  await talkRepo.insertChannels(tx, fresh, now);
  for (const c of fresh) {
    await record(
      'channel.open',
      { kind: 'channel', id: c.id },
      {
        kind: c.kind,
        ownerParticipantId: c.ownerParticipantId,
        sessionId: c.sessionId,
        listedParticipantIds: c.listedParticipantIds,
      },
    );
  }
}
