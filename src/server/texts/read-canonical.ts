import { canonicalText } from '../../core/texts/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { revisionOf } from './text-loading.ts';

/** The canonical text of a revision (what signatories approve): anyone may recompute its SHA-256. */
export async function canonicalOf(ctx: AppContext, textId: string, number: number) {
  const rev = await revisionOf(ctx.database.db, textId, number);
  return canonicalText(rev);
}
