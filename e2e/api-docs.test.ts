import { describe, expect, it } from 'vitest';
import { sharedStack } from './harness.ts';

describe('API reference page', () => {
  const stack = sharedStack();

  it('renders the OpenAPI document under the content security policy, fetching nothing off-site', async () => {
    const { page } = await stack.newPage();
    const offSite: string[] = [];
    const blocked: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(stack.url)) offSite.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('Content Security Policy'))
        blocked.push(m.text());
    });
    await page.goto('/api/docs/');
    await page.getByRole('heading', { name: 'Parley API' }).waitFor();
    await page.getByText('/api/health').first().waitFor();
    expect(blocked).toEqual([]);
    expect(offSite.filter((u) => !u.startsWith('data:'))).toEqual([]);
  });
});
