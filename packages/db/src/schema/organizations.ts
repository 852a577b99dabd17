import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A clinic group: the tenant. Every tenant-owned row leads its keys with this id. */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /**
   * The prior profile new diagnoses use: a built-in id (`clinic-method`, `literature`) or the
   * uuid of one of the organisation's `prior_profiles`.
   */
  defaultPriorProfile: text('default_prior_profile').notNull().default('clinic-method'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
