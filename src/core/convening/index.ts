// What other features may use of this one; everything else in this folder is its own business.
export { RoundView } from './schemas.ts';
export type { Actor, Participant, RoundAggregate, Session } from './types.ts';
