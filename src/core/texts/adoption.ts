import { DomainError } from '../errors.ts';
import { canonicalJson, type Sha256 } from '../record/chain.ts';
import { numberProvisions } from './numbering.ts';
import { renderTokens, tokensOf } from './redline.ts';
import { textState } from './stances.ts';
import type { ProvisionStance, Revision } from './types.ts';

export const CANONICAL_FORMAT = 'parley.text/1';

/**
 * The canonical form of a revision that signatories approve: RFC 8785 canonical JSON of the
 * document's identity, the revision and each provision in order with its computed number and
 * its wording rendered as plain text (brackets as `[a / b]`). Anyone can recompute it, and its
 * SHA-256, from an export.
 */
export function canonicalText(
  revision: Pick<Revision, 'textId' | 'number' | 'label' | 'text'>,
): string {
  const { text } = revision;
  return canonicalJson({
    format: CANONICAL_FORMAT,
    textId: revision.textId,
    revision: revision.number,
    label: revision.label,
    title: text.title,
    kind: text.kind,
    language: text.language,
    provisions: numberProvisions(text).map(({ provision: p, number, depth }) => ({
      id: p.id,
      number,
      depth,
      part: p.part,
      heading: p.heading,
      text: renderTokens(tokensOf(p.content)),
    })),
  });
}

export const textHash = (
  revision: Pick<Revision, 'textId' | 'number' | 'label' | 'text'>,
  sha256: Sha256,
): string => sha256(canonicalText(revision));

interface Signature {
  participantId: string;
  /** The canonical text's SHA-256 the signatory approved. */
  hash: string;
  signedAt: Date;
}

export interface Adoption {
  textId: string;
  revision: number;
  hash: string;
  signatories: readonly string[];
  signatures: readonly Signature[];
  /** Set when the last signatory signs. */
  adoptedAt: Date | null;
}

/**
 * Opens the adoption of a revision by its signatories. Only an agreed revision (every provision
 * agreed outright by every party, no bracket left) can be adopted.
 */
export function openAdoption(
  revision: Revision,
  stances: readonly ProvisionStance[],
  parties: readonly string[],
  signatories: readonly string[],
  sha256: Sha256,
): Adoption {
  const state = textState(revision, stances, parties);
  if (state !== 'agreed') {
    throw new DomainError(
      'text_not_agreed',
      state === 'agreed_ad_referendum'
        ? 'Some provisions are agreed only ad referendum; they must be confirmed before adoption.'
        : 'Only an agreed text can be adopted: some provisions are open or still bracketed.',
      { state },
    );
  }
  if (signatories.length === 0 || new Set(signatories).size !== signatories.length) {
    throw new DomainError('validation_failed', 'List each signatory once, at least one.');
  }
  return {
    textId: revision.textId,
    revision: revision.number,
    hash: textHash(revision, sha256),
    signatories: [...signatories],
    signatures: [],
    adoptedAt: null,
  };
}

/** A signatory approves the canonical text's hash; the text is adopted when all have signed. */
export function sign(
  adoption: Adoption,
  input: { participantId: string; hash: string },
  at: Date,
): Adoption {
  if (adoption.adoptedAt !== null) {
    throw new DomainError('invalid_transition', 'The text is already adopted.');
  }
  if (!adoption.signatories.includes(input.participantId)) {
    throw new DomainError('not_signatory', 'Only the listed signatories sign this text.');
  }
  if (input.hash.toLowerCase() !== adoption.hash) {
    throw new DomainError(
      'hash_mismatch',
      'The signature approves a different text: recompute the hash of the revision being adopted.',
      { expected: adoption.hash },
    );
  }
  if (adoption.signatures.some((s) => s.participantId === input.participantId)) {
    throw new DomainError('already_exists', 'This signatory has already signed.');
  }
  const signatures = [
    ...adoption.signatures,
    { participantId: input.participantId, hash: adoption.hash, signedAt: at },
  ];
  const complete = adoption.signatories.every((id) =>
    signatures.some((s) => s.participantId === id),
  );
  return { ...adoption, signatures, adoptedAt: complete ? at : null };
}

/** Recomputes the hash of the adopted revision: false if text or hash were altered. */
export const verifyAdoption = (adoption: Adoption, revision: Revision, sha256: Sha256): boolean =>
  adoption.textId === revision.textId &&
  adoption.revision === revision.number &&
  textHash(revision, sha256) === adoption.hash &&
  adoption.signatures.every((s) => s.hash === adoption.hash);
