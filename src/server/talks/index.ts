// What other features may use of this one; everything else in this folder is its own business.
export { fitChannelsToRound } from './fit-channels-to-round.ts';
import type { Feature } from '../http/feature.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { channelRoutes } from './routes/channels.ts';
import { pollRoutes } from './routes/polls.ts';
import { talksScopes } from './scopes.ts';

export const talks: Feature = {
  name: 'talks',
  description:
    'Channels, messages, relays across proximity lines, files and caucus polls. Live delivery: /api/asyncapi.json.',
  routes: [channelRoutes, pollRoutes, attachmentRoutes],
  scopes: talksScopes,
};
