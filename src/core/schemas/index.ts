export * from './common.ts';
export * from './auth.ts';
export * from './processes.ts';
export * from './rounds.ts';
export * from './talks.ts';
export * from './live.ts';
export * from './texts.ts';
