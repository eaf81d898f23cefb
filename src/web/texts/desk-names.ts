import type { TFunction } from 'i18next';
import type { Edit } from '../../core/texts/edits.ts';
import { numberProvisions } from '../../core/texts/numbering.ts';
import { indexText } from '../../core/texts/structure.ts';
import type { NegotiatingText } from '../../core/texts/types.ts';
import type { ProposalData, TextViewData } from './api.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName } from './model.ts';

/** Each provision's name as people say it: "Paragraph 2", "Preambular paragraph 1". */
export function provisionNames(t: TFunction, text: Pick<NegotiatingText, 'provisions'>) {
  const names = new Map<string, string>();
  let preamble = 0;
  for (const { provision, number } of numberProvisions(text)) {
    names.set(
      provision.id,
      number === null
        ? t('texts.preambleParagraph', { n: String(++preamble) })
        : t('texts.paragraph', { n: number }),
    );
  }
  return names;
}

/** The provision a step is about, if it is about one. */
function provisionOfStep(step: Edit, texts: readonly NegotiatingText[]): string | null {
  const bracketHolder = (bracketId: string) => {
    for (const text of texts) {
      const found = indexText(text.provisions).brackets.get(bracketId);
      if (found) return found.provisionId;
    }
    return null;
  };
  switch (step.op) {
    case 'replace_wording':
    case 'insert_wording':
    case 'delete_wording':
    case 'add_bracket':
      return step.at.in === 'agreed' ? step.at.provisionId : bracketHolder(step.at.bracketId);
    case 'add_option':
    case 'remove_option':
    case 'resolve_bracket':
      return bracketHolder(step.bracketId);
    case 'remove_provision':
    case 'move_provision':
      return step.provisionId;
    default:
      return null;
  }
}

/** What a step of the draft did, in a few words: "Reworded paragraph 2". */
export function describeStep(
  t: TFunction,
  doc: TextViewData,
  step: Edit,
  context: {
    names: ReadonlyMap<string, string>;
    texts: readonly NegotiatingText[];
    proposals: ReadonlyMap<string, ProposalData>;
  },
): string {
  if (step.op === 'take_in') {
    const proposerId = context.proposals.get(step.proposalId)?.proposerId ?? null;
    return proposerId === null
      ? t('texts.desk.steps.take_in_withheld')
      : t('texts.desk.steps.take_in', { name: isolate(participantName(doc, proposerId)) });
  }
  const id = provisionOfStep(step, context.texts);
  const where = (id !== null ? context.names.get(id) : undefined) ?? t('texts.desk.steps.new');
  return t(`texts.desk.steps.${step.op}`, { provision: where });
}
