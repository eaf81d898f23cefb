import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

describe('invitations', () => {
  const stack = sharedStack();

  it('a convener invites, the invitee declines publicly, and an observer reads the reason', async () => {
    const reason = `We stay away from this round (${Date.now()}).`;

    const convener = (await stack.newPage()).page;
    await signIn(convener, 'russia@parley.test');
    await openAstana(convener, 'Invitations');
    const rowsBefore = await convener
      .getByRole('row')
      .filter({ hasText: 'Other armed groups' })
      .count();
    await convener
      .getByRole('combobox', { name: 'Actor', exact: true })
      .selectOption({ label: 'Other armed groups' });
    await convener.getByLabel('Capacity', { exact: true }).selectOption('party');
    await convener.getByLabel('Representation level', { exact: true }).selectOption('delegation');
    await convener.getByRole('button', { name: 'Send invitation' }).click();
    const pendingRow = convener
      .getByRole('row')
      .filter({ hasText: 'Other armed groups' })
      .filter({ hasText: 'Pending' });
    await expectVisible(pendingRow);
    expect(await convener.getByRole('row').filter({ hasText: 'Other armed groups' }).count()).toBe(
      rowsBefore + 1,
    );
    await expectVisible(pendingRow.getByRole('button', { name: 'Withdraw' }));

    const invitee = (await stack.newPage()).page;
    await signIn(invitee, 'other-groups@parley.test');
    // Not seated yet, the invitee still finds the process it is invited into on its home page.
    await openAstana(invitee, 'Invitations');
    const inviteeRow = invitee
      .getByRole('row')
      .filter({ hasText: 'Other armed groups' })
      .filter({ hasText: 'Pending' });
    await expectVisible(inviteeRow.getByRole('button', { name: 'Accept', exact: true }));
    await inviteeRow.getByRole('button', { name: 'Decline', exact: true }).click();
    const dialog = invitee.getByRole('dialog', { name: 'Decline the invitation' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await dialog.getByLabel('Make the reason public').check();
    await dialog.getByRole('button', { name: 'Send decline' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const declined = invitee.getByRole('row').filter({ hasText: reason });
    await expectVisible(declined.getByText('Declined', { exact: true }));
    await expectVisible(declined.getByText('public', { exact: true }));

    const observer = (await stack.newPage()).page;
    await signIn(observer, 'observer@parley.test');
    await openAstana(observer, 'Invitations');
    const seen = observer.getByRole('row').filter({ hasText: reason });
    await expectVisible(seen);
    await expectVisible(seen.getByText('Declined', { exact: true }));
    // An observer gets no convener controls.
    expect(await observer.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);
    expect(await observer.getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
  });
});
