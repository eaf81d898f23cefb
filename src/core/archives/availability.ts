import { invalidTransition } from '../errors.ts';

/** The calendar date (YYYY-MM-DD) at `now` where the round meets. */
const dateIn = (timeZone: string, now: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/**
 * Archives open once the round's last day is over where it met. Before that, downloading one
 * again and again would show the record growing, and so when the other delegations are busy.
 */
export function assertArchiveOpen(round: { endsOn: string; timeZone: string }, now: Date) {
  if (dateIn(round.timeZone, now) <= round.endsOn)
    throw invalidTransition(
      `The round's archives open once it is over, after ${round.endsOn} (${round.timeZone}).`,
      { opensAfter: round.endsOn },
    );
}
