// Views as the API sends them (core schemas), small and realistic: the Astana talks in miniature.
// Each factory takes overrides, so a test states only what it is about.
import type { ComponentProps } from 'react';
import type {
  AgendaItemView,
  ChannelView,
  InvitationView,
  MeView,
  MessageView,
  ParticipantView,
  PollView,
  RoundView,
} from '../shared/api/types.ts';
import type { ProposeForm } from '../texts/ProposeForm.tsx';

const AT = '2017-01-23T09:00:00.000Z';

export const GOVERNMENT = 'p-gov';
export const OPPOSITION = 'p-opp';
export const MEDIATOR = 'p-un';

/** The signed-in user: the government delegation's head unless told. */
export function aMe(overrides: Partial<MeView['user']> = {}): MeView {
  return {
    user: {
      id: 'u-gov-head',
      email: 'government@parley.test',
      displayName: 'Leila Haddad',
      isOperator: false,
      ...overrides,
    },
    csrfToken: 'csrf-token',
  };
}

export function aParticipant(overrides: Partial<ParticipantView> = {}): ParticipantView {
  return {
    id: GOVERNMENT,
    actor: { id: 'a-gov', name: 'Government of Syria', kind: 'state', members: [] },
    capacity: 'party',
    representationLevel: 'delegation',
    seatedAt: AT,
    inMediatorTeam: false,
    delegation: null,
    ...overrides,
  };
}

const PARTICIPANTS: ParticipantView[] = [
  aParticipant(),
  aParticipant({
    id: OPPOSITION,
    actor: { id: 'a-opp', name: 'Syrian opposition', kind: 'coalition', members: [] },
  }),
  aParticipant({
    id: MEDIATOR,
    actor: {
      id: 'a-un',
      name: 'United Nations',
      kind: 'intergovernmental_organisation',
      members: [],
    },
    capacity: 'mediator',
    representationLevel: 'special_envoy',
    inMediatorTeam: true,
  }),
];

type RoundOverrides = Partial<Omit<RoundView, 'viewer'>> & {
  viewer?: Partial<RoundView['viewer']>;
};

/** Astana I with two parties and the UN mediator; the viewer sees it with no seat and no actions. */
export function aRound({ viewer, ...overrides }: RoundOverrides = {}): RoundView {
  return {
    id: 'r-astana-1',
    processId: 'pr-astana',
    processTitle: 'Astana talks on Syria',
    title: 'Astana I',
    venue: 'Rixos President Hotel, Astana',
    startsOn: '2017-01-23',
    endsOn: '2017-01-24',
    timeZone: 'Asia/Almaty',
    viewer: {
      participantIds: [],
      headOf: [],
      isConvener: false,
      publicFactsOnly: false,
      speaksFor: [],
      manages: [],
      actions: [],
      ...viewer,
    },
    settings: { sessionChannelsCloseAtEnd: false },
    participants: PARTICIPANTS,
    invitations: [],
    sessions: [],
    agenda: [],
    ...overrides,
  };
}

/** A party's line to the mediator team (the government's unless told), open and writable. */
export function aChannel(overrides: Partial<ChannelView> = {}): ChannelView {
  return {
    id: 'ch-line-gov',
    kind: 'line',
    ownerParticipantId: GOVERNMENT,
    sessionId: null,
    listedParticipantIds: [],
    audienceParticipantIds: [GOVERNMENT, MEDIATOR],
    lastMessage: null,
    lastSeq: 0,
    unread: 0,
    closure: null,
    canPost: true,
    canRelay: false,
    ...overrides,
  };
}

/** A statement by the government's head on its line, kept for the mediators only. */
export function aMessage(overrides: Partial<MessageView> = {}): MessageView {
  return {
    id: 'm-1',
    channelId: 'ch-line-gov',
    seq: 1,
    type: 'statement',
    body: 'We accept the ceasefire as of 30 December.',
    createdAt: AT,
    replyToId: null,
    correctionOfId: null,
    from: { kind: 'participant', participantId: GOVERNMENT, userId: 'u-gov-head' },
    relayPermission: 'mediator_only',
    relayed: false,
    relay: null,
    attachments: [],
    ...overrides,
  };
}

/** An open poll of three voters in the government's caucus, no vote cast yet. */
export function aPoll(overrides: Partial<PollView> = {}): PollView {
  return {
    id: 'poll-1',
    channelId: 'ch-caucus-gov',
    question: 'Do we sign the final communiqué?',
    options: ['Sign', 'Do not sign'],
    closesAt: null,
    closeWhenAllVoted: true,
    secret: false,
    createdBy: 'u-gov-head',
    status: 'open',
    closedAt: null,
    electorate: 3,
    voted: 0,
    myVote: null,
    outcome: null,
    ballots: null,
    ...overrides,
  };
}

/** The opposition's pending invitation to take part as a party. */
export function anInvitation(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    id: 'inv-opp',
    actor: { id: 'a-opp', name: 'Syrian opposition', kind: 'coalition', members: [] },
    capacity: 'party',
    representationLevel: 'delegation',
    status: 'pending',
    reason: null,
    reasonPublic: null,
    createdAt: '2017-01-10T12:00:00.000Z',
    respondedAt: null,
    canRespond: false,
    ...overrides,
  };
}

/** An open agenda item proposed by the mediators, with no stance yet. */
export function anAgendaItem(overrides: Partial<AgendaItemView> = {}): AgendaItemView {
  return {
    id: 'ag-ceasefire',
    title: 'Consolidating the ceasefire',
    track: 'ceasefire',
    proposedBy: MEDIATOR,
    state: 'open',
    stances: [],
    ...overrides,
  };
}

type TextView = ComponentProps<typeof ProposeForm>['doc'];
type ProvisionView = TextView['revision']['provisions'][number];

/** An operative paragraph of agreed wording only. */
export function aProvision(overrides: Partial<ProvisionView> = {}): ProvisionView {
  const text = 'The parties commit to the nationwide ceasefire';
  return {
    id: 'prov-1',
    parentId: null,
    depth: 1,
    number: '1',
    part: 'operative',
    heading: false,
    text,
    content: [{ type: 'agreed', text }],
    brackets: 0,
    state: 'open',
    counts: null,
    ...overrides,
  };
}

/** A paragraph with agreed wording and a bracket of two options. */
export function aBracketedProvision(overrides: Partial<ProvisionView> = {}): ProvisionView {
  return aProvision({
    id: 'prov-2',
    number: '2',
    text: 'Compliance is monitored by [the guarantor states / the United Nations]',
    content: [
      { type: 'agreed', text: 'Compliance is monitored by' },
      {
        type: 'bracket',
        id: 'br-1',
        options: [
          bracketOption('opt-1', 'the guarantor states'),
          bracketOption('opt-2', 'the United Nations'),
        ],
      },
    ],
    brackets: 1,
    ...overrides,
  });
}

function bracketOption(id: string, text: string) {
  return {
    id,
    kind: 'wording' as const,
    text,
    proposerId: null,
    proposalId: null,
    amendments: [],
  };
}

const HASH = 'a'.repeat(64);

/** The joint statement at Rev.2, as a party's delegate sees it. */
export function aText(overrides: Partial<TextView> = {}): TextView {
  const provisions = [aProvision(), aBracketedProvision()];
  const revision = (number: number) => ({
    number,
    label: number === 1 ? 'chair’s draft' : 'Rev.2',
    proposalIds: [],
    issuedBy: 'u-un-envoy',
    issuedAt: AT,
    hash: HASH,
  });
  return {
    id: 'txt-statement',
    roundId: 'r-astana-1',
    title: 'Joint statement',
    kind: 'joint_statement',
    language: 'en',
    settings: { penholders: 'mediator', attribution: 'named', stanceVisibility: 'mediators' },
    currentRevision: 2,
    revisions: [revision(1), revision(2)],
    revision: { ...revision(2), provisions },
    state: 'open',
    brackets: 1,
    stances: [],
    adoption: null,
    parties: [GOVERNMENT, OPPOSITION],
    participants: [
      { id: GOVERNMENT, name: 'Government of Syria', capacity: 'party' },
      { id: OPPOSITION, name: 'Syrian opposition', capacity: 'party' },
    ],
    viewer: {
      participantIds: [GOVERNMENT],
      penholder: false,
      privileged: false,
      speaksFor: [GOVERNMENT],
      signsFor: [],
      withdrawsFor: [GOVERNMENT],
      actions: [],
    },
    ...overrides,
  };
}
