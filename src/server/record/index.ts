import type { Feature } from '../http/feature.ts';
import { recordRoutes } from './routes.ts';

export const record: Feature = {
  name: 'record',
  description: 'The tamper-evident record of every change.',
  routes: [recordRoutes],
  scopes: {},
};
