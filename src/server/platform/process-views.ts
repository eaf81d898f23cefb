import type { RoundSummary } from '../../core/platform/process-schemas.ts';
import { type processRepo as P } from '../../db/index.ts';

export const roundSummary = (r: P.RoundRow): RoundSummary => ({
  id: r.id,
  title: r.title,
  venue: r.venue,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  timeZone: r.timeZone,
});

export type User = { userId: string; isOperator: boolean };
