import type { TextViewData, ProvisionData, RedlineData } from './api.ts';

/** Stored wording is words joined by single spaces. */
export const wordsOf = (text: string): string[] => (text === '' ? [] : text.split(' '));

export const may = (doc: TextViewData, action: string): boolean =>
  doc.viewer.actions.includes(action);

export function participantName(doc: TextViewData, id: string): string {
  return doc.participants.find((p) => p.id === id)?.name ?? id;
}

/** A place where words can be addressed: an agreed segment, or one option of a bracket. */
export type WordingPlace =
  | { in: 'agreed'; provisionId: string; segment: number; text: string }
  | { in: 'option'; bracketId: string; optionId: string; text: string };

export function wordingPlaces(provision: ProvisionData): WordingPlace[] {
  const out: WordingPlace[] = [];
  provision.content.forEach((segment, index) => {
    if (segment.type === 'agreed') {
      out.push({ in: 'agreed', provisionId: provision.id, segment: index, text: segment.text });
    } else {
      for (const o of segment.options) {
        if (o.kind === 'wording' && o.text !== null) {
          out.push({ in: 'option', bracketId: segment.id, optionId: o.id, text: o.text });
        }
      }
    }
  });
  return out;
}

/** Where a new provision goes to sit right after `after` (same parent, next position). */
export function positionAfter(
  provisions: readonly ProvisionData[],
  after: ProvisionData,
): { parentId: string | null; position: number } {
  const siblings = provisions.filter((p) => p.parentId === after.parentId);
  return { parentId: after.parentId, position: siblings.findIndex((p) => p.id === after.id) + 1 };
}

export type RedlinePiece = RedlineData['provisions'][number]['pieces'][number];
export interface RedlineRun {
  change: RedlinePiece['change'];
  pieces: RedlinePiece[];
}

/** Consecutive pieces of the same change, so that one insertion or deletion reads as one mark. */
export function runsOf(pieces: readonly RedlinePiece[]): RedlineRun[] {
  const runs: RedlineRun[] = [];
  for (const piece of pieces) {
    const last = runs.at(-1);
    if (last !== undefined && last.change === piece.change) last.pieces.push(piece);
    else runs.push({ change: piece.change, pieces: [piece] });
  }
  return runs;
}

/** Provisions identified for people: "1", "2.1", or "preamble, paragraph 2". */
export function provisionLabels(
  provisions: readonly ProvisionData[],
): Map<string, string | number> {
  const labels = new Map<string, string | number>();
  let preamble = 0;
  for (const p of provisions) labels.set(p.id, p.number ?? ++preamble);
  return labels;
}
