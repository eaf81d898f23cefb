import { can, type Action, type Principal } from '../../core/policy/index.ts';
import type { TextView } from '../../core/texts/schemas.ts';
import { presentProvisions, summarize } from '../../core/texts/index.ts';
import { textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { textOf, textResource, partiesOf, revisionOf, shapeOf } from './text-loading.ts';
import { iso, presentStance, readerOf } from './text-presenters.ts';

export async function textViewFor(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  revisionNumber?: number,
): Promise<TextView> {
  const db = ctx.database.db;
  const doc = await textOf(db, textId);
  const shape = await shapeOf(db, doc.roundId);
  const reader = readerOf(principal, doc.settings, shape);
  const number = revisionNumber ?? doc.currentRevision;
  const [rev, revisions, stances, adoption] = await Promise.all([
    revisionOf(db, textId, number),
    textRepo.revisionList(db, textId),
    textRepo.stancesOf(db, textId),
    textRepo.findAdoption(db, textId),
  ]);
  const parties = partiesOf(shape);
  const summary = summarize(rev, stances, parties);
  const isCurrent = number === doc.currentRevision;
  const visible = stances.filter(
    (s) =>
      s.revision === doc.currentRevision &&
      (reader.allStances || reader.ownSeats.includes(s.participantId)),
  );
  const resource = textResource(doc, shape);
  const mayAs = (action: Action, seat: string) =>
    can(principal, action, { ...resource, ownerParticipantId: seat });
  const speaksFor = reader.ownSeats.filter(
    (seat) => parties.includes(seat) && mayAs('text.setStance', seat),
  );
  const signsFor =
    adoption && !adoption.adoptedAt
      ? reader.ownSeats.filter(
          (seat) =>
            adoption.signatories.includes(seat) &&
            !adoption.signatures.some((s) => s.participantId === seat) &&
            mayAs('text.sign', seat),
        )
      : [];
  const withdrawsFor = reader.ownSeats.filter((seat) => mayAs('text.withdrawProposal', seat));
  const actions: string[] = (
    [
      'text.read',
      'text.propose',
      'text.declineProposal',
      'text.issueRevision',
      'text.openAdoption',
    ] as const
  ).filter((a) => can(principal, a, resource));
  if (speaksFor.length) actions.push('text.setStance');
  if (signsFor.length) actions.push('text.sign');
  if (withdrawsFor.length) actions.push('text.withdrawProposal');
  const summaryOf = (r: textRepo.RevisionEntry) => ({
    number: r.number,
    label: r.label,
    proposalIds: [...r.proposalIds],
    issuedBy: r.issuedBy,
    issuedAt: iso(r.issuedAt),
    hash: r.hash,
  });
  return {
    id: doc.id,
    roundId: doc.roundId,
    title: doc.title,
    kind: doc.kind,
    language: doc.language,
    settings: doc.settings,
    currentRevision: doc.currentRevision,
    revisions: revisions.map(summaryOf),
    revision: {
      ...summaryOf(rev),
      provisions: presentProvisions(
        rev.text,
        reader.viewer,
        isCurrent ? summary : null,
        reader.allStances && isCurrent,
      ),
    },
    state: summary.state,
    brackets: summary.brackets,
    stances: reader.participant || reader.viewer.privileged ? visible.map(presentStance) : [],
    adoption: adoption
      ? {
          revision: adoption.revision,
          hash: adoption.hash,
          signatories: [...adoption.signatories],
          signatures: adoption.signatures.map((s) => ({ ...s, signedAt: iso(s.signedAt) })),
          openedBy: adoption.openedBy,
          openedAt: iso(adoption.openedAt),
          adoptedAt: adoption.adoptedAt ? iso(adoption.adoptedAt) : null,
        }
      : null,
    parties,
    participants: shape.participants.map((p) => ({ id: p.id, name: p.name, capacity: p.capacity })),
    viewer: {
      participantIds: reader.ownSeats,
      penholder: reader.penholder,
      privileged: reader.viewer.privileged,
      speaksFor,
      signsFor,
      withdrawsFor,
      actions,
    },
  };
}
