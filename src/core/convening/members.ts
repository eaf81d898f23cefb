import { DomainError } from '../errors.ts';

/** How long a head may take back a removal: long enough to undo a slip, too short to be a habit. */
export const RESTORE_WINDOW_MS = 60_000;

/** A removed member comes back only within the minute after the removal. */
export function checkRestorable(removedAt: Date, now: Date): void {
  if (now.getTime() - removedAt.getTime() > RESTORE_WINDOW_MS) {
    throw new DomainError(
      'invalid_transition',
      'This removal can no longer be undone; invite the member again.',
    );
  }
}
