// What other features may use of this one; everything else in this folder is its own business.
import type { Feature } from '../http/feature.ts';
import { textLanguageRoutes } from './routes/languages.ts';
import { textRoutes } from './routes/texts.ts';
import { textsScopes } from './scopes.ts';

export { TextWatches } from './live.ts';

export const texts: Feature = {
  name: 'texts',
  description: 'Negotiating texts: revisions, proposals, stances, adoption and language versions.',
  routes: [textRoutes, textLanguageRoutes],
  scopes: textsScopes,
};
