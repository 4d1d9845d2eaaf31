import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';
import { departments } from './departments';
import { inspectors } from './inspectors';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stored lower-case so that 'Admin' and 'admin' are one account. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['admin', 'lead', 'deptAdmin', 'inspector', 'viewer'] }).notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    /** The officer this account belongs to: who may enter the results of the teams the officer is on. */
    inspectorId: integer('inspector_id').references((): AnySQLiteColumn => inspectors.id),
    /** scrypt$N$r$p$salt$hash — the parameters travel with the hash so they can be raised later. */
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    lastLoginAt: text('last_login_at'),
    passwordChangedAt: text('password_changed_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username), index('users_department_idx').on(t.departmentId)],
);

/** Login sessions. Only the SHA-256 of the token is stored, so a copied database file opens no session. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    door: text('door', { enum: ['ipc', 'http', 'cli'] }).notNull(),
    expiresAt: text('expires_at').notNull(),
    /** The last call made with the session (written at most once a minute), for the idle timeout. */
    lastSeenAt: text('last_seen_at'),
    ...timestamps,
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
