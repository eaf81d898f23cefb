import type { TFunction } from 'i18next';
import type { ProposalData } from './api.ts';

/** The wording a proposal brings, if any (for lists). */
export function proposalWording(t: TFunction, p: ProposalData): string {
  const o = p.operation;
  switch (o.op) {
    case 'replace_wording':
    case 'insert_wording':
      return o.text;
    case 'add_option':
      return o.option.kind === 'wording' ? o.option.text : t('texts.deleteOption');
    case 'add_bracket':
      return o.alternative?.kind === 'wording' ? o.alternative.text : '';
    case 'add_provision':
      return o.provision.content.map((s) => (s.type === 'agreed' ? s.text : '[…]')).join(' ');
    default:
      return '';
  }
}
