import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

// Poor networks: the live badge tells the truth as soon as the browser knows the network is gone.
describe('the live badge', () => {
  const stack = sharedStack();

  it('says Offline within 3 seconds of losing the network, and Live again once it is back', async () => {
    const { context, page } = await stack.newPage();
    await signIn(page, 'government@parley.test');
    await openAstana(page, 'Talks');
    const badge = page
      .getByRole('status')
      .filter({ hasText: /^(Live|Offline|Reconnecting…|Connecting…)$/ });
    await expectVisible(badge.getByText('Live', { exact: true }));
    await context.setOffline(true);
    await badge.getByText('Offline', { exact: true }).waitFor({ timeout: 3000 });
    await context.setOffline(false);
    await expectVisible(badge.getByText('Live', { exact: true }));
    expect(await badge.textContent()).toBe('Live');
  });
});
