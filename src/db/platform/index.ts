// What other features may use of this one; everything else in this folder is its own business.
export { loadActors } from './actors.ts';
export { actors, processes, users } from './schema.ts';
