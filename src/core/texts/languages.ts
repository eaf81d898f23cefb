import { DomainError } from '../errors.ts';
import { numberProvisions } from './numbering.ts';
import { sameProvisionWording } from './stances.ts';
import { indexText } from './structure.ts';
import type { NegotiatingText } from './types.ts';
import type { VersionStatus } from './vocabulary.ts';

/**
 * One language version of a document. Versions are aligned provision by provision: they share
 * provision ids and structure, only the wording is in another language.
 */
export interface LanguageVersion {
  language: string;
  status: VersionStatus;
  text: NegotiatingText;
}

/** A provision of `language` whose counterpart in `sourceLanguage` changed since it was translated. */
export interface TranslationFlag {
  language: string;
  provisionId: string;
  sourceLanguage: string;
}

const shape = (text: NegotiatingText) =>
  numberProvisions(text).map((n) => `${n.provision.id}<${n.parentId ?? ''}`);

/** Refuses versions that are not aligned provision by provision, or not one per language. */
export function checkAlignment(versions: readonly LanguageVersion[]): void {
  const first = versions[0];
  if (!first) return;
  const languages = new Set(versions.map((v) => v.language));
  if (languages.size !== versions.length) {
    throw new DomainError('invalid_structure', 'One version per language.');
  }
  if (!versions.some((v) => v.status === 'authentic')) {
    throw new DomainError('invalid_structure', 'At least one language version is authentic.');
  }
  const reference = shape(first.text).join('|');
  for (const v of versions) {
    if (v.text.id !== first.text.id) {
      throw new DomainError('wrong_text', 'Language versions belong to one document.');
    }
    if (shape(v.text).join('|') !== reference) {
      throw new DomainError(
        'invalid_structure',
        `The ${v.language} version is not aligned provision by provision with the ${first.language} version.`,
        { language: v.language },
      );
    }
  }
}

/** Provisions added, removed, moved or reworded between two versions of one language. */
export function changedProvisionIds(before: NegotiatingText, after: NegotiatingText): string[] {
  const a = indexText(before.provisions).provisions;
  const b = indexText(after.provisions).provisions;
  const changed: string[] = [];
  for (const [id, entry] of b) {
    const old = a.get(id);
    if (
      !old ||
      old.parentId !== entry.parentId ||
      old.provision.part !== entry.provision.part ||
      old.provision.heading !== entry.provision.heading ||
      !sameProvisionWording(old.provision, entry.provision)
    )
      changed.push(id);
  }
  for (const id of a.keys()) if (!b.has(id)) changed.push(id);
  return changed;
}

/**
 * After a change in one language version (two successive texts of it): a changed provision of
 * an authentic version flags its counterparts in every other language `needs_update`; a change
 * to a provision that was itself flagged in this language is the catch-up and clears the flag
 * without flagging others; a change to a working translation never flags others.
 */
export function flagCounterparts(
  change: { language: string; before: NegotiatingText; after: NegotiatingText },
  versions: readonly Pick<LanguageVersion, 'language' | 'status'>[],
  flags: readonly TranslationFlag[],
): TranslationFlag[] {
  const source = versions.find((v) => v.language === change.language);
  if (!source) throw new DomainError('not_found', 'No such language version.');
  const changed = changedProvisionIds(change.before, change.after);
  const key = (language: string, provisionId: string) => `${language}\u0000${provisionId}`;
  const result = new Map(flags.map((f) => [key(f.language, f.provisionId), f]));
  for (const provisionId of changed) {
    if (result.delete(key(change.language, provisionId))) continue;
    if (source.status !== 'authentic') continue;
    for (const v of versions) {
      if (v.language === change.language) continue;
      result.set(key(v.language, provisionId), {
        language: v.language,
        provisionId,
        sourceLanguage: change.language,
      });
    }
  }
  return [...result.values()];
}

/** Per provision of one language version: `current`, or `needs_update` when flagged. */
export function translationStatus(
  version: Pick<LanguageVersion, 'language' | 'text'>,
  flags: readonly TranslationFlag[],
): Map<string, 'current' | 'needs_update'> {
  const flagged = new Set(
    flags.filter((f) => f.language === version.language).map((f) => f.provisionId),
  );
  return new Map(
    numberProvisions(version.text).map(({ provision: p }) => [
      p.id,
      flagged.has(p.id) ? 'needs_update' : 'current',
    ]),
  );
}
