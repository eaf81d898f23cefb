import { z } from 'zod';
import { ACTOR_KINDS } from '../vocabulary.ts';
import { Id, IsoDate, IsoDateTime, Text, TimeZone } from '../schemas/common.ts';

export const CreateActorCommand = z.strictObject({
  name: Text(200),
  kind: z.enum(ACTOR_KINDS),
  coalitionOf: z.array(Text(200)).max(100).default([]),
});
export const ActorView = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  members: z.array(z.object({ id: Id, name: z.string() })),
});
export type ActorView = z.infer<typeof ActorView>;
export const EditActorCommand = z.strictObject({ name: Text(200) });
export const ActorList = z.object({ actors: z.array(ActorView) });

export const CreateProcessCommand = z.strictObject({
  title: Text(200),
  description: z.string().trim().max(4000).default(''),
});
export const EditProcessCommand = z.strictObject({
  title: Text(200),
  description: z.string().trim().max(4000),
});
export const AppointConvenerCommand = z.strictObject({ userId: Id, actorId: Id });

export const RoundSummary = z.object({
  id: Id,
  title: z.string(),
  venue: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  timeZone: z.string(),
});
export type RoundSummary = z.infer<typeof RoundSummary>;

export const ProcessView = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  createdAt: IsoDateTime,
  conveners: z.array(
    z.object({ userId: Id, displayName: z.string(), actorId: Id, actorName: z.string() }),
  ),
  rounds: z.array(RoundSummary),
  canCreateRound: z.boolean(),
});
export type ProcessView = z.infer<typeof ProcessView>;
export const ProcessList = z.object({
  processes: z.array(
    ProcessView.pick({ id: true, title: true, description: true, createdAt: true, rounds: true }),
  ),
});

export const CreateRoundCommand = z
  .strictObject({
    title: Text(200),
    venue: Text(200),
    startsOn: IsoDate,
    endsOn: IsoDate,
    timeZone: TimeZone,
  })
  .refine((r) => r.startsOn <= r.endsOn, {
    message: 'a round cannot end before it starts',
    path: ['endsOn'],
  });
