import { useEffect, useState } from 'react';

/**
 * The time now, moved on every `everyMs`: a page left open sees a session go from scheduled to in
 * progress to ended without a reload. A minute is as fine as the times a session is scheduled at.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
