import { accountRoutes } from './accounts/index.ts';
import { actorRoutes } from './actors/index.ts';
import { agendaRoutes } from './agenda/index.ts';
import { authRoutes } from './auth/index.ts';
import { channelRoutes } from './channels/index.ts';
import { delegationRoutes } from './delegations/index.ts';
import { documentRoutes } from './documents/index.ts';
import { documentLanguageRoutes } from './document-languages/index.ts';
import { healthRoutes } from './health/index.ts';
import { invitationRoutes } from './invitations/index.ts';
import { processRoutes } from './processes/index.ts';
import { recordRoutes } from './record/index.ts';
import { roundRoutes } from './rounds/index.ts';
import { sessionRoutes } from './sessions/index.ts';
import type { RoutePlugin } from './types.ts';

export const ROUTES: RoutePlugin[] = [
  healthRoutes,
  authRoutes,
  accountRoutes,
  actorRoutes,
  processRoutes,
  roundRoutes,
  invitationRoutes,
  sessionRoutes,
  agendaRoutes,
  delegationRoutes,
  recordRoutes,
  channelRoutes,
  documentRoutes,
  documentLanguageRoutes,
];
