import type { Capacity } from '../vocabulary.ts';

/**
 * Who may run a round's proximity lines: its mediators and, as at Astana, its sponsors. Parties
 * are the ones the lines keep apart, and observers only watch.
 */
const MEDIATOR_TEAM_CAPACITIES: readonly Capacity[] = ['mediator', 'sponsor'];

export const mayJoinMediatorTeam = (capacity: Capacity): boolean =>
  MEDIATOR_TEAM_CAPACITIES.includes(capacity);
