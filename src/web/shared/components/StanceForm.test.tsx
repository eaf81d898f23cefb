import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../i18n/ar.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { StanceForm } from './StanceForm.tsx';

type Stance = 'accept' | 'reject' | 'reserve';

const OPTIONS = [
  { value: 'accept', label: 'Accept' },
  { value: 'reject', label: 'Reject' },
  { value: 'reserve', label: 'Reserve' },
] as const;
const LABELS = { stance: 'Stance', comment: 'Comment', save: 'Save stance' };

async function setup({
  initial = { stance: 'accept' as Stance, comment: '' },
  pending = false,
  error = null as ReactNode,
  language = 'en' as 'en' | 'ar',
} = {}) {
  const onSave = vi.fn();
  const onCancel = vi.fn();
  const rendered = await renderWithProviders(
    <StanceForm<Stance>
      options={OPTIONS}
      initial={initial}
      labels={LABELS}
      pending={pending}
      error={error}
      onSave={onSave}
      onCancel={onCancel}
    />,
    { language },
  );
  return { onSave, onCancel, ...rendered };
}

const stance = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Stance' });
const comment = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Comment' });
const save = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Save stance' });

describe('StanceForm', () => {
  it('starts from the current stance and comment, with the given labels', async () => {
    await setup({ initial: { stance: 'reserve', comment: 'Pending instructions.' } });
    expect(stance().value).toBe('reserve');
    expect([...stance().options].map((o) => o.textContent)).toEqual([
      'Accept',
      'Reject',
      'Reserve',
    ]);
    expect(comment().value).toBe('Pending instructions.');
  });

  it('saves the chosen stance and comment', async () => {
    const { user, onSave, onCancel } = await setup();
    await user.selectOptions(stance(), 'Reject');
    await user.type(comment(), 'Not before a ceasefire holds.');
    await user.click(save());
    expect(onSave).toHaveBeenCalledExactlyOnceWith('reject', 'Not before a ceasefire holds.');
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('saves the stance unchanged, and a cleared comment as empty', async () => {
    const { user, onSave } = await setup({ initial: { stance: 'accept', comment: 'Old note' } });
    await user.clear(comment());
    await user.click(save());
    expect(onSave).toHaveBeenCalledExactlyOnceWith('accept', '');
  });

  it('cancels without saving', async () => {
    const { user, onSave, onCancel } = await setup();
    await user.selectOptions(stance(), 'Reject');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('cannot be saved again while a save is under way', async () => {
    const { user, onSave } = await setup({ pending: true });
    expect(save().disabled).toBe(true);
    await user.click(save());
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the failed save’s message above the fields', async () => {
    await setup({ error: <div role="alert">You are not allowed to do this.</div> });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('You are not allowed to do this.');
    expect(alert.compareDocumentPosition(stance()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('speaks Arabic, right to left', async () => {
    await setup({ language: 'ar' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('button', { name: ar.common.cancel })).toBeTruthy();
  });
});
