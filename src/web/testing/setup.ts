// Setup of the web project's component tests (vitest.config.ts), run before each test file.
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from '../shared/api/client.ts';

// happy-dom provides matchMedia, ResizeObserver, IntersectionObserver and scrollIntoView, which
// Mantine uses. It lacks the font loading API, which Mantine's autosizing Textarea listens to.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: Object.assign(new EventTarget(), { status: 'loaded', ready: Promise.resolve() }),
  });
}

// findBy… and waitFor wait up to 5 s instead of 1 s: the test machine is small and often busy.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // Each test stubs the API itself (testing/fetch.ts) and holds a CSRF token or not itself.
  vi.unstubAllGlobals();
  setCsrfToken(null);
  // Drafts are kept per tab; each test is a fresh tab.
  window.sessionStorage.clear();
});
