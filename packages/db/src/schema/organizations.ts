import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A clinic group: the tenant. Every tenant-owned row leads its keys with this id. */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
