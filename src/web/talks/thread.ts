// Pure helpers for laying out a channel like a messenger: days, runs of one sender, the first unread.
import { calendarDate } from '../../core/calendar.ts';
import type { MessageView } from '../shared/api/types.ts';

/** Consecutive messages of one sender within this long of each other share one header. */
const RUN_GAP_MS = 5 * 60_000;

export type ThreadItem =
  | { kind: 'day'; day: string; key: string }
  | { kind: 'unread'; key: string }
  | { kind: 'message'; message: MessageView; continues: boolean; key: string };

/** The calendar day of an instant where the round meets, as YYYY-MM-DD. */
export const dayOf = (iso: string, timeZone: string): string => calendarDate(iso, timeZone);

const senderKey = (m: MessageView) =>
  m.from.kind === 'mediators' ? 'mediators' : `${m.from.participantId}/${m.from.userId}`;

/**
 * The thread as it is drawn: a separator at each new day, the "new messages" line before the first
 * unread one, and each message marked as continuing its sender's run (no repeated header).
 */
export function threadOf(
  messages: readonly MessageView[],
  timeZone: string,
  firstUnreadSeq: number | null,
): ThreadItem[] {
  const items: ThreadItem[] = [];
  let previous: MessageView | undefined;
  for (const m of messages) {
    const day = dayOf(m.createdAt, timeZone);
    const newDay = !previous || dayOf(previous.createdAt, timeZone) !== day;
    if (newDay) items.push({ kind: 'day', day, key: `day-${day}` });
    const unreadStarts = firstUnreadSeq !== null && m.seq === firstUnreadSeq;
    if (unreadStarts) items.push({ kind: 'unread', key: 'unread' });
    const continues =
      !newDay &&
      !unreadStarts &&
      previous !== undefined &&
      senderKey(previous) === senderKey(m) &&
      Date.parse(m.createdAt) - Date.parse(previous.createdAt) <= RUN_GAP_MS &&
      m.replyToId === null &&
      m.correctionOfId === null;
    items.push({ kind: 'message', message: m, continues, key: m.id });
    previous = m;
  }
  return items;
}

/** Where unread messages begin when a channel opens: null when everything was read. */
export function firstUnreadSeq(lastSeq: number, unread: number): number | null {
  return unread > 0 ? lastSeq - unread + 1 : null;
}
