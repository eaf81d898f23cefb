import fc from 'fast-check';
import {
  RELAY_PERMISSIONS,
  SESSION_FORMATS,
  type RelayPermission,
  type SessionFormat,
} from '../../core/vocabulary.ts';
import {
  CHANNELS,
  PARTIES,
  TALKS_CHANNELS,
  USERS,
  type ChannelKey,
  type Party,
  type User,
} from './talks-model.ts';

// The random steps of the talks' model-based test (confidentiality.test.ts), with their weights.

export type Command =
  | {
      kind: 'post';
      user: User;
      channel: ChannelKey;
      permission: 'mediator_only' | 'may_relay' | 'may_relay_attributed' | undefined;
    }
  | { kind: 'relay'; user: User; pick: number; attribute: boolean }
  | { kind: 'narrow'; user: User; pick: number; to: RelayPermission }
  | { kind: 'seat'; user: 'x1' | 'x2'; party: Party }
  | { kind: 'unseat'; user: 'x1' | 'x2' | 'm1' }
  | { kind: 'reformat'; to: SessionFormat }
  | { kind: 'live'; user: User; after: number };

export const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('post' as const),
      user: fc.constantFrom(...USERS),
      channel: fc.constantFrom<ChannelKey>(...CHANNELS, ...TALKS_CHANNELS),
      permission: fc.constantFrom(
        undefined,
        'mediator_only' as const,
        'may_relay' as const,
        'may_relay_attributed' as const,
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('relay' as const),
      user: fc.constantFrom<User>('unHead', 'ruHead', 'govHead', 'usHead'),
      pick: fc.nat(),
      attribute: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('seat' as const),
      user: fc.constantFrom('x1' as const, 'x2' as const),
      party: fc.constantFrom(...PARTIES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('unseat' as const),
      user: fc.constantFrom('x1' as const, 'x2' as const, 'm1' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('narrow' as const),
      user: fc.constantFrom<User>('oppHead', 'm1', 'govHead', 'unHead', 'x1', 'usHead'),
      pick: fc.nat(),
      to: fc.constantFrom(...RELAY_PERMISSIONS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reformat' as const),
      to: fc.constantFrom(...SESSION_FORMATS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('live' as const),
      user: fc.constantFrom(...USERS),
      after: fc.nat({ max: 3 }),
    }),
  },
);
