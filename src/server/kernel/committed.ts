import type { Message } from '../../core/talks/index.ts';

/** Enough for the notices in flight; older entries are read back from the database instead. */
const MAX_HELD = 1_000;

/**
 * Messages this instance has just committed, without attachments, so that its own live hub does
 * not read them back from the database when their notices arrive (other instances still do).
 */
export class CommittedMessages {
  private readonly held = new Map<string, Message>();

  hold(message: Message): void {
    this.held.set(message.id, message);
    if (this.held.size > MAX_HELD) this.held.delete(this.held.keys().next().value!);
  }

  take(messageId: string): Message | undefined {
    const message = this.held.get(messageId);
    this.held.delete(messageId);
    return message;
  }
}
