import { TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../i18n/ar.ts';
import { apiError, ok, stubApi, type Reply } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { api } from '../api/client.ts';
import { FormModal } from './FormModal.tsx';

// A rename form of the kind the app opens from a row: the modal, its fields and what it sends.
interface Item {
  id: string;
  name: string;
}
const ITEM: Item = { id: 'it-1', name: 'Old name' };
const PATH = '/api/items/it-1';

function Rename({ onSuccess }: { onSuccess?: ((saved: Item) => void) | undefined }) {
  const [target, setTarget] = useState<Item | null>(null);
  return (
    <>
      <button type="button" onClick={() => setTarget(ITEM)}>
        Rename
      </button>
      <FormModal
        target={target}
        onClose={() => setTarget(null)}
        title={(item) => `Rename “${item.name}”`}
        initial={(item) => ({ name: item.name })}
        submitLabel="Save name"
        canSubmit={({ name }) => name.trim() !== ''}
        onSubmit={({ name }, item) => api.put<Item>(`/api/items/${item.id}`, { name })}
        onSuccess={onSuccess}
      >
        {({ name }, set) => (
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => set('name', e.currentTarget.value)}
            data-autofocus
          />
        )}
      </FormModal>
    </>
  );
}

async function setup({
  reply = ok({ ...ITEM, name: 'New name' }) as Reply | (() => Promise<Reply>),
  onSuccess = undefined as ((saved: Item) => void) | undefined,
  language = 'en' as 'en' | 'ar',
} = {}) {
  const stub = stubApi([{ method: 'PUT', path: PATH, reply }]);
  const rendered = await renderWithProviders(<Rename onSuccess={onSuccess} />, { language });
  return { stub, ...rendered };
}

async function open(user: Awaited<ReturnType<typeof setup>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Rename' }));
  return screen.findByRole('dialog', { name: 'Rename “Old name”' });
}

const nameField = (dialog: HTMLElement) =>
  within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Name' });
const saveButton = (dialog: HTMLElement) =>
  within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Save name' });
const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

describe('FormModal', () => {
  it('is closed until opened, then titled after its target with the fields filled in', async () => {
    const { user } = await setup();
    expect(screen.queryByRole('dialog')).toBeNull();
    const dialog = await open(user);
    expect(nameField(dialog).value).toBe('Old name');
    expect(saveButton(dialog).type).toBe('submit');
  });

  it('sends the values, then closes', async () => {
    const { user, stub } = await setup();
    const dialog = await open(user);
    await user.clear(nameField(dialog));
    await user.type(nameField(dialog), 'New name');
    await user.click(saveButton(dialog));
    await closed();
    expect(stub.requests).toEqual([
      expect.objectContaining({ method: 'PUT', path: PATH, body: { name: 'New name' } }),
    ]);
  });

  it('submits on Enter in a field', async () => {
    const { user, stub } = await setup();
    const dialog = await open(user);
    await user.type(nameField(dialog), ' again{Enter}');
    await closed();
    expect(stub.requests[0]?.body).toEqual({ name: 'Old name again' });
  });

  it('hands the result to the caller’s onSuccess, which decides about closing', async () => {
    const onSuccess = vi.fn();
    const { user } = await setup({ onSuccess });
    const dialog = await open(user);
    await user.click(saveButton(dialog));
    await waitFor(() =>
      expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ ...ITEM, name: 'New name' }),
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows a refusal from the server and stays open with the values', async () => {
    const { user } = await setup({ reply: apiError(403, 'forbidden') });
    const dialog = await open(user);
    await user.type(nameField(dialog), '!');
    await user.click(saveButton(dialog));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('You are not allowed to do this.');
    expect(
      alert.compareDocumentPosition(nameField(dialog)) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(nameField(dialog).value).toBe('Old name!');
    expect(saveButton(dialog).disabled).toBe(false);
  });

  it('closes on Cancel without sending, and opens again afresh', async () => {
    const { user, stub } = await setup({ reply: apiError(403, 'forbidden') });
    let dialog = await open(user);
    await user.clear(nameField(dialog));
    await user.type(nameField(dialog), 'Draft');
    await user.click(saveButton(dialog));
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await closed();
    expect(stub.requests).toHaveLength(1);

    dialog = await open(user);
    expect(nameField(dialog).value).toBe('Old name');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('cannot be submitted while the values are not ready', async () => {
    const { user, stub } = await setup();
    const dialog = await open(user);
    await user.clear(nameField(dialog));
    expect(saveButton(dialog).disabled).toBe(true);
    await user.click(saveButton(dialog));
    expect(stub.requests).toEqual([]);
  });

  it('disables the submit while the request is under way', async () => {
    let answer: (reply: Reply) => void = () => undefined;
    const held = new Promise<Reply>((resolve) => {
      answer = resolve;
    });
    const { user, stub } = await setup({ reply: () => held });
    const dialog = await open(user);
    await user.click(saveButton(dialog));
    await waitFor(() => expect(saveButton(dialog).disabled).toBe(true));
    await user.click(saveButton(dialog));
    expect(stub.requests).toHaveLength(1);
    answer(ok({ ...ITEM, name: 'Old name' }));
    await closed();
  });

  it('speaks Arabic', async () => {
    const { user } = await setup({ language: 'ar' });
    const dialog = await open(user);
    expect(within(dialog).getByRole('button', { name: ar.common.cancel })).toBeTruthy();
  });
});
