// Every table, gathered for Drizzle and drizzle-kit; each feature keeps its own tables in src/db/<feature>/schema.ts.
export * from './platform/schema.ts';
export * from './convening/schema.ts';
export * from './record/schema.ts';
export * from './talks/schema.ts';
export * from './texts/schema.ts';
