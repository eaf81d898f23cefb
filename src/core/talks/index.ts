export * from './types.ts';
export * from './audience.ts';
export * from './channels.ts';
export * from './messages.ts';
export * from './present.ts';
export * from './polls.ts';
export * from './files.ts';
