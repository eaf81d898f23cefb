import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

describe('delegation', () => {
  const stack = sharedStack();

  it('a head invites a member by link; the member joins; the head removes them', async () => {
    const head = (await stack.newPage()).page;
    await signIn(head, 'opposition@parley.test');
    await openAstana(head, 'Participants');
    const card = head.getByRole('article', { name: 'Syrian armed opposition' });
    await card.getByText('Member groups (14)').click();
    await card.getByRole('button', { name: 'Add a member' }).click();
    await card.getByLabel('Email').fill('legal@opposition.test');
    await card.getByLabel('Display name').fill('Legal adviser, opposition delegation');
    await card.getByRole('combobox', { name: 'Role' }).selectOption('legal');
    await card.getByRole('button', { name: 'Create invite link' }).click();
    const link = await card.getByLabel('Invite link').textContent();
    expect(link).toContain('/join/');

    const member = (await stack.newPage()).page;
    await member.goto(new URL(link ?? '').pathname);
    await expectVisible(member.getByRole('heading', { level: 1, name: 'Join a delegation' }));
    await expectVisible(member.getByText(/Syrian armed opposition/));
    await member.getByLabel('Password').fill('short');
    await member.getByRole('button', { name: 'Join the delegation' }).click();
    await expectVisible(member.getByText('The password must have at least 10 characters.'));
    await member.getByLabel('Password').fill('a long enough password');
    await member.getByRole('button', { name: 'Join the delegation' }).click();
    await expectVisible(member.getByRole('heading', { level: 1, name: 'Negotiation processes' }));
    await openAstana(member, 'Participants');
    await expectVisible(
      member
        .getByRole('article', { name: 'Syrian armed opposition' })
        .getByText('Legal adviser, opposition delegation'),
    );

    await head.reload();
    const remove = head.getByRole('button', {
      name: 'Remove Legal adviser, opposition delegation from the delegation',
    });
    await remove.click();
    const dialog = head.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await remove.waitFor({ state: 'detached' });
    expect(
      await card.getByRole('listitem').getByText('Legal adviser, opposition delegation').count(),
    ).toBe(0);

    // A slip is taken back within the minute: the member returns, with the same role.
    await card
      .getByRole('button', { name: 'Undo the removal of Legal adviser, opposition delegation' })
      .click();
    await expectVisible(remove);
    await remove.click();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await remove.waitFor({ state: 'detached' });
  });
});
