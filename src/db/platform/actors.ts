import { asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../core/convening/index.ts';
import type { ActorKind } from '../../core/vocabulary.ts';
import type { Tx } from '../connection.ts';
import { actors } from '../schema.ts';

type ActorRow = typeof actors.$inferSelect;

function assemble(rows: ActorRow[], memberRows: ActorRow[]): Actor[] {
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as ActorKind,
    members: memberRows
      .filter((m) => m.coalitionId === r.id)
      .map((m) => ({ id: m.id, name: m.name })),
  }));
}

export async function loadActors(db: Tx, ids: readonly string[]): Promise<Map<string, Actor>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(actors)
    .where(inArray(actors.id, [...new Set(ids)]));
  const memberRows = await db
    .select()
    .from(actors)
    .where(
      inArray(
        actors.coalitionId,
        rows.map((r) => r.id),
      ),
    );
  return new Map(assemble(rows, memberRows).map((a) => [a.id, a]));
}

export async function listActors(db: Tx): Promise<Actor[]> {
  const rows = await db
    .select()
    .from(actors)
    .where(isNull(actors.coalitionId))
    .orderBy(asc(actors.name));
  const ids = rows.map((r) => r.id);
  const memberRows = ids.length
    ? await db.select().from(actors).where(inArray(actors.coalitionId, ids))
    : [];
  return assemble(rows, memberRows);
}

export async function insertActor(
  db: Tx,
  actor: { id: string; name: string; kind: ActorKind; createdAt: Date },
  members: { id: string; name: string }[],
): Promise<void> {
  await db.insert(actors).values({ ...actor, coalitionId: null });
  if (members.length > 0) {
    await db.insert(actors).values(
      members.map((m) => ({
        id: m.id,
        name: m.name,
        kind: 'armed_group',
        coalitionId: actor.id,
        createdAt: actor.createdAt,
      })),
    );
  }
}

export async function actorExists(db: Tx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: actors.id }).from(actors).where(eq(actors.id, id));
  return row !== undefined;
}

export async function findActor(db: Tx, id: string): Promise<Actor | undefined> {
  return (await loadActors(db, [id])).get(id);
}

export async function renameActor(db: Tx, id: string, name: string): Promise<void> {
  await db.update(actors).set({ name }).where(eq(actors.id, id));
}
