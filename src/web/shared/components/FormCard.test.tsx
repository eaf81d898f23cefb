import { NativeSelect, TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../i18n/ar.ts';
import { apiError, ok, stubApi, type Reply } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { api } from '../api/client.ts';
import { FormCard } from './FormCard.tsx';

// A create form of the kind the app shows in a card: a name that starts afresh, a kind that stays.
interface Item {
  id: string;
  name: string;
  kind: string;
}
const PATH = '/api/items';
const CREATED: Item = { id: 'it-1', name: 'Ceasefire', kind: 'track' };

interface Options {
  region?: boolean;
  onCancel?: () => void;
  onSuccess?: (item: Item) => void;
}

function CreateItem({ region, onCancel, onSuccess }: Options) {
  return (
    <FormCard
      title="Create an item"
      region={region}
      initial={() => ({ name: '', kind: 'topic' })}
      submitLabel="Create item"
      canSubmit={({ name }) => name !== '!'}
      onSubmit={(values) => (values.name === '?' ? undefined : api.post<Item>(PATH, values))}
      reset={['name']}
      success={(item) => `Item created: ${item.name}`}
      onSuccess={onSuccess}
      onCancel={onCancel}
    >
      {({ values, set, bind }) => (
        <>
          <TextInput
            label="Name"
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
          <NativeSelect label="Kind" {...bind('kind')} data={['topic', 'track']} />
        </>
      )}
    </FormCard>
  );
}

async function setup({
  reply = ok(CREATED) as Reply | (() => Promise<Reply>),
  language = 'en' as 'en' | 'ar',
  ...options
}: Options & { reply?: Reply | (() => Promise<Reply>); language?: 'en' | 'ar' } = {}) {
  const stub = stubApi([{ method: 'POST', path: PATH, reply }]);
  const rendered = await renderWithProviders(<CreateItem {...options} />, { language });
  return { stub, ...rendered };
}

const nameField = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' });
const kindField = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kind' });
const submit = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Create item' });

describe('FormCard: the card', () => {
  it('heads the form, with the fields and a submit button inside it', async () => {
    await setup();
    const heading = screen.getByRole('heading', { level: 3, name: 'Create an item' });
    const form = heading.closest('form');
    expect(form).not.toBeNull();
    expect(within(form!).getByRole('textbox', { name: 'Name' })).toBe(nameField());
    expect(submit().type).toBe('submit');
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('is a region named by its heading when asked', async () => {
    await setup({ region: true });
    const region = screen.getByRole('region', { name: 'Create an item' });
    expect(within(region).getByRole('button', { name: 'Create item' })).toBe(submit());
  });

  it('offers Cancel beside the submit when told, without sending', async () => {
    const onCancel = vi.fn();
    const { user, stub } = await setup({ onCancel });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(stub.requests).toEqual([]);
  });

  it('speaks Arabic', async () => {
    await setup({ language: 'ar', onCancel: () => undefined });
    expect(screen.getByRole('button', { name: ar.common.cancel })).toBeTruthy();
  });
});

describe('FormCard: sending', () => {
  it('sends the values, says so, and starts the reset fields afresh', async () => {
    const onSuccess = vi.fn();
    const { user, stub } = await setup({ onSuccess });
    await user.type(nameField(), 'Ceasefire');
    await user.selectOptions(kindField(), 'track');
    await user.click(submit());
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('Item created: Ceasefire');
    expect(stub.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: PATH,
        body: { name: 'Ceasefire', kind: 'track' },
      }),
    ]);
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith(CREATED);
    expect(nameField().value).toBe('');
    expect(kindField().value).toBe('track');
  });

  it('submits on Enter in a field', async () => {
    const { user, stub } = await setup();
    await user.type(nameField(), 'Prisoners{Enter}');
    await screen.findByRole('status');
    expect(stub.requests[0]?.body).toEqual({ name: 'Prisoners', kind: 'topic' });
  });

  it('sends nothing while the values may not be sent, or when the caller declines to', async () => {
    const { user, stub } = await setup();
    await user.type(nameField(), '!');
    expect(submit().disabled).toBe(true);
    await user.clear(nameField());
    await user.type(nameField(), '?');
    await user.click(submit());
    expect(stub.requests).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
    expect(nameField().value).toBe('?');
  });
});

describe('FormCard: refusals and waiting', () => {
  it('shows a refusal above the fields and keeps the values', async () => {
    const onSuccess = vi.fn();
    const { user } = await setup({ reply: apiError(403, 'forbidden'), onSuccess });
    await user.type(nameField(), 'Ceasefire');
    await user.click(submit());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You are not allowed to do this.');
    expect(
      alert.compareDocumentPosition(nameField()) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(nameField().value).toBe('Ceasefire');
    expect(screen.queryByRole('status')).toBeNull();
    expect(submit().disabled).toBe(false);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('clears the last outcome once the next submit is sent', async () => {
    let reply: Reply = ok(CREATED);
    const { user } = await setup({ reply: () => Promise.resolve(reply) });
    await user.type(nameField(), 'Ceasefire');
    await user.click(submit());
    await screen.findByRole('status');
    reply = apiError(403, 'forbidden');
    await user.type(nameField(), 'Detainees');
    await user.click(submit());
    await screen.findByRole('alert');
    expect(screen.queryByRole('status')).toBeNull();
    reply = ok({ ...CREATED, name: 'Detainees' });
    await user.click(submit());
    expect((await screen.findByRole('status')).textContent).toBe('Item created: Detainees');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('disables the submit while the request is under way', async () => {
    let answer: (reply: Reply) => void = () => undefined;
    const held = new Promise<Reply>((resolve) => {
      answer = resolve;
    });
    const { user, stub } = await setup({ reply: () => held });
    await user.type(nameField(), 'Ceasefire');
    await user.click(submit());
    await waitFor(() => expect(submit().disabled).toBe(true));
    await user.click(submit());
    await user.type(nameField(), '{Enter}');
    expect(stub.requests).toHaveLength(1);
    answer(ok(CREATED));
    await screen.findByRole('status');
    expect(submit().disabled).toBe(false);
  });
});
