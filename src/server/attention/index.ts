import type { Feature } from '../http/feature.ts';
import { attentionRoutes } from './routes.ts';

export const attention: Feature = {
  name: 'attention',
  description: 'What needs the signed-in user across its rounds, for the home and round pages.',
  routes: [attentionRoutes],
  scopes: {},
};
