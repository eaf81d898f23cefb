import { UAParser } from 'ua-parser-js';

/**
 * A sign-in's browser and system in words a person recognises ("Firefox", "Ubuntu"), read from
 * its user agent here rather than in the browser, so the client ships no parser and every API
 * caller gets the same names. Null where the string does not say.
 */
export function namedUserAgent(userAgent: string | null): {
  browser: string | null;
  system: string | null;
} {
  if (userAgent === null || userAgent.trim() === '') return { browser: null, system: null };
  const { browser, os } = UAParser(userAgent);
  return { browser: browser.name ?? null, system: os.name ?? null };
}
