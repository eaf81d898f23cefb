export * from './connection.ts';
export * as records from './repos/record.ts';
export * as userRepo from './repos/users.ts';
export * as actorRepo from './repos/actors.ts';
export * as processRepo from './repos/processes.ts';
export * as roundRepo from './repos/rounds.ts';
export { sha256 } from './crypto.ts';
export * as talkRepo from './repos/talks.ts';
export * as pollRepo from './repos/polls.ts';
