export * from './principal.ts';
export * from './table.ts';
export * from './can.ts';
