import { describe, expect, it } from 'vitest';
import { formatDay, localToUtcIso, utcToLocalInput, zoneOffsetMs } from './time.ts';

describe('round time zone conversions', () => {
  it('reads a wall-clock time in Asia/Almaty (UTC+6 in 2017) as UTC', () => {
    expect(localToUtcIso('2017-01-23T10:00', 'Asia/Almaty')).toBe('2017-01-23T04:00:00.000Z');
  });

  it('handles a date change across the offset', () => {
    expect(localToUtcIso('2017-01-23T03:30', 'Asia/Almaty')).toBe('2017-01-22T21:30:00.000Z');
    expect(localToUtcIso('2017-01-23T03:30', 'America/New_York')).toBe('2017-01-23T08:30:00.000Z');
  });

  it('uses the offset in force on that date (summer time)', () => {
    expect(localToUtcIso('2017-07-01T12:00', 'Europe/Berlin')).toBe('2017-07-01T10:00:00.000Z');
    expect(localToUtcIso('2017-01-01T12:00', 'Europe/Berlin')).toBe('2017-01-01T11:00:00.000Z');
  });

  it('round-trips through the datetime-local value', () => {
    const iso = '2030-03-31T06:15:00.000Z';
    for (const tz of [
      'Asia/Almaty',
      'Europe/Berlin',
      'America/Los_Angeles',
      'UTC',
      'Asia/Kolkata',
    ]) {
      expect(localToUtcIso(utcToLocalInput(iso, tz), tz)).toBe(iso);
    }
  });

  it('rejects unreadable input and unknown zones', () => {
    expect(localToUtcIso('yesterday', 'UTC')).toBeNull();
    expect(localToUtcIso('2017-01-23T10:00', 'Mars/Olympus')).toBeNull();
  });

  it('computes offsets', () => {
    expect(zoneOffsetMs(Date.parse('2017-01-23T04:00:00Z'), 'Asia/Almaty')).toBe(6 * 3600_000);
  });

  it('does not shift calendar days', () => {
    expect(formatDay('2017-01-22', 'en-GB')).toBe('22 Jan 2017');
  });
});
