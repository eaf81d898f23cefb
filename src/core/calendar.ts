/** The calendar date (YYYY-MM-DD) of an instant in a time zone: where a round meets, not UTC. */
export const calendarDate = (instant: Date | string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
