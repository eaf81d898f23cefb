import { randomUUID } from 'node:crypto';
import type { Ports } from '../../core/ports.ts';
import type { AppContext } from '../kernel/context.ts';

/** Local Astana time (UTC+6 in January 2017) to an ISO instant. */
export const astana = (day: number, hour: number, minute = 0) =>
  new Date(Date.UTC(2017, 0, day, hour - 6, minute)).toISOString();

/** The demo's context on its own clock, and `at` to move that clock to an instant. */
export interface Stage {
  ctx: AppContext;
  at: (iso: string) => void;
}

/** The clock starts on 5 January 2017, when the process is set up. */
export function demoStage(base: AppContext): Stage {
  let now = new Date(astana(5, 10));
  const ports: Ports = { clock: { now: () => now }, ids: base.ports.ids ?? { next: randomUUID } };
  return {
    ctx: { ...base, ports },
    at: (iso: string) => {
      now = new Date(iso);
    },
  };
}
