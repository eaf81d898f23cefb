import { appointConvener } from '../platform/appoint-convener.ts';
import { createAccount } from '../platform/create-account.ts';
import { createActor } from '../platform/create-actor.ts';
import { createProcess } from '../platform/create-process.ts';
import { DEMO_PASSWORD, DEMO_ACCOUNTS } from './accounts.ts';
import type { Stage } from './astana-stage.ts';

type ActorKind = Parameters<typeof createActor>[2]['kind'];

const ACTORS: [name: string, kind: ActorKind, coalitionOf?: string[]][] = [
  ['Russian Federation', 'state'],
  ['Islamic Republic of Iran', 'state'],
  ['Republic of Turkey', 'state'],
  ['Republic of Kazakhstan', 'state'],
  ['Government of the Syrian Arab Republic', 'state'],
  [
    'Syrian armed opposition',
    'coalition',
    Array.from({ length: 14 }, (_, i) => `Free Syrian Army faction ${i + 1}`),
  ],
  ['United Nations (Special Envoy for Syria)', 'intergovernmental_organisation'],
  ['United States of America', 'state'],
  ['Other armed groups', 'armed_group'],
];

/** The sponsors, appointed conveners of the process: each head's account and its state. */
const CONVENERS = [
  ['russia@parley.test', 'Russian Federation'],
  ['iran@parley.test', 'Islamic Republic of Iran'],
  ['turkey@parley.test', 'Republic of Turkey'],
] as const;

/** Who is who before the round: the actors, the accounts, the process and its conveners. */
export interface Cast {
  actorId: (name: string) => string;
  user: (email: string) => string;
  processId: string;
}

/** The actors of the scenario, the demo's accounts, the process, and the sponsors as conveners. */
export async function loadActorsAndAccounts({ ctx }: Stage): Promise<Cast> {
  const actorIds = new Map<string, string>();
  for (const [name, kind, coalitionOf = []] of ACTORS) {
    const actor = await createActor(ctx, null, { name, kind, coalitionOf });
    actorIds.set(name, actor.id);
  }

  const accountIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS.filter((a) => !a.joinsBy)) {
    const created = await createAccount(ctx, null, {
      email: account.email,
      displayName: account.displayName,
      password: DEMO_PASSWORD,
      isOperator: account.email.startsWith('operator@'),
      actorId: account.actor ? actorIds.get(account.actor) : undefined,
    });
    accountIds.set(account.email, created.id);
  }
  const user = (email: string) => accountIds.get(email)!;
  const actorId = (name: string) => actorIds.get(name)!;
  const operator = user('operator@parley.test');

  const processId = await createProcess(ctx, operator, {
    title: 'Syria — Astana talks',
    description:
      'Talks convened by the Russian Federation, the Islamic Republic of Iran and the Republic of Turkey as guarantors of the nationwide ceasefire in force since 30 December 2016.',
  });
  for (const [email, actor] of CONVENERS) {
    await appointConvener(ctx, operator, processId, {
      userId: user(email),
      actorId: actorId(actor),
    });
  }
  return { actorId, user, processId };
}
