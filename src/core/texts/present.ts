import { numberProvisions } from './numbering.ts';
import { renderTokens, tokensOf } from './redline.ts';
import type { BracketOption, NegotiatingText, ProvisionStance, TextSettings } from './types.ts';

/** Who is looking: their participant id (if seated) and whether they hold the pen or mediate. */
export interface TextViewer {
  participantId: string | null;
  /** Penholder or member of the mediator team: sees every proposer and every stance. */
  privileged: boolean;
}

/**
 * The proposer of an option as this viewer may see it: under `withheld` attribution other
 * parties do not learn who proposed an option (the proposer and the penholders do).
 */
export function visibleProposer(
  settings: Pick<TextSettings, 'attribution'>,
  option: Pick<BracketOption, 'proposerId'>,
  viewer: TextViewer,
): string | null {
  if (option.proposerId === null) return null;
  if (settings.attribution === 'named' || viewer.privileged) return option.proposerId;
  return option.proposerId === viewer.participantId ? option.proposerId : null;
}

/** Stances the viewer may see: all of them, or (mediators-only visibility) their own. */
export function visibleStances(
  settings: Pick<TextSettings, 'stanceVisibility'>,
  stances: readonly ProvisionStance[],
  viewer: TextViewer,
): ProvisionStance[] {
  if (settings.stanceVisibility === 'participants' || viewer.privileged) return [...stances];
  return stances.filter((s) => s.participantId === viewer.participantId);
}

/** The text as numbered plain paragraphs, brackets and options in the customary style. */
export function renderPlain(text: Pick<NegotiatingText, 'provisions'>): string {
  return numberProvisions(text)
    .map(({ provision, number, depth }) => {
      const indent = '  '.repeat(depth);
      const body = renderTokens(tokensOf(provision.content));
      return `${indent}${number === null ? '' : `${number}. `}${body}`;
    })
    .join('\n');
}

/**
 * Who may learn that something in a text changed: everyone who reads the text (revisions,
 * adoption, a change of a provision's state), or only those who may see the changed proposal or
 * stance. Even a content-free notice tells its timing, so it goes to no one else.
 */
export type TextAudience =
  | { kind: 'readers' }
  | { kind: 'proposal'; proposerId: string }
  | { kind: 'stance'; participantId: string };

/** A reader of a text, as the views decide what it is shown. */
export interface TextReader {
  /** Holds the pen: sees every proposal. */
  penholder: boolean;
  /** Sees every party's stance. */
  allStances: boolean;
  /** Participant ids of the reader's seats in the round. */
  ownSeats: readonly string[];
}

/** Whether the reader may learn of a change with this audience (the same rules as the views). */
export function learnsOf(reader: TextReader, audience: TextAudience): boolean {
  switch (audience.kind) {
    case 'readers':
      return true;
    case 'proposal':
      return reader.penholder || reader.ownSeats.includes(audience.proposerId);
    case 'stance':
      return reader.allStances || reader.ownSeats.includes(audience.participantId);
  }
}
