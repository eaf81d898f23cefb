import { useRef } from 'react';
import { newIdempotencyKey } from './model.ts';

/**
 * The idempotency key of the last attempt to send, kept while the same thing is sent again (so a
 * retry never makes a duplicate) and renewed as soon as what is sent changes.
 */
export function useAttemptKey() {
  const attempt = useRef<{ key: string; fingerprint: string } | null>(null);
  return {
    keyFor: (fingerprint: string): string => {
      if (attempt.current?.fingerprint !== fingerprint) {
        attempt.current = { key: newIdempotencyKey(), fingerprint };
      }
      return attempt.current.key;
    },
    clear: () => {
      attempt.current = null;
    },
  };
}
