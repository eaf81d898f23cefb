import { DomainError, notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import { canonicalJson } from '../../core/record/chain.ts';
import { presentMessage } from '../../core/talks/present.ts';
import type { Channel, Message, RoundShape } from '../../core/talks/types.ts';
import { attachmentRepo, roundRepo, sha256, talkRepo, type Tx } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { recordDraft } from '../kernel/unit-of-work.ts';

export async function shapeOf(db: Tx, roundId: string): Promise<RoundShape> {
  const shape = await roundRepo.roundShape(db, roundId);
  if (!shape) throw notFound('Round');
  return shape;
}

/** The channel and round shape the authorization already read for this request. */
export type Preloaded = { channel: Channel; shape: RoundShape } | undefined;

export async function loadChannel(db: Tx, channelId: string) {
  const channel = await talkRepo.findChannel(db, channelId);
  if (!channel) throw notFound('Channel');
  return { channel, shape: await shapeOf(db, channel.roundId) };
}

export const viewerOf = (principal: Principal) => ({
  participantIds: principal.seats.map((s) => s.participantId),
});

export async function sameChannel(tx: Tx, channelId: string, id: string | undefined, what: string) {
  if (id === undefined) return null;
  const m = await talkRepo.findMessage(tx, id);
  if (!m || m.channelId !== channelId)
    throw new DomainError('validation_failed', `${what} is not a message of this channel.`);
  return id;
}

/** An acknowledged send is committed with its record event; a retried key returns the first message. */
export async function send(
  ctx: AppContext,
  principal: Principal,
  channelId: string,
  idempotencyKey: string,
  build: (
    tx: Tx,
    channel: Channel,
    shape: RoundShape,
    now: Date,
  ) => Promise<
    Omit<Message, 'id' | 'seq' | 'channelId' | 'createdAt' | 'idempotencyKey' | 'relayedAt'>
  >,
  /** Writes that need the message stored (binding its files, marking a relay's source); answers how many files it bound. */
  afterStored?: (tx: Tx, message: Message) => Promise<number>,
  preloaded?: Preloaded,
): Promise<{ message: Message; channel: Channel; shape: RoundShape }> {
  const { channel, shape } = preloaded ?? (await loadChannel(ctx.database.db, channelId));
  try {
    let filesBound = 0;
    const message = await ctx.kernel.messageLog.append({
      channelId,
      clock: ctx.ports.clock,
      prepare: async (tx, now) => ({
        ...(await build(tx, channel, shape, now)),
        id: ctx.ports.ids.next(),
        channelId,
        idempotencyKey,
        createdAt: now,
        relayedAt: null,
      }),
      // Words are confidential: the record keeps their digest, never the text.
      record: (message) => [
        recordDraft(
          message.createdAt,
          principal.userId,
          channel.roundId,
          message.relaySourceId ? 'message.relay' : 'message.post',
          { kind: 'channel', id: channelId },
          {
            messageId: message.id,
            seq: message.seq,
            digest: sha256(canonicalJson({ body: message.body, type: message.type })),
          },
        ),
      ],
      attach:
        afterStored &&
        (async (tx, message) => {
          filesBound = await afterStored(tx, message);
        }),
    });
    if (filesBound === 0) ctx.kernel.committed.hold(message);
    await announce(ctx, {
      type: 'message',
      roundId: channel.roundId,
      channelId,
      messageId: message.id,
      seq: message.seq,
    });
    return { message, channel, shape };
  } catch (e) {
    // A retry (or two concurrent ones) meets the unique key of the first send and returns it.
    const first = await talkRepo.findByIdempotencyKey(
      ctx.database.db,
      principal.userId,
      idempotencyKey,
    );
    if (!first) throw e;
    if (first.channelId !== channelId)
      throw new DomainError('conflict', 'This idempotency key was used for another channel.');
    return { message: first, channel, shape };
  }
}

export async function presentWithFiles(
  ctx: AppContext,
  message: Message,
  channel: Channel,
  shape: RoundShape,
  principal: Principal,
  withFiles: boolean,
) {
  if (!withFiles) return presentMessage(message, channel, shape, viewerOf(principal));
  const files = await attachmentRepo.attachmentsOf(ctx.database.db, [message.id]);
  return presentMessage(message, channel, shape, viewerOf(principal), files.get(message.id) ?? []);
}
