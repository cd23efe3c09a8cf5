/**
 * The database schema, one file per table (a join table beside the table it belongs to). Column names
 * are snake_case in SQL (drizzle `casing: 'snake_case'`), camelCase in TypeScript and JSON. drizzle-kit
 * reads this index (drizzle.config.ts); the migrations are generated from it.
 */
export { oneOf } from './columns';
export { folded } from './folded';
export * from './members';
export * from './centres';
export * from './positions';
export * from './candidates';
export * from './applications';
export * from './hires';
export * from './activities';
export * from './targets';
export * from './settings';
export * from './users';
export * from './login-throttle';
export * from './sessions';
export * from './audit-entries';
export * from './documents';
export * from './interviews';
export * from './notes';
export * from './consents';
export * from './emails';
