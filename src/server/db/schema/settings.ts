import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { version } from './columns';

/** Settings of the product (e.g. which contracts count toward the target), one row per key. */
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  version: version(),
  value: jsonb().notNull(),
});
