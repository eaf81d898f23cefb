import type { Feature } from '../http/feature.ts';
import { archiveRoutes } from './routes.ts';

export const archives: Feature = {
  name: 'archives',
  description:
    'Per-delegation archives of a round that is over, verifiable offline against the record.',
  routes: [archiveRoutes],
  scopes: {},
};
