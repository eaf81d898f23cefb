export * from './types.ts';
export * from './invitations.ts';
export * from './sessions.ts';
export * from './agenda.ts';
export * from './present.ts';
