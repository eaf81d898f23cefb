import type { MemberRole } from '../../core/vocabulary.ts';

export const DEMO_PASSWORD = 'astana-2017-demo';

export interface DemoAccount {
  email: string;
  displayName: string;
  /** The actor this account answers invitations for. */
  actor?: string;
  /** Members who join a delegation through their head's invite link. */
  joinsBy?: { head: string; actor: string; role: MemberRole };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'operator@parley.test', displayName: 'Platform operator' },
  {
    email: 'mediator@parley.test',
    displayName: 'UN Special Envoy (mediator)',
    actor: 'United Nations (Special Envoy for Syria)',
  },
  {
    email: 'russia@parley.test',
    displayName: 'Head of the Russian delegation',
    actor: 'Russian Federation',
  },
  {
    email: 'iran@parley.test',
    displayName: 'Head of the Iranian delegation',
    actor: 'Islamic Republic of Iran',
  },
  {
    email: 'turkey@parley.test',
    displayName: 'Head of the Turkish delegation',
    actor: 'Republic of Turkey',
  },
  {
    email: 'host@parley.test',
    displayName: 'Foreign Minister of Kazakhstan (host)',
    actor: 'Republic of Kazakhstan',
  },
  {
    email: 'government@parley.test',
    displayName: 'Head of the government delegation',
    actor: 'Government of the Syrian Arab Republic',
  },
  {
    email: 'government.member@parley.test',
    displayName: 'Adviser, government delegation',
    joinsBy: {
      head: 'government@parley.test',
      actor: 'Government of the Syrian Arab Republic',
      role: 'adviser',
    },
  },
  {
    email: 'opposition@parley.test',
    displayName: 'Head of the opposition delegation',
    actor: 'Syrian armed opposition',
  },
  {
    email: 'opposition.member@parley.test',
    displayName: 'Spokesperson, opposition delegation',
    joinsBy: {
      head: 'opposition@parley.test',
      actor: 'Syrian armed opposition',
      role: 'spokesperson',
    },
  },
  {
    email: 'observer@parley.test',
    displayName: 'US Ambassador to Kazakhstan (observer)',
    actor: 'United States of America',
  },
  {
    email: 'other-groups@parley.test',
    displayName: 'Focal point, other armed groups',
    actor: 'Other armed groups',
  },
];
