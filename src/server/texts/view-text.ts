import { can, type Action, type Principal } from '../../core/policy/index.ts';
import type { TextView } from '../../core/texts/schemas.ts';
import { presentProvisions, summarize, type ProvisionStance } from '../../core/texts/index.ts';
import { textRepo } from '../../db/index.ts';
import type { StoredAdoption } from '../../db/texts/texts.ts';
import type { AppContext } from '../kernel/context.ts';
import { textOf, textResource, partiesOf, revisionOf, shapeOf } from './text-loading.ts';
import { iso, presentStance, readerOf } from './text-presenters.ts';

type Reader = ReturnType<typeof readerOf>;

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
  return {
    id: doc.id,
    roundId: doc.roundId,
    title: doc.title,
    kind: doc.kind,
    language: doc.language,
    settings: doc.settings,
    currentRevision: doc.currentRevision,
    revisions: revisions.map(summarizeRevision),
    revision: {
      ...summarizeRevision(rev),
      provisions: presentProvisions(
        rev.text,
        reader.viewer,
        isCurrent ? summary : null,
        reader.allStances && isCurrent,
      ),
    },
    state: summary.state,
    brackets: summary.brackets,
    stances: presentStances(stances, doc.currentRevision, reader),
    adoption: adoption ? presentAdoption(adoption) : null,
    parties,
    participants: shape.participants.map((p) => ({ id: p.id, name: p.name, capacity: p.capacity })),
    viewer: presentViewer(principal, textResource(doc, shape), reader, parties, adoption),
  };
}

function summarizeRevision(r: textRepo.RevisionEntry): TextView['revisions'][number] {
  return {
    number: r.number,
    label: r.label,
    proposalIds: [...r.proposalIds],
    issuedBy: r.issuedBy,
    issuedAt: iso(r.issuedAt),
    hash: r.hash,
  };
}

/** Only the stances on the current revision count, and only the ones this reader may see. */
function presentStances(
  stances: readonly ProvisionStance[],
  currentRevision: number,
  reader: Reader,
): TextView['stances'] {
  const visible = stances.filter(
    (s) =>
      s.revision === currentRevision &&
      (reader.allStances || reader.ownSeats.includes(s.participantId)),
  );
  return reader.participant || reader.viewer.privileged ? visible.map(presentStance) : [];
}

function presentAdoption(adoption: StoredAdoption): NonNullable<TextView['adoption']> {
  return {
    revision: adoption.revision,
    hash: adoption.hash,
    signatories: [...adoption.signatories],
    signatures: adoption.signatures.map((s) => ({ ...s, signedAt: iso(s.signedAt) })),
    openedBy: adoption.openedBy,
    openedAt: iso(adoption.openedAt),
    adoptedAt: adoption.adoptedAt ? iso(adoption.adoptedAt) : null,
  };
}

/** The seats the viewer acts from, and what the client may offer them to do. */
function presentViewer(
  principal: Principal,
  resource: ReturnType<typeof textResource>,
  reader: Reader,
  parties: readonly string[],
  adoption: StoredAdoption | undefined,
): TextView['viewer'] {
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
  return {
    participantIds: reader.ownSeats,
    penholder: reader.penholder,
    privileged: reader.viewer.privileged,
    speaksFor,
    signsFor,
    withdrawsFor,
    actions,
  };
}
