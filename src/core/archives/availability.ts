import { invalidTransition } from '../errors.ts';
import { calendarDate } from '../calendar.ts';

interface RoundDates {
  endsOn: string;
  timeZone: string;
}

/**
 * Archives open once the round's last day is over where it met. Before that, downloading one
 * again and again would show the record growing, and so when the other delegations are busy.
 */
export const archiveIsOpen = (round: RoundDates, now: Date) =>
  calendarDate(now, round.timeZone) > round.endsOn;

export function assertArchiveOpen(round: RoundDates, now: Date) {
  if (!archiveIsOpen(round, now))
    throw invalidTransition(
      `The round's archives open once it is over, after ${round.endsOn} (${round.timeZone}).`,
      { opensAfter: round.endsOn },
    );
}
