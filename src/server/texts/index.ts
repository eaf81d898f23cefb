// What other features may use of this one; everything else in this folder is its own business.
import type { Feature } from '../http/feature.ts';
import { documentLanguageRoutes } from './routes/languages.ts';
import { documentRoutes } from './routes/texts.ts';
import { textsScopes } from './scopes.ts';

export { DocumentWatches } from './live.ts';

export const texts: Feature = {
  name: 'texts',
  routes: [documentRoutes, documentLanguageRoutes],
  scopes: textsScopes,
};
