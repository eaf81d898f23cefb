import type { RecordEvent } from '../record/chain.ts';

/** What one holder's archive holds, by id: the things its record events may be about. */
export interface ArchiveIndex {
  processId: string;
  roundId: string;
  /** The participant whose archive this is. */
  holderParticipantId: string;
  /** Whether the holder sits in the round's mediator team (it reads the stances kept for them). */
  inMediatorTeam: boolean;
  /** The holder's own invitation to the round. */
  invitationIds: ReadonlySet<string>;
  sessionIds: ReadonlySet<string>;
  agendaItemIds: ReadonlySet<string>;
  channelIds: ReadonlySet<string>;
  messageIds: ReadonlySet<string>;
  attachmentIds: ReadonlySet<string>;
  /** Polls the holder read, and which of them are secret ballots. */
  polls: ReadonlyMap<string, { secret: boolean }>;
  textIds: ReadonlySet<string>;
  /** Proposals the holder read, and whether it saw who made each. */
  proposals: ReadonlyMap<string, { attributed: boolean }>;
}

/** An event in an archive: with its payload, or with the payload withheld (its digest still proves it). */
export type Disclosure = 'payload' | 'withheld' | 'excluded';

type Payload = Record<string, unknown>;
type Rule = (e: RecordEvent, x: ArchiveIndex, p: Payload) => Disclosure;

const shown = (yes: boolean): Disclosure => (yes ? 'payload' : 'excluded');
const own = (x: ArchiveIndex, participantId: unknown) => participantId === x.holderParticipantId;
const inRound: Rule = (e, x) => shown(e.subjectId === x.roundId);
const ownInvitation: Rule = (e, x) => shown(x.invitationIds.has(e.subjectId));
const session: Rule = (e, x) => shown(x.sessionIds.has(e.subjectId));
const ownSeat: Rule = (e, x) => shown(e.subjectKind === 'participant' && own(x, e.subjectId));
const channel: Rule = (e, x) => shown(x.channelIds.has(e.subjectId));
const message: Rule = (e, x, p) =>
  shown(x.channelIds.has(e.subjectId) && x.messageIds.has(p.messageId as string));
const text: Rule = (e, x) => shown(x.textIds.has(e.subjectId));
// The actor of a proposal event is its proposer: only where the holder saw who proposed.
const proposal: Rule = (e, x) => shown(x.proposals.get(e.subjectId)?.attributed === true);
const poll: Rule = (e, x) => shown(x.polls.has(e.subjectId));

/**
 * Which record events an archive carries, and how: the events about what its holder read, and no
 * others. An action missing here is excluded, so a new kind of event stays out of every archive
 * until someone decides who may see it (invariant 7).
 */
const RULES: Record<string, Rule> = {
  'process.create': (e, x) => shown(e.subjectId === x.processId),
  'round.create': inRound,
  'round.setMediatorTeam': inRound,
  'round.setSettings': inRound,
  'invitation.create': ownInvitation,
  'invitation.accept': ownInvitation,
  'invitation.decline': ownInvitation,
  'invitation.withdraw': ownInvitation,
  'session.schedule': session,
  'session.changeFormat': session,
  'session.recordAttendance': (e, x, p) =>
    shown(x.sessionIds.has(e.subjectId) && own(x, p.participantId)),
  'agenda.propose': (e, x) => shown(x.agendaItemIds.has(e.subjectId)),
  'agenda.setStance': (e, x, p) =>
    shown(x.agendaItemIds.has(e.subjectId) && own(x, p.participantId)),
  'delegation.inviteMember': ownSeat,
  'delegation.addMember': ownSeat,
  'delegation.removeMember': ownSeat,
  'delegation.restoreMember': ownSeat,
  'channel.open': channel,
  'channel.close': channel,
  'channel.reopen': channel,
  'message.post': message,
  'message.relay': message,
  'message.narrowRelayPermission': message,
  'attachment.upload': (e, x, p) =>
    shown(x.channelIds.has(e.subjectId) && x.attachmentIds.has(p.attachmentId as string)),
  'poll.create': poll,
  'poll.close': poll,
  // Who voted in a secret ballot is not for the record's readers, even inside the caucus.
  'poll.vote': (e, x) => shown(x.polls.get(e.subjectId)?.secret === false),
  'text.create': text,
  'text.openAdoption': text,
  'text.sign': text,
  'text.adopt': text,
  'text.setLanguageVersion': text,
  'text.setVersionStatus': text,
  'text.reviewTranslation': text,
  'text.propose': proposal,
  'text.withdrawProposal': proposal,
  'text.declineProposal': proposal,
  // A revision names who proposed what it took in; where the holder did not see that, the event
  // is there (the revision's place in the record) but its payload is not.
  'text.issueRevision': (e, x, p) => {
    if (!x.textIds.has(e.subjectId)) return 'excluded';
    const taken = (p.proposals as { id: string }[] | undefined) ?? [];
    return taken.every((t) => x.proposals.get(t.id)?.attributed === true) ? 'payload' : 'withheld';
  },
  // A stance kept for the mediators only is in the record as a digest; others read plainly.
  'text.setStance': (e, x, p) => {
    if (!x.textIds.has(e.subjectId)) return 'excluded';
    return shown(own(x, p.participantId) || p.stance !== undefined || x.inMediatorTeam);
  },
};

export function disclosureOf(event: RecordEvent, index: ArchiveIndex): Disclosure {
  if (event.roundId !== null && event.roundId !== index.roundId) return 'excluded';
  const rule = RULES[event.action];
  return rule ? rule(event, index, event.payload) : 'excluded';
}
