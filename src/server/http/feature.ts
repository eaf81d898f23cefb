import type { RoutePlugin } from './route-types.ts';
import type { ScopeFinders } from './scopes.ts';

/** What a feature hands the app: its routes, and how to find the resources of its scopes. */
export interface Feature {
  /** Also the tag of its operations in the API document. */
  name: string;
  /** The tag's description in the API document; a feature without one tags nothing of its own. */
  description?: string;
  routes: readonly RoutePlugin[];
  scopes: ScopeFinders;
}

/** All features' finders in one table; a scope kind claimed twice is a programming error. */
export function scopeFindersOf(features: readonly Feature[]): ScopeFinders {
  const finders: Record<string, ScopeFinders[string]> = {};
  for (const feature of features) {
    for (const [kind, finder] of Object.entries(feature.scopes)) {
      if (finders[kind]) throw new Error(`scope ${kind} registered twice (${feature.name})`);
      finders[kind] = finder;
    }
  }
  return finders;
}
