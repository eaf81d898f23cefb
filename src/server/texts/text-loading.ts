import { DomainError, invalidTransition, notFound } from '../../core/errors.ts';
import { isPenholder, type Principal } from '../../core/policy/index.ts';
import { type Penholders, type TextAudience, type TextChange } from '../../core/texts/index.ts';
import { roundRepo, textRepo, type Tx } from '../../db/index.ts';
import type { TextRow, StoredAdoption } from '../../db/texts/texts.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';

// What the commands and views of negotiating texts share: loading a text, its round and its pen.

// Negotiating texts (issue 4): load, decide in the core, save and record in one transaction.

export type Shape = NonNullable<Awaited<ReturnType<typeof roundRepo.roundShape>>>;

export async function shapeOf(db: Tx, roundId: string): Promise<Shape> {
  const shape = await roundRepo.roundShape(db, roundId);
  if (!shape) throw notFound('Round');
  return shape;
}

export const partiesOf = (shape: Shape) =>
  shape.participants.filter((p) => p.capacity === 'party').map((p) => p.id);

export async function textOf(db: Tx, id: string, lock = false): Promise<TextRow> {
  const doc = lock ? await textRepo.lockText(db, id) : await textRepo.findText(db, id);
  if (!doc) throw notFound('Text');
  return doc;
}

export async function revisionOf(db: Tx, textId: string, number: number) {
  const rev = await textRepo.findRevision(db, textId, number);
  if (!rev) throw notFound('Revision');
  return rev;
}

/** The seat from which the principal holds the pen under this setting. */
export function penholderSeat(principal: Principal, penholders: Penholders, shape: Shape): string {
  const seat = principal.seats.find((s) =>
    isPenholder({ ...principal, seats: [s] }, { penholders, mediatorTeamIds: shape.mediatorTeam }),
  );
  if (!seat) {
    throw new DomainError(
      'forbidden',
      penholders === 'conveners'
        ? 'Only the conveners (the head or deputy of a sponsor or mediator delegation) hold the pen of this text.'
        : 'Only the mediator team (the head or deputy of a delegation in it) holds the pen of this text.',
    );
  }
  return seat.participantId;
}

export const textResource = (doc: TextRow, shape: Shape, ownerParticipantId?: string) => ({
  kind: 'text' as const,
  penholders: doc.settings.penholders,
  mediatorTeamIds: shape.mediatorTeam,
  ...(ownerParticipantId ? { ownerParticipantId } : {}),
});

/** Throwaway ids for dry runs of the core (checking a proposal applies). */
export const scratchIds = () => {
  let n = 0;
  return () => `scratch-${++n}`;
};

/** Tells the text's live watchers, once committed, of a change that only `audience` may learn of. */
export async function announceText(
  ctx: AppContext,
  textId: string,
  change: TextChange,
  audience: TextAudience = { kind: 'readers' },
) {
  await announce(ctx, { type: 'text', textId, change, audience });
}

export function refuseAfterAdoption(adoption: StoredAdoption | undefined) {
  if (adoption) {
    throw invalidTransition(
      adoption.adoptedAt
        ? 'The text is adopted; it no longer changes.'
        : `Rev.${adoption.revision} is being adopted; the text no longer changes.`,
    );
  }
}
