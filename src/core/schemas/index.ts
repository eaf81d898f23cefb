export * from './common.ts';
export * from '../platform/auth-schemas.ts';
export * from '../platform/process-schemas.ts';
export * from '../convening/schemas.ts';
export * from '../talks/schemas.ts';
export * from './live.ts';
export * from '../texts/schemas.ts';
export * from './attention.ts';
