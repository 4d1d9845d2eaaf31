import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDbOptions {
  /** Where the committed drizzle migrations are; the packaged app passes its resources path. */
  migrationsDir?: string;
}

export const DB_FILE = 'app.db';
/** How long a write waits for another program's write to finish before giving up. */
export const BUSY_TIMEOUT_MS = 5000;
export const defaultMigrationsDir = (): string => path.resolve(__dirname, 'migrations');

/**
 * Opens (creating if needed) `<dir>/app.db` and brings its schema up to date. A fresh directory just works.
 * WAL lets the CLI read while the app writes; busy_timeout makes the two wait for each other instead of failing.
 * synchronous = FULL waits for the disk at every commit, so a committed result survives a power cut, not only a crash
 * of the app (NORMAL may lose the last commits when the machine loses power); `npm run bench` measures what it costs.
 */
export function openDb(dir: string, options: OpenDbOptions = {}): Db {
  fs.mkdirSync(dir, { recursive: true });
  const sqlite = new Database(path.join(dir, DB_FILE));
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // 64 MB of page cache (the default is 16 MB): a million-subject file's indexes stay warm during imports.
    sqlite.pragma('cache_size = -65536');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: options.migrationsDir ?? defaultMigrationsDir() });
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
