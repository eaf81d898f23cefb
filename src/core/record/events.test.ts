import { describe, expect, it } from 'vitest';
import { RECORD_EVENTS, uncatalogued } from './events.ts';

const digest = 'ab'.repeat(32);

describe('the catalog of record events', () => {
  it.each([
    ['message.post', 'channel', { messageId: 'm1', seq: 3, digest }],
    ['poll.vote', 'poll', {}],
    ['invitation.decline', 'invitation', { reason: { digest }, reasonPublic: false }],
    [
      'invitation.decline',
      'invitation',
      { reason: 'Not under these guarantors', reasonPublic: true },
    ],
    ['channel.close', 'channel', { reason: 'session_ended', at: '2017-01-24T10:00:00.000Z' }],
  ])('takes %s about a %s with its payload', (action, subjectKind, payload) => {
    expect(uncatalogued({ action, subjectKind, payload })).toBeNull();
  });

  it.each([
    ['an unknown action', 'message.edit', 'channel', {}, /unknown action message\.edit/],
    [
      'another subject',
      'message.post',
      'round',
      { messageId: 'm', seq: 1, digest },
      /about a channel, not a round/,
    ],
    // Words must never enter the record beside their digest (invariant 4).
    [
      'a field it does not name',
      'message.post',
      'channel',
      { messageId: 'm', seq: 1, digest, body: 'Words.' },
      /body/,
    ],
    [
      'a digest that is not one',
      'text.propose',
      'proposal',
      { textId: 'd', proposerId: 'p', basedOnRevision: 1, content: { digest: 'words' } },
      /content\.digest/,
    ],
    ['a missing field', 'auth.signIn', 'user', {}, /signInId/],
  ])('refuses %s', (_label, action, subjectKind, payload, problem) => {
    expect(uncatalogued({ action, subjectKind, payload })).toMatch(problem);
  });

  it('reads events sealed when texts were documents and sign-ins sessions under today’s names', () => {
    const proposal = { proposerId: 'p', basedOnRevision: 1, content: { digest } };
    expect(
      uncatalogued({
        action: 'document.propose',
        subjectKind: 'proposal',
        payload: { documentId: 'd', ...proposal },
      }),
    ).toBeNull();
    expect(
      uncatalogued({ action: 'document.propose', subjectKind: 'proposal', payload: proposal }),
    ).toMatch(/textId/);
    expect(
      uncatalogued({ action: 'document.shred', subjectKind: 'document', payload: {} }),
    ).toMatch(/unknown action text\.shred/);
  });

  it('names a subject kind and a strict payload for every action', () => {
    for (const [action, entry] of Object.entries(RECORD_EVENTS)) {
      expect(entry.subject, action).toMatch(/^[a-z_]+$/);
      expect(entry.payload.safeParse({ unexpected: true }).success, action).toBe(false);
    }
  });
});
