import type { Feature } from '../http/feature.ts';
import { recordRoutes } from './routes.ts';

export const record: Feature = { name: 'record', routes: [recordRoutes], scopes: {} };
