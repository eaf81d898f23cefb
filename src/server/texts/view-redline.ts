import { type Principal } from '../../core/policy/index.ts';
import type { RedlineView } from '../../core/texts/schemas.ts';
import { presentRedline, redline } from '../../core/texts/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { textOf, revisionOf, shapeOf } from './text-loading.ts';
import { readerOf } from './text-presenters.ts';

export async function redlineFor(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  from: number,
  to: number,
): Promise<RedlineView> {
  const db = ctx.database.db;
  const doc = await textOf(db, textId);
  const shape = await shapeOf(db, doc.roundId);
  const [a, b] = await Promise.all([revisionOf(db, textId, from), revisionOf(db, textId, to)]);
  const reader = readerOf(principal, doc.settings, shape);
  return { ...presentRedline(redline(a.text, b.text), doc.settings, reader.viewer), from, to };
}
