// Closed sets of the negotiating-text domain (issue 4), shared by core, schemas and the web client.
export const TEXT_KINDS = [
  'joint_statement',
  'agreement',
  'terms_of_reference',
  'communique',
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** Who holds the pen: the round's mediator team, or its conveners. */
export const PENHOLDERS = ['mediator', 'conveners'] as const;
export type Penholders = (typeof PENHOLDERS)[number];

/** Whether other parties see who proposed an option. */
export const ATTRIBUTIONS = ['named', 'withheld'] as const;
export type AttributionMode = (typeof ATTRIBUTIONS)[number];

/** Who sees other participants' stances. */
export const STANCE_VISIBILITIES = ['mediators', 'participants'] as const;
export type StanceVisibility = (typeof STANCE_VISIBILITIES)[number];

export const PROVISION_PARTS = ['preamble', 'operative'] as const;
export type ProvisionPart = (typeof PROVISION_PARTS)[number];

export const TEXT_STANCES = ['agree', 'agree_ad_referendum', 'object', 'reserve'] as const;
export type TextStance = (typeof TEXT_STANCES)[number];

export const PROVISION_STATES = ['open', 'agreed_ad_referendum', 'agreed'] as const;
export type ProvisionState = (typeof PROVISION_STATES)[number];

/** How a proposal ends without being taken in: its proposer withdrew it, or a penholder declined it. */
const PROPOSAL_CLOSURES = ['withdrawn', 'declined'] as const;
export type ProposalClosure = (typeof PROPOSAL_CLOSURES)[number];

export const PROPOSAL_STATUSES = ['pending', 'taken_in', 'stale', ...PROPOSAL_CLOSURES] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What a live notice says changed in a text (docs/live.md); the client refetches what it may read. */
export const TEXT_CHANGES = ['proposal', 'revision', 'stance', 'adoption', 'language'] as const;
export type TextChange = (typeof TEXT_CHANGES)[number];

export const VERSION_STATUSES = ['authentic', 'working_translation'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
