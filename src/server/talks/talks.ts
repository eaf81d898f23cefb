import { DomainError, notFound } from '../../core/errors.ts';
import { can, type Principal } from '../../core/policy/index.ts';
import { canonicalJson } from '../../core/record/chain.ts';
import type { MessageView } from '../../core/talks/schemas.ts';
import { channelResource, speakingSeat } from '../../core/talks/audience.ts';
import { channelClosure } from '../../core/talks/channels.ts';
import { checkOpen, decidePost, type PostInput } from '../../core/talks/messages.ts';
import { presentMessage } from '../../core/talks/present.ts';
import type { Channel, Message, RoundShape } from '../../core/talks/types.ts';
import { attachmentRepo, roundRepo, sha256, talkRepo, type Tx } from '../../db/index.ts';
import { checkAttachment } from '../../core/talks/files.ts';
import { createHash } from 'node:crypto';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { commit, recordDraft, writeBookkeeping } from '../kernel/unit-of-work.ts';

async function shapeOf(db: Tx, roundId: string): Promise<RoundShape> {
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

const viewerOf = (principal: Principal) => ({
  participantIds: principal.seats.map((s) => s.participantId),
});

async function sameChannel(tx: Tx, channelId: string, id: string | undefined, what: string) {
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

export async function readMessages(
  ctx: AppContext,
  principal: Principal,
  channelId: string,
  after: number,
  limit: number,
  preloaded?: { channel: Channel; shape: RoundShape },
) {
  const { channel, shape } = preloaded ?? (await loadChannel(ctx.database.db, channelId));
  // Read before the page: the page may only run ahead of it, never behind.
  const lastSeq = (await talkRepo.findChannel(ctx.database.db, channelId))?.lastSeq ?? 0;
  const list = await talkRepo.messagesAfter(ctx.database.db, channelId, after, limit);
  const files = await attachmentRepo.attachmentsOf(
    ctx.database.db,
    list.map((m) => m.id),
  );
  return {
    messages: list.map((m) =>
      presentMessage(m, channel, shape, viewerOf(principal), files.get(m.id) ?? []),
    ),
    lastSeq,
  };
}

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
  const now = ctx.ports.clock.now();
  return visible.map((c) => {
    const closure = channelClosure(c, shape, now);
    const resource = channelResource(c, shape);
    return {
      id: c.id,
      kind: c.kind,
      ownerParticipantId: c.ownerParticipantId,
      sessionId: c.sessionId,
      listedParticipantIds: c.listedParticipantIds,
      lastSeq: c.lastSeq,
      unread: Math.max(0, c.lastSeq - (read.get(c.id) ?? 0)),
      closure,
      canPost: closure === null && can(principal, 'message.post', resource),
      canRelay: c.kind === 'line' && can(principal, 'message.relay', resource),
    };
  });
}

export async function markRead(
  ctx: AppContext,
  principal: Principal,
  channelId: string,
  seq: number,
) {
  const { channel } = await loadChannel(ctx.database.db, channelId);
  await writeBookkeeping(ctx, (db) =>
    talkRepo.markRead(db, principal.userId, channelId, Math.min(seq, channel.lastSeq)),
  );
}
