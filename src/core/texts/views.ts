// What a reader of a negotiating text is shown: proposers masked under withheld attribution,
// the consolidated view as a flat, numbered list. Pure; the server adds who is looking.
import { numberProvisions } from './numbering.ts';
import { visibleProposer, type TextViewer } from './present.ts';
import {
  renderRedline,
  renderTokens,
  tokensOf,
  type Redline,
  type RedlineToken,
} from './redline.ts';
import type { TextSummary } from './stances.ts';
import type { BracketOption, NegotiatingText, Segment, TextSettings } from './types.ts';

const maskAttribution = <T extends { proposerId: string | null }>(
  settings: Pick<TextSettings, 'attribution'>,
  a: T,
  viewer: TextViewer,
): T => ({ ...a, proposerId: visibleProposer(settings, a, viewer) });

function presentOption(
  settings: Pick<TextSettings, 'attribution'>,
  o: BracketOption,
  viewer: TextViewer,
) {
  return {
    id: o.id,
    kind: o.kind,
    text: o.kind === 'wording' ? o.text : null,
    proposerId: visibleProposer(settings, o, viewer),
    proposalId: o.proposalId,
    amendments: o.amendments.map((a) => maskAttribution(settings, a, viewer)),
  };
}

export function presentSegment(
  settings: Pick<TextSettings, 'attribution'>,
  s: Segment,
  viewer: TextViewer,
) {
  return s.type === 'agreed'
    ? { type: 'agreed' as const, text: s.text }
    : {
        type: 'bracket' as const,
        id: s.id,
        options: s.options.map((o) => presentOption(settings, o, viewer)),
      };
}

/**
 * The consolidated view: every provision in document order with its number, wording, brackets,
 * and (when given) its computed state and stance counts.
 */
export function presentProvisions(
  text: NegotiatingText,
  viewer: TextViewer,
  summary: TextSummary | null,
  showCounts: boolean,
) {
  const byId = new Map(summary?.provisions.map((p) => [p.provisionId, p]));
  return numberProvisions(text).map(({ provision: p, number, depth, parentId }) => {
    const s = byId.get(p.id);
    return {
      id: p.id,
      parentId,
      depth,
      number,
      part: p.part,
      heading: p.heading,
      text: renderTokens(tokensOf(p.content)),
      content: p.content.map((seg) => presentSegment(text.settings, seg, viewer)),
      brackets: p.content.filter((seg) => seg.type === 'bracket').length,
      state: s?.state ?? null,
      counts: showCounts && s ? s.counts : null,
    };
  });
}

/** A redline as the viewer may see it: option proposers masked like in the text. */
export function presentRedline(
  r: Redline,
  settings: Pick<TextSettings, 'attribution'>,
  viewer: TextViewer,
) {
  const mask = (token: RedlineToken): RedlineToken =>
    token.t === 'option' ? maskAttribution(settings, token, viewer) : token;
  return {
    textId: r.textId,
    inserted: r.inserted,
    deleted: r.deleted,
    provisions: r.provisions.map((p) => ({
      provisionId: p.provisionId,
      change: p.change,
      numberBefore: p.numberBefore,
      numberAfter: p.numberAfter,
      depth: p.depth,
      part: p.part,
      heading: p.heading,
      restructured: p.restructured,
      moved: p.moved,
      text: renderRedline(p),
      pieces: p.pieces.map((piece) => ({ change: piece.change, token: mask(piece.token) })),
    })),
  };
}
