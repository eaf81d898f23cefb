import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../i18n/ar.ts';
import { setCsrfToken } from '../shared/api/client.ts';
import { aChannel, aMessage } from '../testing/factories.ts';
import { apiError, ok, stubApi, type RecordedRequest, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { Composer, type ComposerContext } from './Composer.tsx';

const MESSAGES = '/api/channels/ch-line-gov/messages';

/** The server's answer to a post: the message as stored. */
const stored = (request: RecordedRequest): Reply => {
  const body = request.body as { body: string };
  return ok(aMessage({ id: 'm-2', seq: 2, body: body.body }));
};

async function setup({
  ownLine = true,
  context = null,
  reply = stored,
  language = 'en',
}: {
  ownLine?: boolean;
  context?: ComposerContext;
  reply?: Reply | ((r: RecordedRequest) => Reply);
  language?: 'en' | 'ar';
} = {}) {
  const api = stubApi([{ method: 'POST', path: MESSAGES, reply }]);
  const onClearContext = vi.fn();
  const { user, unmount } = await renderWithProviders(
    <Composer
      channel={aChannel()}
      ownLine={ownLine}
      context={context}
      onClearContext={onClearContext}
    />,
    { language },
  );
  const posted = () => api.sent('POST', MESSAGES).map((r) => r.body as Record<string, unknown>);
  return { api, user, onClearContext, posted, unmount };
}

const messageBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Message/ });
const radio = (name: RegExp) => screen.getByRole<HTMLInputElement>('radio', { name });
const button = (name: string | RegExp) => screen.getByRole<HTMLButtonElement>('button', { name });

async function allowAttribution(user: UserEvent) {
  await user.click(radio(/May be relayed, attributed/));
  const dialog = await screen.findByRole('dialog', {
    name: 'Let the mediators name your delegation?',
  });
  await user.click(within(dialog).getByRole('button', { name: 'Allow attribution' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('Composer on a party’s own line', () => {
  it('starts at “Mediators only”, with Send disabled until there is a message', async () => {
    const { user, posted } = await setup();
    const group = screen.getByRole('radiogroup', { name: /Relay permission/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(radio(/Mediators only/).checked).toBe(true);
    expect(button('Send').disabled).toBe(true);
    await user.type(messageBox(), '   ');
    expect(button('Send').disabled).toBe(true);
    await user.type(messageBox(), 'We ask for a pause.');
    expect(button('Send').disabled).toBe(false);
    expect(posted()).toEqual([]);
  });

  it('posts the message with its type, its permission and an idempotency key', async () => {
    const { user, posted, api } = await setup();
    setCsrfToken('csrf-123');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Question');
    await user.type(messageBox(), 'Will the guarantors monitor the line?');
    await user.click(button('Send'));
    await waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).toEqual({
      type: 'question',
      body: 'Will the guarantors monitor the line?',
      relayPermission: 'mediator_only',
      idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/),
    });
    expect(api.requests[0]?.headers['x-csrf-token']).toBe('csrf-123');
    expect(api.unmatched()).toEqual([]);
  });

  it('labels Send with the chosen permission and sends it', async () => {
    const { user, posted } = await setup();
    await user.click(radio(/^May be relayed$/));
    expect(radio(/^May be relayed$/).checked).toBe(true);
    expect(button('Send — May be relayed')).toBeTruthy();
    await user.type(messageBox(), 'We could accept monitoring by the guarantors.');
    await user.click(button('Send — May be relayed'));
    await waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).toMatchObject({ relayPermission: 'may_relay' });
  });

  it('asks before allowing attribution, and keeps “Mediators only” when refused', async () => {
    const { user } = await setup();
    await user.click(radio(/May be relayed, attributed/));
    const dialog = await screen.findByRole('dialog', {
      name: 'Let the mediators name your delegation?',
    });
    expect(within(dialog).getByText(/Only this message is affected/)).toBeTruthy();
    expect(radio(/May be relayed, attributed/).checked).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Keep it unattributed' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(radio(/Mediators only/).checked).toBe(true);
    expect(button('Send')).toBeTruthy();
  });

  it('sends an attributed message once confirmed, then starts the next at “Mediators only”', async () => {
    const { user, posted, onClearContext } = await setup();
    await allowAttribution(user);
    expect(radio(/May be relayed, attributed/).checked).toBe(true);
    await user.type(messageBox(), 'The government will attend the next round.');
    await user.click(button('Send — May be relayed, attributed'));
    await waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).toMatchObject({ relayPermission: 'may_relay_attributed' });
    await waitFor(() => expect(messageBox().value).toBe(''));
    expect(radio(/Mediators only/).checked).toBe(true);
    expect(onClearContext).toHaveBeenCalledTimes(1);
  });

  it('sends with Ctrl+Enter', async () => {
    const { user, posted } = await setup();
    await user.type(messageBox(), 'Noted.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).toMatchObject({ body: 'Noted.' });
  });

  it('sends with Enter, and starts a new line with Shift+Enter', async () => {
    const { user, posted } = await setup();
    await user.type(messageBox(), 'Two lines:');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await user.type(messageBox(), 'the second.');
    expect(posted()).toEqual([]);
    expect(messageBox().value).toBe('Two lines:\nthe second.');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).toMatchObject({ body: 'Two lines:\nthe second.' });
  });
});

describe('Composer elsewhere', () => {
  it('has no relay permission off one’s own line and sends none', async () => {
    const { user, posted } = await setup({ ownLine: false });
    expect(screen.queryByRole('radiogroup')).toBeNull();
    await user.type(messageBox(), 'Caucus at noon.');
    await user.click(button('Send'));
    await waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).not.toHaveProperty('relayPermission');
    expect(posted()[0]).toMatchObject({ type: 'statement', body: 'Caucus at noon.' });
  });

  it('replies to a message: says which, cites it, and can cancel', async () => {
    const original = aMessage({ id: 'm-7', seq: 7, body: 'Which villages are in the zone?' });
    const { user, posted, onClearContext } = await setup({
      context: { mode: 'reply', message: original },
    });
    expect(screen.getByText(/Replying to no\. 7: .*Which villages are in the zone\?/)).toBeTruthy();
    await user.type(messageBox(), 'Those listed in annex 1.');
    await user.click(button('Send'));
    await waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).toMatchObject({ replyToId: 'm-7' });
    expect(posted()[0]).not.toHaveProperty('correctionOfId');
    await user.click(button('Cancel reply'));
    expect(onClearContext).toHaveBeenCalled();
  });

  it('sends a correction citing the corrected message', async () => {
    const original = aMessage({ id: 'm-3', seq: 3 });
    const { user, posted } = await setup({ context: { mode: 'correct', message: original } });
    expect(screen.getByText(/Correcting no\. 3/)).toBeTruthy();
    expect(button('Cancel correction')).toBeTruthy();
    await user.type(messageBox(), 'As of 29 December.');
    await user.click(button('Send'));
    await waitFor(() => expect(posted()).toHaveLength(1));
    expect(posted()[0]).toMatchObject({ correctionOfId: 'm-3' });
    expect(posted()[0]).not.toHaveProperty('replyToId');
  });
});

describe('Composer keys', () => {
  it('drops a reply with Escape', async () => {
    const { user, onClearContext } = await setup({
      context: { mode: 'reply', message: aMessage({ seq: 7 }) },
    });
    await user.click(messageBox());
    await user.keyboard('{Escape}');
    expect(onClearContext).toHaveBeenCalledTimes(1);
  });
});

describe('Composer attachments', () => {
  const ATTACHMENTS = '/api/channels/ch-line-gov/attachments';
  const uploaded = (id: string, filename: string) => ({
    id,
    filename,
    mediaType: 'application/pdf',
    size: 4,
    sha256: 'b'.repeat(64),
  });

  it('uploads a file, sends its id with the message, and lets it be removed first', async () => {
    let n = 0;
    const api = stubApi([
      {
        method: 'POST',
        path: ATTACHMENTS,
        reply: (r) => ok(uploaded(`f-${++n}`, r.query.get('filename') ?? '')),
      },
      { method: 'POST', path: MESSAGES, reply: stored },
    ]);
    const { user } = await renderWithProviders(
      <Composer channel={aChannel()} ownLine={false} context={null} onClearContext={vi.fn()} />,
    );
    const input = screen.getByLabelText('Attach files');
    await user.upload(input, new File(['%PDF'], 'map.pdf', { type: 'application/pdf' }));
    await user.upload(input, new File(['%PDF'], 'annex.pdf', { type: 'application/pdf' }));
    await user.click(await screen.findByRole('button', { name: 'Remove annex.pdf' }));
    expect(screen.getByText('map.pdf')).toBeTruthy();
    expect(screen.queryByText('annex.pdf')).toBeNull();
    const uploads = api.sent('POST', ATTACHMENTS);
    expect(uploads.map((r) => r.query.get('filename'))).toEqual(['map.pdf', 'annex.pdf']);
    expect(uploads[0]?.body).toBeInstanceOf(Blob);
    await user.type(messageBox(), 'The line of contact, attached.');
    await user.click(button('Send'));
    await waitFor(() => expect(api.sent('POST', MESSAGES)).toHaveLength(1));
    expect(api.sent('POST', MESSAGES)[0]?.body).toMatchObject({ attachmentIds: ['f-1'] });
    await waitFor(() => expect(screen.queryByText('map.pdf')).toBeNull());
  });

  it('attaches a pasted file, shows its size and keeps its hash one click away', async () => {
    stubApi([
      {
        method: 'POST',
        path: ATTACHMENTS,
        reply: (r) => ok(uploaded('f-1', r.query.get('filename') ?? '')),
      },
    ]);
    const { user } = await renderWithProviders(
      <Composer channel={aChannel()} ownLine={false} context={null} onClearContext={vi.fn()} />,
    );
    const file = new File(['%PDF'], 'pasted.pdf', { type: 'application/pdf' });
    fireEvent.paste(messageBox(), { clipboardData: { files: [file], getData: () => '' } });
    await user.click(await screen.findByRole('button', { name: 'pasted.pdf' }));
    expect(await screen.findByText(`SHA-256 ${'b'.repeat(64)}`)).toBeTruthy();
    expect(screen.getByText(/pasted\.pdf · 4 B · application\/pdf/)).toBeTruthy();
  });

  it('does not send while a file is still uploading', async () => {
    let finish: () => void = () => {};
    const api = stubApi([
      {
        method: 'POST',
        path: ATTACHMENTS,
        reply: () =>
          new Promise<Reply>((resolve) => {
            finish = () => resolve(ok(uploaded('f-1', 'slow.pdf')));
          }),
      },
      { method: 'POST', path: MESSAGES, reply: stored },
    ]);
    const { user } = await renderWithProviders(
      <Composer channel={aChannel()} ownLine={false} context={null} onClearContext={vi.fn()} />,
    );
    await user.type(messageBox(), 'With the map.');
    await user.upload(screen.getByLabelText('Attach files'), new File(['%PDF'], 'slow.pdf'));
    expect(button('Send').disabled).toBe(true);
    await user.keyboard('{Enter}');
    expect(api.sent('POST', MESSAGES)).toEqual([]);
    finish();
    await waitFor(() => expect(button('Send').disabled).toBe(false));
    await user.click(button('Send'));
    await waitFor(() => expect(api.sent('POST', MESSAGES)).toHaveLength(1));
    expect(api.sent('POST', MESSAGES)[0]?.body).toMatchObject({ attachmentIds: ['f-1'] });
  });

  it('shows a refused upload', async () => {
    stubApi([{ method: 'POST', path: ATTACHMENTS, reply: apiError(413, 'payload_too_large') }]);
    const { user } = await renderWithProviders(
      <Composer channel={aChannel()} ownLine={false} context={null} onClearContext={vi.fn()} />,
    );
    await user.upload(screen.getByLabelText('Attach files'), new File(['x'], 'big.pdf'));
    expect((await screen.findByRole('alert')).textContent).toContain('This is too long to send.');
  });
});

describe('Composer when sending fails', () => {
  it('shows a refusal, keeps the message and does not retry it', async () => {
    const { user, posted } = await setup({ reply: apiError(403, 'forbidden', 'Not yours.') });
    await user.type(messageBox(), 'Draft');
    await user.click(button('Send'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You are not allowed to do this.');
    expect(alert.textContent).not.toContain('Not yours.');
    expect(posted()).toHaveLength(1);
    expect(messageBox().value).toBe('Draft');
    expect(button('Send')).toBeTruthy();
  });

  it('explains that a closed channel takes no more messages', async () => {
    const { user } = await setup({ reply: apiError(409, 'channel_closed', 'closed') });
    await user.type(messageBox(), 'One more point');
    await user.click(button('Send'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This channel is closed and takes no more messages.');
    expect(screen.queryByText(/Sending again cannot make it arrive twice/)).toBeNull();
  });

  it('retries a server failure with the same key, then offers to send again', async () => {
    let calls = 0;
    const { user, posted } = await setup({
      reply: (request) => (++calls <= 3 ? apiError(503, 'internal') : stored(request)),
    });
    await user.click(radio(/^May be relayed$/));
    await user.type(messageBox(), 'Keep this');
    await user.click(button('Send — May be relayed'));
    await screen.findByText(/Sending again cannot make it arrive twice/);
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on the server');
    expect(posted()).toHaveLength(3);
    await user.click(button('Send again'));
    await waitFor(() => expect(messageBox().value).toBe(''));
    const keys = new Set(posted().map((b) => b.idempotencyKey));
    expect(posted()).toHaveLength(4);
    expect(keys.size).toBe(1);
  });

  it('uses a new key once the message is changed after a failure', async () => {
    const { user, posted } = await setup({ reply: apiError(400, 'validation_failed', 'body') });
    await user.type(messageBox(), 'First');
    await user.click(button('Send'));
    await screen.findByRole('alert');
    await user.type(messageBox(), ' and second');
    await user.click(button('Send'));
    await waitFor(() => expect(posted()).toHaveLength(2));
    expect(posted()[0]?.idempotencyKey).not.toBe(posted()[1]?.idempotencyKey);
  });
});

describe('Composer in Arabic', () => {
  it('labels the form and the permissions in Arabic, right to left', async () => {
    const { user } = await setup({ language: 'ar' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    const mediatorsOnly = ar.vocab.relayPermission.mediator_only;
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: new RegExp(mediatorsOnly) }).checked,
    ).toBe(true);
    expect(screen.getByRole('form', { name: ar.talks.composer.title })).toBeTruthy();
    await user.type(
      screen.getByRole('textbox', { name: new RegExp(ar.talks.composer.body) }),
      'نص',
    );
    expect(button(ar.talks.composer.send).disabled).toBe(false);
  });
});

describe('Composer drafts', () => {
  it('keeps an unsent message across a reload of the tab, and forgets it once sent', async () => {
    const first = await setup({ ownLine: false });
    await first.user.type(messageBox(), 'Half a thought');
    first.unmount();
    const second = await setup({ ownLine: false });
    expect(messageBox().value).toBe('Half a thought');
    await second.user.click(messageBox());
    await second.user.keyboard('{Enter}');
    await waitFor(() => expect(second.posted()).toHaveLength(1));
    second.unmount();
    await setup({ ownLine: false });
    expect(messageBox().value).toBe('');
  });
});
