// Dates in a round are shown in the round's own time zone (where the talks happen),
// and typed in that zone too; the API always carries UTC instants.

const partsFormatter = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** Milliseconds to add to a UTC instant to get the wall-clock time in `timeZone`. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - (instant - (instant % 1000));
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A wall-clock time typed in `timeZone` ("2017-01-23T10:00") to an ISO UTC instant, or null if unreadable.
 * Around a DST change the offset of the guess can differ from the offset of the answer; one correction settles it.
 */
export function localToUtcIso(local: string, timeZone: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
  );
  if (Number.isNaN(wall)) return null;
  try {
    const first = wall - zoneOffsetMs(wall, timeZone);
    const second = wall - zoneOffsetMs(first, timeZone);
    return new Date(second).toISOString();
  } catch {
    return null;
  }
}

/** An ISO instant as a `datetime-local` value in `timeZone`. */
export function utcToLocalInput(iso: string, timeZone: string): string {
  const t = Date.parse(iso);
  return new Date(t + zoneOffsetMs(t, timeZone)).toISOString().slice(0, 16);
}

export function formatInstant(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

function formatTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** Same-day sessions show the date once: "23 Jan 2017, 10:00 – 13:00". */
export function formatRange(startIso: string, endIso: string, locale: string, timeZone: string) {
  const start = formatInstant(startIso, locale, timeZone);
  const sameDay =
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(
      new Date(startIso),
    ) ===
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(endIso));
  const end = sameDay
    ? formatTime(endIso, locale, timeZone)
    : formatInstant(endIso, locale, timeZone);
  return { start, end };
}

/** "GMT+6" for a zone at a given instant. */
export function zoneLabel(timeZone: string, locale: string, iso?: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    timeZoneName: 'shortOffset',
  }).formatToParts(iso === undefined ? new Date() : new Date(iso));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** A calendar date ("2017-01-22") formatted without any zone shifting it to the day before. */
export function formatDay(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.trim() !== '';
  } catch {
    return false;
  }
}

/**
 * The locale for dates and times in a UI language. English uses British conventions
 * (day before month, 24-hour clock), the usual ones in multilateral diplomacy.
 */
export function dateLocale(language: string | undefined): string {
  return language === 'ar' ? 'ar' : 'en-GB';
}
