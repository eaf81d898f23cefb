import { channelsToOpen, formatClosures } from '../../core/talks/channels.ts';
import { roundRepo, talkRepo, type Tx } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import type { Recorder } from '../kernel/unit-of-work.ts';

/**
 * Fits the round's channels to its current shape, in the caller's transaction: opens the channels
 * it calls for, closes the session channels of a format no longer in force, and reopens one whose
 * format is in force again. Called by every use case that seats a participant or schedules or
 * reshapes a session.
 */
export async function fitChannelsToRound(
  ctx: AppContext,
  tx: Tx,
  record: Recorder,
  roundId: string,
  now: Date,
) {
  const agg = await roundRepo.loadRoundAggregate(tx, roundId);
  if (!agg) return;
  const existing = await talkRepo.channelsOf(tx, roundId);
  const { close, reopen } = formatClosures(agg, existing, now);
  for (const { id, closure } of close) {
    await talkRepo.setClosure(tx, id, closure);
    await record('channel.close', { kind: 'channel', id }, { ...closure });
  }
  for (const id of reopen) {
    await talkRepo.setClosure(tx, id, null);
    await record('channel.reopen', { kind: 'channel', id }, {});
  }
  const fresh = channelsToOpen(agg, existing, () => ctx.ports.ids.next());
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
