import type { Message } from '../../core/talks/types.ts';
import type { Database } from '../../db/index.ts';
import type { AppContext } from './context.ts';

/** Enough for the notices in flight; older entries are read back from the database instead. */
const MAX_HELD = 1_000;

const held = new WeakMap<Database, Map<string, Message>>();

function heldFor(ctx: AppContext) {
  let map = held.get(ctx.database);
  if (!map) held.set(ctx.database, (map = new Map()));
  return map;
}

/**
 * A message this instance has just committed, without attachments, so that its own live hub does
 * not read it back from the database when the notice arrives (other instances still do).
 */
export function holdCommitted(ctx: AppContext, message: Message): void {
  const map = heldFor(ctx);
  map.set(message.id, message);
  if (map.size > MAX_HELD) map.delete(map.keys().next().value!);
}

export function takeCommitted(ctx: AppContext, messageId: string): Message | undefined {
  const map = heldFor(ctx);
  const message = map.get(messageId);
  map.delete(messageId);
  return message;
}
