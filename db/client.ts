import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

/** The database as opened: write methods (contract `write: true`) and the core's upkeep get this one. */
export type WritableDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/**
 * Today's name for `WritableDb`, kept so that the many write helpers need not change at once. New code that writes
 * says `WritableDb`; code that only reads says `ReadableDb`.
 */
export type Db = WritableDb;

/**
 * A prepared statement that can only be read from: `run` (the way to execute INSERT/UPDATE/DELETE) and `database`
 * (the way back to the full connection) are left out, and the modifiers that return the statement return this type.
 */
export interface ReadOnlyStatement<BindParameters extends unknown[], Result> {
  readonly source: string;
  readonly reader: boolean;
  readonly readonly: boolean;
  readonly busy: boolean;
  get(...params: BindParameters): Result | undefined;
  all(...params: BindParameters): Result[];
  iterate(...params: BindParameters): IterableIterator<Result>;
  pluck(toggleState?: boolean): ReadOnlyStatement<BindParameters, Result>;
  expand(toggleState?: boolean): ReadOnlyStatement<BindParameters, Result>;
  raw(toggleState?: boolean): ReadOnlyStatement<BindParameters, Result>;
  bind(...params: BindParameters): ReadOnlyStatement<BindParameters, Result>;
  columns(): Database.ColumnDefinition[];
  safeIntegers(toggleState?: boolean): ReadOnlyStatement<BindParameters, Result>;
}

/** Shaped like better-sqlite3's own `Database.Statement`, so that the full statement type is assignable to it. */
export type ReadStatement<
  BindParameters extends unknown[] | object = unknown[],
  Result = unknown,
> = BindParameters extends unknown[]
  ? ReadOnlyStatement<BindParameters, Result>
  : ReadOnlyStatement<[BindParameters], Result>;

/**
 * The better-sqlite3 connection as read code sees it: statements to read from and the connection's state. No `exec`,
 * `pragma`, `transaction`, `backup`, `function`, `close`…: what read code needs is listed here, nothing else.
 */
export interface ReadClient {
  readonly open: boolean;
  readonly inTransaction: boolean;
  readonly readonly: boolean;
  readonly memory: boolean;
  readonly name: string;
  prepare<BindParameters extends unknown[] | object = unknown[], Result = unknown>(
    source: string,
  ): ReadStatement<BindParameters, Result>;
}

type Drizzle = BetterSQLite3Database<typeof schema>;

/**
 * The database as a read-only method (contract `write: false`) gets it, like Signal's `ReadableDB`: drizzle's
 * query builders (`select`, `selectDistinct`, `query`, `$count`, `$with`, `with(…).select`) and raw reads (`all`,
 * `get`, `values`), without `insert`, `update`, `delete`, `run`, `transaction`, `batch`, and with `$client` narrowed
 * to `ReadClient`. A list of what is allowed rather than of what is not, so a write method drizzle adds later is not
 * let through. Types only: dispatch passes the same object (see `readable`). A raw SQL string handed to `all`/`get`
 * could still be a write with RETURNING; that is what review is for.
 */
export type ReadableDb = Pick<
  Drizzle,
  'select' | 'selectDistinct' | 'query' | '$count' | '$with' | 'all' | 'get' | 'values'
> & {
  with(...queries: Parameters<Drizzle['with']>): Pick<ReturnType<Drizzle['with']>, 'select' | 'selectDistinct'>;
  $client: ReadClient;
};

/** The read-only view of an open database: the same object, seen through the narrower type. No cost at run time. */
export const readable = (db: WritableDb): ReadableDb => db;

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
