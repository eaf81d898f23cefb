// What other features may use of this one; everything else in this folder is its own business.
export { roundViewFor } from './present-round.ts';
export { createRound } from './create-round.ts';
import type { Feature } from '../http/feature.ts';
import { agendaRoutes } from './routes/agenda.ts';
import { delegationRoutes } from './routes/delegations.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { roundRoutes } from './routes/rounds.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { conveningScopes } from './scopes.ts';

export const convening: Feature = {
  name: 'convening',
  description: 'Rounds, invitations, sessions, the agenda and the delegations seated in a round.',
  routes: [roundRoutes, invitationRoutes, sessionRoutes, agendaRoutes, delegationRoutes],
  scopes: conveningScopes,
};
