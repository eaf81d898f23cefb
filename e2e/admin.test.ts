import { describe, it } from 'vitest';
import { expectVisible, signIn, sharedStack } from './harness.ts';

describe('administration', () => {
  const stack = sharedStack();

  it('the operator sets up a process and a convener, who creates a round', async () => {
    const operator = (await stack.newPage()).page;
    await signIn(operator, 'operator@parley.test');

    const tab = (name: string) => operator.getByRole('tab', { name }).click();
    await tab('Actors');
    const actorForm = operator
      .locator('form')
      .filter({ has: operator.getByRole('heading', { name: 'Create an actor' }) });
    await actorForm.getByLabel('Actor name').fill('United Nations (Geneva office)');
    await actorForm
      .getByRole('combobox', { name: 'Kind' })
      .selectOption('intergovernmental_organisation');
    await actorForm.getByRole('button', { name: 'Create actor' }).click();
    await expectVisible(actorForm.getByRole('status'));
    // The new actor is in the list beside the form, found by searching.
    await operator.getByRole('searchbox', { name: 'Search actors by name' }).fill('geneva office');
    await expectVisible(
      operator.getByRole('button', { name: 'Rename United Nations (Geneva office)' }),
    );

    await tab('Accounts');

    const accountForm = operator
      .locator('form')
      .filter({ has: operator.getByRole('heading', { name: 'Create an account' }) });
    await accountForm.getByLabel('Email').fill('geneva@parley.test');
    await accountForm.getByLabel('Display name').fill('UN Geneva convener');
    await accountForm.getByLabel('Initial password').fill('geneva-2017-convener');
    await accountForm
      .getByRole('combobox', { name: 'Focal point for actor (optional)' })
      .selectOption({ label: 'United Nations (Geneva office)' });
    await accountForm.getByRole('button', { name: 'Create account' }).click();
    await expectVisible(accountForm.getByText('Account created: geneva@parley.test'));

    await tab('Processes');

    const processForm = operator
      .locator('form')
      .filter({ has: operator.getByRole('heading', { name: 'Create a process' }) });
    await processForm.getByLabel('Process title').fill('Syria — Geneva talks');
    await processForm.getByRole('button', { name: 'Create process' }).click();
    await expectVisible(operator.getByRole('link', { name: 'Syria — Geneva talks' }).first());

    await tab('Conveners');

    const appointForm = operator
      .locator('form')
      .filter({ has: operator.getByRole('heading', { name: 'Appoint a convener' }) });
    await appointForm
      .getByRole('combobox', { name: 'Process' })
      .selectOption({ label: 'Syria — Geneva talks' });
    await appointForm
      .getByRole('combobox', { name: 'User' })
      .selectOption({ label: 'UN Geneva convener <geneva@parley.test>' });
    await appointForm
      .getByRole('combobox', { name: 'On behalf of actor' })
      .selectOption({ label: 'United Nations (Geneva office)' });
    await appointForm.getByRole('button', { name: 'Appoint convener' }).click();
    await expectVisible(appointForm.getByRole('status'));

    const convener = (await stack.newPage()).page;
    await signIn(convener, 'geneva@parley.test', 'geneva-2017-convener');
    await convener.getByRole('link', { name: 'Syria — Geneva talks' }).click();
    await convener.getByRole('heading', { level: 2, name: 'Create a round' }).waitFor();
    await convener.getByLabel('Round title').fill('Geneva IV');
    await convener.getByLabel('Venue').fill('Geneva');
    await convener.getByLabel('First day').fill('2017-02-23');
    await convener.getByLabel('Last day').fill('2017-03-03');
    await convener.getByLabel('Time zone').fill('Europe/Zurich');
    await convener.getByRole('button', { name: 'Create round' }).click();
    await expectVisible(convener.getByRole('heading', { level: 1, name: 'Geneva IV' }));
    await expectVisible(convener.getByText(/Europe\/Zurich/));
  });
});
