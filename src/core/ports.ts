// Time, identifiers and randomness enter the core only through these ports.
export interface Clock {
  now(): Date;
}
interface IdGenerator {
  next(): string;
}
export interface Ports {
  clock: Clock;
  ids: IdGenerator;
}

/** Deterministic ports for tests: a settable clock and counting ids. */
export function fixedPorts(
  start = new Date('2017-01-20T09:00:00Z'),
  prefix = 'id',
): Ports & {
  clock: Clock & { set(d: Date): void; advance(ms: number): void };
} {
  let current = start;
  let counter = 0;
  return {
    clock: {
      now: () => current,
      set: (d: Date) => {
        current = d;
      },
      advance: (ms: number) => {
        current = new Date(current.getTime() + ms);
      },
    },
    ids: { next: () => `${prefix}-${String(++counter).padStart(6, '0')}` },
  };
}
