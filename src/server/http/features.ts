import { archives } from '../archives/index.ts';
import { attention } from '../attention/index.ts';
import { convening } from '../convening/index.ts';
import { platform } from '../platform/index.ts';
import { record } from '../record/index.ts';
import { talks } from '../talks/index.ts';
import { texts } from '../texts/index.ts';
import type { Feature } from './feature.ts';
import { healthRoutes } from './health.ts';

/** Every feature the app serves, in the order their routes register. */
export const FEATURES: readonly Feature[] = [
  { name: 'health', routes: [healthRoutes], scopes: {} },
  platform,
  convening,
  record,
  talks,
  texts,
  archives,
  attention,
];
