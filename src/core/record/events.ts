import { z } from 'zod';

// The catalog of record events: every action the record may hold, the kind of thing it is about,
// and the shape of its payload. Payloads are strict objects, so no field (least of all a
// confidential one) enters the record unless this catalog names it; confidential content is
// carried as a digest only (invariant 4).

const id = z.string().min(1);
const ids = z.array(id);
const digest = z.strictObject({ digest: z.string().regex(/^[0-9a-f]{64}$/) });
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const nothing = z.strictObject({});

const event = <S extends string, P extends z.ZodType>(subject: S, payload: P) => ({
  subject,
  payload,
});

export const RECORD_EVENTS = {
  // platform
  'account.create': event(
    'user',
    z.strictObject({ isOperator: z.boolean(), actorId: id.nullable() }),
  ),
  // An account's name and address are personal data and stay out of the record, as at creation.
  'account.edit': event('user', nothing),
  'account.disable': event('user', z.strictObject({ endedSignInIds: ids })),
  'account.enable': event('user', nothing),
  // Never the password, nor its hash: only which other sign-ins the change ended.
  'account.changePassword': event('user', z.strictObject({ endedSignInIds: ids })),
  'actor.create': event(
    'actor',
    z.strictObject({
      name: z.string(),
      kind: z.string(),
      members: z.array(z.strictObject({ id, name: z.string() })),
    }),
  ),
  'process.create': event(
    'process',
    z.strictObject({ title: z.string(), description: z.string() }),
  ),
  'actor.edit': event('actor', z.strictObject({ name: z.string(), previous: z.string() })),
  'process.edit': event('process', z.strictObject({ title: z.string(), description: z.string() })),
  'process.appointConvener': event('process', z.strictObject({ userId: id, actorId: id })),
  'auth.signIn': event('user', z.strictObject({ signInId: id })),
  'auth.endSignIn': event('user', z.strictObject({ signInId: id })),
  // The link itself is never recorded: the subject is a prefix of its token's hash.
  'setup.createLink': event(
    'setup_link',
    z.strictObject({ expiresAt: z.iso.datetime(), forEmail: z.boolean() }),
  ),
  'setup.useLink': event('setup_link', z.strictObject({ userId: id })),
  // convening
  'round.create': event(
    'round',
    z.strictObject({
      processId: id,
      title: z.string(),
      venue: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      timeZone: z.string(),
    }),
  ),
  'round.setMediatorTeam': event('round', z.strictObject({ from: ids, to: ids })),
  'round.setSettings': event(
    'round',
    z.strictObject({
      from: z.strictObject({ sessionChannelsCloseAtEnd: z.boolean() }),
      to: z.strictObject({ sessionChannelsCloseAtEnd: z.boolean() }),
    }),
  ),
  'invitation.create': event(
    'invitation',
    z.strictObject({ actorId: id, capacity: z.string(), representationLevel: z.string() }),
  ),
  'invitation.accept': event('invitation', z.strictObject({ participantId: id })),
  // A private reason is kept as a digest; a public one as said.
  'invitation.decline': event(
    'invitation',
    z.strictObject({
      reason: z.union([z.string(), digest]).nullable(),
      reasonPublic: z.boolean().nullable(),
    }),
  ),
  'invitation.withdraw': event('invitation', nothing),
  'session.schedule': event(
    'session',
    z.strictObject({
      title: z.string(),
      format: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      room: z.string(),
      participantIds: ids,
    }),
  ),
  'session.changeFormat': event(
    'session',
    z.strictObject({ from: z.string(), to: z.string(), reason: z.string(), participantIds: ids }),
  ),
  'session.recordAttendance': event(
    'session',
    z.strictObject({ participantId: id, status: z.string() }),
  ),
  'agenda.propose': event(
    'agenda_item',
    z.strictObject({ title: z.string(), track: z.string(), proposedBy: id.nullable() }),
  ),
  'agenda.setStance': event(
    'agenda_item',
    z.strictObject({
      participantId: id,
      stance: z.string(),
      comment: z.string(),
      previous: z.string().nullable(),
    }),
  ),
  'delegation.inviteMember': event('participant', z.strictObject({ role: z.string() })),
  'delegation.addMember': event(
    'participant',
    z.strictObject({ memberId: id, userId: id, role: z.string() }),
  ),
  'delegation.removeMember': event('participant', z.strictObject({ memberId: id, userId: id })),
  /** A removal taken back within its minute: the same membership, not a new one. */
  'delegation.restoreMember': event('participant', z.strictObject({ memberId: id, userId: id })),
  // talks: words enter the record as digests only
  'channel.open': event(
    'channel',
    z.strictObject({
      kind: z.string(),
      ownerParticipantId: id.nullable(),
      sessionId: id.nullable(),
      listedParticipantIds: ids,
    }),
  ),
  'channel.close': event(
    'channel',
    z.strictObject({ reason: z.string(), to: z.string().optional(), at: z.string() }),
  ),
  'channel.reopen': event('channel', nothing),
  'message.post': event(
    'channel',
    z.strictObject({ messageId: id, seq: z.number().int(), digest: hash }),
  ),
  'message.relay': event(
    'channel',
    z.strictObject({ messageId: id, seq: z.number().int(), digest: hash }),
  ),
  'message.narrowRelayPermission': event(
    'channel',
    z.strictObject({ messageId: id, from: z.string().nullable(), to: z.string() }),
  ),
  'attachment.upload': event(
    'channel',
    z.strictObject({ attachmentId: id, sha256: hash, size: z.number().int() }),
  ),
  'poll.create': event(
    'poll',
    z.strictObject({ channelId: id, options: z.number().int(), secret: z.boolean() }),
  ),
  // A secret ballot's choice never enters the record.
  'poll.vote': event('poll', z.strictObject({ option: z.number().int().optional() })),
  'poll.close': event(
    'poll',
    z.strictObject({
      outcome: z.unknown(),
      voted: z.number().int(),
      electorate: z.number().int(),
    }),
  ),
  // negotiating texts: revisions by the hash of their canonical text
  'text.create': event(
    'text',
    z.strictObject({
      title: z.string(),
      kind: z.string(),
      language: z.string(),
      settings: z.strictObject({
        penholders: z.string(),
        attribution: z.string(),
        stanceVisibility: z.string(),
      }),
      revision: z.literal(1),
      label: z.string(),
      issuedBy: id,
      hash,
    }),
  ),
  'text.propose': event(
    'proposal',
    z.strictObject({
      textId: id,
      proposerId: id,
      basedOnRevision: z.number().int(),
      content: digest,
    }),
  ),
  'text.withdrawProposal': event(
    'proposal',
    z.strictObject({ textId: id, proposerId: id, basedOnRevision: z.number().int() }),
  ),
  'text.declineProposal': event(
    'proposal',
    z.strictObject({ textId: id, proposerId: id, declinedBy: id, content: digest }),
  ),
  // Proposals taken into a revision become part of the text everyone reads.
  'text.issueRevision': event(
    'text',
    z.strictObject({
      revision: z.number().int(),
      label: z.string(),
      issuedBy: id,
      hash,
      proposals: z.array(
        z.strictObject({
          id,
          proposerId: id,
          operation: z.unknown(),
          rationale: z.string(),
        }),
      ),
      cleanings: z.array(z.unknown()).readonly(),
      // The penholder's direct edits, whole (absent from revisions issued without any).
      edits: z.array(z.unknown()).readonly().optional(),
      stancesCarriedOver: z.number().int(),
    }),
  ),
  // Stances seen by the mediators only are kept as a digest.
  'text.setStance': event(
    'text',
    z.strictObject({
      provisionId: id,
      participantId: id,
      revision: z.number().int(),
      stance: z.string().optional(),
      comment: z.string().optional(),
      content: digest.optional(),
    }),
  ),
  'text.openAdoption': event(
    'text',
    z.strictObject({ revision: z.number().int(), hash, signatories: ids.readonly() }),
  ),
  'text.sign': event(
    'text',
    z.strictObject({ revision: z.number().int(), participantId: id, hash }),
  ),
  'text.adopt': event(
    'text',
    z.strictObject({ revision: z.number().int(), hash, signatories: ids.readonly() }),
  ),
  'text.setLanguageVersion': event(
    'text',
    z.strictObject({
      language: z.string(),
      status: z.string(),
      revision: z.number().int(),
      hash,
      added: z.boolean(),
      needsUpdate: z.number().int(),
    }),
  ),
  'text.setVersionStatus': event(
    'text',
    z.strictObject({ language: z.string(), status: z.string() }),
  ),
  'text.reviewTranslation': event(
    'text',
    z.strictObject({ language: z.string(), provisionIds: ids }),
  ),
} as const;

export type RecordAction = keyof typeof RECORD_EVENTS;
export type SubjectOf<A extends RecordAction> = (typeof RECORD_EVENTS)[A]['subject'];
export type PayloadOf<A extends RecordAction> = z.input<(typeof RECORD_EVENTS)[A]['payload']>;

type StoredEvent = { action: string; subjectKind: string; payload: unknown };

/** Actions sealed under an earlier name; the chain keeps their words, since its hashes cover them. */
const RENAMED_ACTIONS: Readonly<Record<string, string>> = {
  'auth.revokeSession': 'auth.endSignIn',
};

/** Payload fields sealed under an earlier name, by their name today. */
const RENAMED_FIELDS: Readonly<Record<string, string>> = {
  documentId: 'textId',
  sessionId: 'signInId',
};

/**
 * Events sealed before each thing had one name — negotiating texts were "documents", sign-ins
 * "sessions" — read under today's names, so the catalog checks old records as it checks new ones.
 */
function underTodaysNames(event: StoredEvent): StoredEvent {
  const text = event.action.startsWith('document.');
  const authEvent = event.action.startsWith('auth.');
  if (!text && !authEvent) return event;
  const action = text
    ? `text.${event.action.slice('document.'.length)}`
    : (RENAMED_ACTIONS[event.action] ?? event.action);
  const payload = Object.fromEntries(
    Object.entries((event.payload ?? {}) as Record<string, unknown>).map(([key, value]) => [
      RENAMED_FIELDS[key] ?? key,
      value,
    ]),
  );
  const subjectKind = text && event.subjectKind === 'document' ? 'text' : event.subjectKind;
  return { action, subjectKind, payload };
}

/** Why an event does not fit the catalog, or null when it does. */
export function uncatalogued(stored: StoredEvent): string | null {
  const event = underTodaysNames(stored);
  const entry = (RECORD_EVENTS as Record<string, { subject: string; payload: z.ZodType }>)[
    event.action
  ];
  if (!entry) return `unknown action ${event.action}`;
  if (entry.subject !== event.subjectKind)
    return `${event.action} is about a ${entry.subject}, not a ${event.subjectKind}`;
  const parsed = entry.payload.safeParse(event.payload);
  return parsed.success
    ? null
    : `${event.action} payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || '/'} ${i.message}`).join('; ')}`;
}
