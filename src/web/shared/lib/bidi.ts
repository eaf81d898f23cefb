/**
 * Wraps user text interpolated into a translated sentence in Unicode first-strong isolates,
 * so an Arabic name inside an English sentence (or the reverse) cannot reorder its neighbours.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
